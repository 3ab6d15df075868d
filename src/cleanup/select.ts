/**
 * Which cookies a cleanup removes, and the `cookies.remove` details for each. Pure: it is given
 * what `cookies.getAll` returned (Chromium's or Firefox's shape) and decides by the cookie's own
 * fields only.
 * - `seller-central`: every cookie whose domain is the Seller Central host or below it, host-only or
 *   domain, in any path, any store, partitioned or not. A partition key names a site
 *   (`https://amazon.com`), not a host, so other domains' cookies partitioned under amazon.com
 *   cannot be told to be Seller Central's: they stay.
 * - `amazon-sign-in`: the same, plus the sign-in cookies on the parent Amazon domain.
 */
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import type { CleanupScope } from '../shared/messages';
import { type CookieIdentity, cookieKey } from './cookie-key';
import { cookieUrl } from './cookie-url';
import { parentDomain } from './parent-domain';
import { isSignInCookie } from './sign-in-cookie';

export interface CookieLike extends CookieIdentity {
  secure: boolean;
}

/** `cookies.remove` details; `partitionKey` and `firstPartyDomain` only when the cookie has them. */
export interface RemoveDetails {
  url: string;
  name: string;
  storeId: string;
  partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean };
  firstPartyDomain?: string;
}

export interface Selected<C extends CookieLike = CookieLike> {
  key: string;
  name: string;
  domain: string;
  path: string;
  details: RemoveDetails;
  cookie: C;
}

const bare = (domain: string) => (domain.startsWith('.') ? domain.slice(1) : domain).toLowerCase();

export function inScope(cookie: CookieLike, scope: CleanupScope, host: SellerCentralHost): boolean {
  const domain = bare(cookie.domain);
  if (domain === host || domain.endsWith(`.${host}`)) return true;
  return scope === 'amazon-sign-in' && domain === parentDomain(host) && isSignInCookie(cookie.name);
}

export function removeDetails(cookie: CookieLike): RemoveDetails {
  return {
    url: cookieUrl(cookie),
    name: cookie.name,
    storeId: cookie.storeId,
    ...(cookie.partitionKey ? { partitionKey: { ...cookie.partitionKey } } : {}),
    ...(typeof cookie.firstPartyDomain === 'string'
      ? { firstPartyDomain: cookie.firstPartyDomain }
      : {}),
  };
}

/** The cookies to remove, each once (stores can be read twice), in the order given. */
export function selectCookies<C extends CookieLike>(
  cookies: readonly C[],
  scope: CleanupScope,
  host: SellerCentralHost,
): Selected<C>[] {
  const seen = new Set<string>();
  const out: Selected<C>[] = [];
  for (const cookie of cookies) {
    if (!inScope(cookie, scope, host)) continue;
    const key = cookieKey(cookie);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      key,
      name: cookie.name,
      domain: cookie.domain,
      path: cookie.path,
      details: removeDetails(cookie),
      cookie,
    });
  }
  return out;
}
