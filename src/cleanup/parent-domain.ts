/**
 * The Amazon shopping domain above a Seller Central host, whose sign-in cookies the
 * `amazon-sign-in` scope also removes: `sellercentral.amazon.de` → `amazon.de`,
 * `sellercentral-europe.amazon.com` → `amazon.com`.
 */
import type { SellerCentralHost } from '../sellercentral/marketplaces';

export function parentDomain(host: SellerCentralHost): string {
  return host.replace(/^sellercentral(?:-europe)?\./, '');
}

/** The one optional host permission the `amazon-sign-in` scope asks for, at that moment. */
export function parentOrigin(host: SellerCentralHost): string {
  return `https://${parentDomain(host)}/*`;
}
