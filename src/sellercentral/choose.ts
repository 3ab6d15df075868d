import { findMarketplace, type Marketplace } from './marketplaces';

export type MarketplaceSource = 'tab' | 'last-seen' | 'default';

/**
 * The marketplace the popup acts on (PRODUCT.md): the current tab's Seller Central host, else the
 * one last seen in any tab, else the default from the options.
 */
export function chooseMarketplace(known: {
  tabHost?: string | null;
  lastSeenHost?: string | null;
  defaultHost: string;
}): { marketplace: Marketplace; source: MarketplaceSource } {
  const tab = known.tabHost ? findMarketplace(known.tabHost) : undefined;
  if (tab) return { marketplace: tab, source: 'tab' };
  const last = known.lastSeenHost ? findMarketplace(known.lastSeenHost) : undefined;
  if (last) return { marketplace: last, source: 'last-seen' };
  const fallback =
    findMarketplace(known.defaultHost) ?? findMarketplace('sellercentral.amazon.com');
  if (!fallback) throw new Error('the marketplace table lost its default host');
  return { marketplace: fallback, source: 'default' };
}
