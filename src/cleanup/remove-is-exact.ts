/**
 * Whether `cookies.remove` for a cookie can only remove that cookie. It names a URL and a name,
 * and the browser removes the first cookie of that name the URL would be sent: in Firefox (and
 * Chromium alike) a shopping cookie `.amazon.com / session-id` goes before the host-only
 * `sellercentral.amazon.com / session-id` asked for (seen in Firefox 153: e2e/firefox/containers).
 * Pure: given every cookie of the store, it says whether another one of the same name, store,
 * partition and first-party domain would also match the URL (RFC 6265 domain and path match).
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/cookies/remove
 * https://httpwg.org/specs/rfc6265.html#cookie-domain-match
 */
import { cookieKey } from './cookie-key';
import type { ExpiringCookie } from './expire';

const bare = (domain: string) => (domain.startsWith('.') ? domain.slice(1) : domain).toLowerCase();

const pathMatches = (cookiePath: string, requestPath: string) =>
  cookiePath === requestPath ||
  (requestPath.startsWith(cookiePath) &&
    (cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'));

const partitionOf = (c: ExpiringCookie) =>
  `${c.partitionKey?.topLevelSite ?? ''} ${c.partitionKey?.hasCrossSiteAncestor ? 'x' : ''} ${
    c.firstPartyDomain ?? ''
  }`;

export function removeIsExact(target: ExpiringCookie, store: readonly ExpiringCookie[]): boolean {
  // The URL `cookieUrl` makes for the target: its host, its path, https when it is Secure.
  const host = bare(target.domain);
  const path = target.path || '/';
  const key = cookieKey(target);
  return !store.some((c) => {
    if (c.name !== target.name || c.storeId !== target.storeId) return false;
    if (partitionOf(c) !== partitionOf(target) || cookieKey(c) === key) return false;
    const domain = bare(c.domain);
    const domainMatches = c.hostOnly
      ? domain === host
      : domain === host || host.endsWith(`.${domain}`);
    return domainMatches && pathMatches(c.path || '/', path) && (target.secure || !c.secure);
  });
}
