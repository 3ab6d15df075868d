/**
 * The time sources of the clock check, as data (PRODUCT.md "Clock check"): the marketplace's
 * Seller Central host, whose clock judges the code and cannot be turned off, Cloudflare's trace
 * endpoint, and one custom https source from the options.
 */
import type { Settings } from '../shared/settings';

/**
 * `date`: the HTTP `Date` header (1 s); `robots`: the `Date` of a `/robots.txt` whose body must
 * look like one, so that a Wi-Fi login page or a filter answering in the site's place is caught;
 * `trace`: a Cloudflare `/cdn-cgi/trace` body (1 ms).
 */
export type SourceKind = 'date' | 'robots' | 'trace';

export interface ClockSource {
  /** The host, which is also how the popup names the source ("www.cloudflare.com timed out"). */
  id: string;
  url: string;
  kind: SourceKind;
  /** Whether the options may turn it off. */
  optional: boolean;
}

export const cloudflareTrace = {
  id: 'www.cloudflare.com',
  url: 'https://www.cloudflare.com/cdn-cgi/trace',
  kind: 'trace',
  optional: true,
} as const satisfies ClockSource;

/**
 * The marketplace's own clock, read from the `Date` of its robots.txt: a small file of known shape
 * that answers without a redirect (the home page redirects: one round trip more), the way browsers
 * detect captive portals by fetching a page of known content
 * (https://firefox-source-docs.mozilla.org/networking/captive_portals.html). Seller Central serves
 * one (RFC 9309 format: `User-agent` / `Disallow` lines).
 */
export function sellerCentralSource(host: string): ClockSource {
  return { id: host, url: `https://${host}/robots.txt`, kind: 'robots', optional: false };
}

/** A custom https source: any Cloudflare-fronted `/cdn-cgi/trace` is read to the ms. */
export function customSource(url: string): ClockSource | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' || u.username || u.password) return null;
    const kind =
      u.pathname === '/cdn-cgi/trace' ? 'trace' : u.pathname === '/robots.txt' ? 'robots' : 'date';
    return { id: u.host, url: u.href, kind, optional: true };
  } catch {
    return null;
  }
}

/**
 * The sources to ask for a marketplace, the Seller Central host first; `primary` is its id, the
 * source that decides the verdict. A custom source on a host already asked is left out.
 */
export function sourcesFor(
  host: string,
  options: Pick<Settings, 'cloudflareSource' | 'customSource'>,
): { sources: ClockSource[]; primary: string } {
  const primary = sellerCentralSource(host);
  const sources: ClockSource[] = [primary];
  if (options.cloudflareSource) sources.push(cloudflareTrace);
  const custom = options.customSource ? customSource(options.customSource) : null;
  if (custom && !sources.some((s) => s.id === custom.id)) sources.push(custom);
  return { sources, primary: primary.id };
}
