/**
 * Each marketplace's support links. Every Seller Central host serves the same paths, so one
 * pattern per link builds the table for all hosts; `source` says where each pattern was seen.
 */
import { marketplaces, type SellerCentralHost } from '../sellercentral/marketplaces';

export const linkKinds = ['contactUs', 'signInHelp', 'recovery', 'loginSettings'] as const;
export type LinkKind = (typeof linkKinds)[number];

export const linkPatterns = {
  /** Contact Us form; needs a signed-in seller. */
  contactUs: {
    path: '/cu/contact-us',
    source:
      'PRODUCT.md "Support"; also linked as https://sellercentral.amazon.com/cu/contact-us by many public seller tools',
  },
  /** The public help page about signing in: readable without an account. */
  signInHelp: {
    path: '/gp/help/external/help.html?itemID=200123250',
    source:
      'PRODUCT.md "Support"; the sign-in page footer "Help" link (reference/amazon-signin-pages)',
  },
  /**
   * "About Two-Step Verification": how to use the backup method ("Didn't receive the code?") and,
   * without one, the account-recovery route with identity documents.
   */
  recovery: {
    path: '/gp/help/external/help.html?itemID=202110760',
    source:
      'Seller Central help 202110760, seen on sellercentral.amazon.com and sellercentral.amazon.co.jp',
  },
  /** "How to enable Two-Step Verification": Settings > Login Settings > Advanced Security Settings. */
  loginSettings: {
    path: '/gp/help/external/help.html?itemID=SWPS4GPEPMXZ98R',
    source: 'Seller Central help SWPS4GPEPMXZ98R, seen on sellercentral.amazon.de (en_DE)',
  },
} as const satisfies Record<LinkKind, { path: `/${string}`; source: string }>;

export type SupportLinks = Record<LinkKind, string>;

export function linksFor(host: SellerCentralHost): SupportLinks {
  const links = {} as SupportLinks;
  for (const kind of linkKinds) links[kind] = `https://${host}${linkPatterns[kind].path}`;
  return links;
}

/** The whole table, one row per listed host. */
export const supportLinks: ReadonlyMap<SellerCentralHost, SupportLinks> = new Map(
  marketplaces.map((m) => [m.host, linksFor(m.host)]),
);
