/**
 * Every Seller Central host, once. The manifest's content-script matches are checked against this
 * list by `marketplaces.test.ts`: match patterns cannot wildcard a TLD, so each host is listed.
 * Hosts from PRODUCT.md ("Hosts"). A list of its own: the sign-in content script needs only the
 * hosts (its size budget, e2e/budgets.ts), the rest of the extension the details below.
 */
export const sellerCentralHosts = [
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  'sellercentral-europe.amazon.com',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral.amazon.se',
  'sellercentral.amazon.pl',
  'sellercentral.amazon.com.be',
  'sellercentral.amazon.com.tr',
  'sellercentral.amazon.ae',
  'sellercentral.amazon.sa',
  'sellercentral.amazon.eg',
  'sellercentral.amazon.in',
  'sellercentral.amazon.co.za',
  'sellercentral.amazon.ie',
  'sellercentral.amazon.co.jp',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.sg',
] as const satisfies readonly `sellercentral${'' | '-europe'}.amazon.${string}`[];
export type SellerCentralHost = (typeof sellerCentralHosts)[number];

/** Each host's marketplace; `language` is the main language of the marketplace's support. */
const details = {
  'sellercentral.amazon.com': { country: 'US', region: 'na', language: 'en' },
  'sellercentral.amazon.ca': { country: 'CA', region: 'na', language: 'en' },
  'sellercentral.amazon.com.mx': { country: 'MX', region: 'na', language: 'es' },
  'sellercentral.amazon.com.br': { country: 'BR', region: 'na', language: 'pt-BR' },
  'sellercentral-europe.amazon.com': { country: 'EU', region: 'eu', language: 'en' },
  'sellercentral.amazon.co.uk': { country: 'GB', region: 'eu', language: 'en' },
  'sellercentral.amazon.de': { country: 'DE', region: 'eu', language: 'de' },
  'sellercentral.amazon.fr': { country: 'FR', region: 'eu', language: 'fr' },
  'sellercentral.amazon.it': { country: 'IT', region: 'eu', language: 'it' },
  'sellercentral.amazon.es': { country: 'ES', region: 'eu', language: 'es' },
  'sellercentral.amazon.nl': { country: 'NL', region: 'eu', language: 'nl' },
  'sellercentral.amazon.se': { country: 'SE', region: 'eu', language: 'sv' },
  'sellercentral.amazon.pl': { country: 'PL', region: 'eu', language: 'pl' },
  'sellercentral.amazon.com.be': { country: 'BE', region: 'eu', language: 'fr' },
  'sellercentral.amazon.com.tr': { country: 'TR', region: 'eu', language: 'tr' },
  'sellercentral.amazon.ae': { country: 'AE', region: 'eu', language: 'ar' },
  'sellercentral.amazon.sa': { country: 'SA', region: 'eu', language: 'ar' },
  'sellercentral.amazon.eg': { country: 'EG', region: 'eu', language: 'ar' },
  'sellercentral.amazon.in': { country: 'IN', region: 'eu', language: 'en' },
  'sellercentral.amazon.co.za': { country: 'ZA', region: 'eu', language: 'en' },
  'sellercentral.amazon.ie': { country: 'IE', region: 'eu', language: 'en' },
  'sellercentral.amazon.co.jp': { country: 'JP', region: 'fe', language: 'ja' },
  'sellercentral.amazon.com.au': { country: 'AU', region: 'fe', language: 'en' },
  'sellercentral.amazon.sg': { country: 'SG', region: 'fe', language: 'en' },
} as const satisfies Record<
  SellerCentralHost,
  { country: string; region: 'na' | 'eu' | 'fe'; language: string }
>;

/** The marketplaces, in the hosts' order (the manifest's). */
export const marketplaces = /* @__PURE__ */ sellerCentralHosts.map((host) => ({
  host,
  ...details[host],
}));

export type Marketplace = (typeof marketplaces)[number];

export const defaultHost: SellerCentralHost = 'sellercentral.amazon.com';

// Pure: the sign-in content script, which looks up hosts only, leaves the table out.
const byHost: ReadonlyMap<string, Marketplace> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ marketplaces.map((m) => [m.host, m]),
);
const hosts: ReadonlySet<string> = new Set(sellerCentralHosts);

/** The marketplace whose Seller Central host is `host` (exact, lower-case), if any. */
export function findMarketplace(host: string): Marketplace | undefined {
  return byHost.get(host.toLowerCase());
}

export function isSellerCentralHost(host: string): host is SellerCentralHost {
  return hosts.has(host.toLowerCase());
}

/** The Seller Central host of a URL when it is an https page on one. */
export function hostOfUrl(url: string | undefined): SellerCentralHost | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && isSellerCentralHost(hostname) ? hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The marketplace of a URL when it is an https page on a Seller Central host. */
export function marketplaceOfUrl(url: string | undefined): Marketplace | undefined {
  const host = hostOfUrl(url);
  return host && findMarketplace(host);
}

/**
 * The two kinds of Seller Central page the extension's content scripts run on, by path: the
 * sign-in (`/ap/signin`, `/ap/mfa`, `/ap/cvf/…`, and the newer "claim" pages under `/ax/`, e.g.
 * `/ax/claim`, where Amazon has been moving its sign-in since 2024) and Contact Us (`/cu/…`).
 */
export const pagePaths = { 'sign-in': ['/ap/', '/ax/'], contact: ['/cu/'] } as const;
export type PageKind = keyof typeof pagePaths;

/** Which kind of page an https URL on a Seller Central host is; else null. */
export function pageKindOfUrl(url: string | undefined): PageKind | null {
  if (!url || !hostOfUrl(url)) return null;
  const { pathname } = new URL(url);
  return (
    (Object.keys(pagePaths) as PageKind[]).find((k) =>
      pagePaths[k].some((p) => pathname.startsWith(p)),
    ) ?? null
  );
}

/** Which kind of page an https URL on a Seller Central host is, and its marketplace; else null. */
export function pageOfUrl(
  url: string | undefined,
): { marketplace: Marketplace; kind: PageKind } | null {
  const kind = pageKindOfUrl(url);
  const marketplace = marketplaceOfUrl(url);
  return kind && marketplace ? { marketplace, kind } : null;
}

/** The content-script match patterns for one kind of page on a host (`https://<host>/ap/*`, …). */
export function pagePatterns(host: string, kind: PageKind): string[] {
  return pagePaths[kind].map((p) => `https://${host}${p}*`);
}
