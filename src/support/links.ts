/**
 * Each marketplace's support links. Every Seller Central host serves the same paths, so one path
 * per link gives the links of every host.
 */
import type { SellerCentralHost } from '../sellercentral/marketplaces';

export const linkKinds = [
  'contactUs',
  'signInHelp',
  'recovery',
  'loginSettings',
  'userPermissions',
] as const;
export type LinkKind = (typeof linkKinds)[number];

const paths = {
  // The Contact Us form; needs a signed-in seller (PRODUCT.md "Support"; public seller tools link
  // https://sellercentral.amazon.com/cu/contact-us).
  contactUs: '/cu/contact-us',
  // The public help page about signing in, readable without an account (PRODUCT.md "Support";
  // the "Help" link in the footer of Amazon's saved sign-in pages, scripts/saved-pages.ts).
  signInHelp: '/gp/help/external/help.html?itemID=200123250',
  // "About Two-Step Verification": the backup method ("Didn't receive the code?") and, without
  // one, account recovery with identity documents (help 202110760, seen on .com and .co.jp).
  recovery: '/gp/help/external/help.html?itemID=202110760',
  // "How to enable Two-Step Verification": Settings > Login Settings > Advanced Security
  // Settings (help SWPS4GPEPMXZ98R, seen on sellercentral.amazon.de in en_DE).
  loginSettings: '/gp/help/external/help.html?itemID=SWPS4GPEPMXZ98R',
  // Settings > User Permissions, where the account owner invites each person to a login of
  // their own (help 901 "User permissions" links it as /gp/account-manager/home.html).
  userPermissions: '/gp/account-manager/home.html',
} as const satisfies Record<LinkKind, `/${string}`>;

export type SupportLinks = Record<LinkKind, string>;

export function linksFor(host: SellerCentralHost): SupportLinks {
  const links = {} as SupportLinks;
  for (const kind of linkKinds) links[kind] = `https://${host}${paths[kind]}`;
  return links;
}
