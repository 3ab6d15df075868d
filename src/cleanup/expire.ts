/**
 * `cookies.set` details that delete a cookie the way a server does: the same name, domain, path,
 * flags and partition, expired. Chromium deletes the equivalent cookie and stores nothing for an
 * expired one (net/cookies/cookie_monster.cc, SetCanonicalCookie), and this is several times faster
 * there than `cookies.remove`, whose URL filter is matched against every cookie in the browser.
 * Firefox does the same (checked in Firefox 153), and there it is the only exact way:
 * `cookies.remove` takes the first cookie of that name its URL matches, which may be a shopping
 * cookie on the parent domain (remove-is-exact.ts). Anything this does not remove is caught by the
 * check at the end and removed the usual way where that cannot hit another cookie.
 */
import type { CookieLike } from './select';
import { removeDetails } from './select';

export interface ExpiringCookie extends CookieLike {
  hostOnly: boolean;
  httpOnly: boolean;
  sameSite: string;
}

export function expireDetails(cookie: ExpiringCookie) {
  const { url, name, storeId, partitionKey, firstPartyDomain } = removeDetails(cookie);
  return {
    url,
    name,
    value: '',
    ...(cookie.hostOnly ? {} : { domain: cookie.domain }),
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    storeId,
    ...(partitionKey ? { partitionKey } : {}),
    // Firefox: the isolation key it is under (first-party isolation refuses a set without it).
    ...(firstPartyDomain === undefined ? {} : { firstPartyDomain }),
    // 1970-01-01T00:00:01Z: in the past on any clock, however wrong the seller's clock is.
    expirationDate: 1,
  };
}
