/**
 * Every Seller Central host, once. The manifest's content-script matches are checked against this
 * table by `marketplaces.test.ts`: match patterns cannot wildcard a TLD, so each host is listed.
 * Hosts from PRODUCT.md ("Hosts"); `language` is the main language of the marketplace's support.
 */
export const marketplaces = [
  { host: 'sellercentral.amazon.com', country: 'US', region: 'na', language: 'en' },
  { host: 'sellercentral.amazon.ca', country: 'CA', region: 'na', language: 'en' },
  { host: 'sellercentral.amazon.com.mx', country: 'MX', region: 'na', language: 'es' },
  { host: 'sellercentral.amazon.com.br', country: 'BR', region: 'na', language: 'pt-BR' },
  { host: 'sellercentral-europe.amazon.com', country: 'EU', region: 'eu', language: 'en' },
  { host: 'sellercentral.amazon.co.uk', country: 'GB', region: 'eu', language: 'en' },
  { host: 'sellercentral.amazon.de', country: 'DE', region: 'eu', language: 'de' },
  { host: 'sellercentral.amazon.fr', country: 'FR', region: 'eu', language: 'fr' },
  { host: 'sellercentral.amazon.it', country: 'IT', region: 'eu', language: 'it' },
  { host: 'sellercentral.amazon.es', country: 'ES', region: 'eu', language: 'es' },
  { host: 'sellercentral.amazon.nl', country: 'NL', region: 'eu', language: 'nl' },
  { host: 'sellercentral.amazon.se', country: 'SE', region: 'eu', language: 'sv' },
  { host: 'sellercentral.amazon.pl', country: 'PL', region: 'eu', language: 'pl' },
  { host: 'sellercentral.amazon.com.be', country: 'BE', region: 'eu', language: 'fr' },
  { host: 'sellercentral.amazon.com.tr', country: 'TR', region: 'eu', language: 'tr' },
  { host: 'sellercentral.amazon.ae', country: 'AE', region: 'eu', language: 'ar' },
  { host: 'sellercentral.amazon.sa', country: 'SA', region: 'eu', language: 'ar' },
  { host: 'sellercentral.amazon.eg', country: 'EG', region: 'eu', language: 'ar' },
  { host: 'sellercentral.amazon.in', country: 'IN', region: 'eu', language: 'en' },
  { host: 'sellercentral.amazon.co.za', country: 'ZA', region: 'eu', language: 'en' },
  { host: 'sellercentral.amazon.ie', country: 'IE', region: 'eu', language: 'en' },
  { host: 'sellercentral.amazon.co.jp', country: 'JP', region: 'fe', language: 'ja' },
  { host: 'sellercentral.amazon.com.au', country: 'AU', region: 'fe', language: 'en' },
  { host: 'sellercentral.amazon.sg', country: 'SG', region: 'fe', language: 'en' },
] as const satisfies readonly {
  host: `sellercentral${'' | '-europe'}.amazon.${string}`;
  country: string;
  region: 'na' | 'eu' | 'fe';
  language: string;
}[];

export type Marketplace = (typeof marketplaces)[number];
export type SellerCentralHost = Marketplace['host'];

export const defaultHost: SellerCentralHost = 'sellercentral.amazon.com';

const byHost: ReadonlyMap<string, Marketplace> = new Map(marketplaces.map((m) => [m.host, m]));

/** The marketplace whose Seller Central host is `host` (exact, lower-case), if any. */
export function findMarketplace(host: string): Marketplace | undefined {
  return byHost.get(host.toLowerCase());
}

export function isSellerCentralHost(host: string): host is SellerCentralHost {
  return byHost.has(host.toLowerCase());
}

/** The marketplace of a URL when it is an https page on a Seller Central host. */
export function marketplaceOfUrl(url: string | undefined): Marketplace | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' ? findMarketplace(hostname) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The two kinds of Seller Central page the extension's content scripts run on, by path: the
 * sign-in (`/ap/signin`, `/ap/mfa`, `/ap/cvf/…`, PRODUCT.md "Hosts") and Contact Us (`/cu/…`).
 */
export const pagePaths = { 'sign-in': '/ap/', contact: '/cu/' } as const;
export type PageKind = keyof typeof pagePaths;

/** Which kind of page an https URL on a Seller Central host is, and its marketplace; else null. */
export function pageOfUrl(
  url: string | undefined,
): { marketplace: Marketplace; kind: PageKind } | null {
  const marketplace = marketplaceOfUrl(url);
  if (!marketplace || !url) return null;
  const { pathname } = new URL(url);
  const kind = (Object.keys(pagePaths) as PageKind[]).find((k) =>
    pathname.startsWith(pagePaths[k]),
  );
  return kind ? { marketplace, kind } : null;
}

/** The content-script match pattern for one kind of page on a host (`https://<host>/ap/*`). */
export function pagePattern(host: string, kind: PageKind): string {
  return `https://${host}${pagePaths[kind]}*`;
}
