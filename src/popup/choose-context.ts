/**
 * What the popup is about, from what is known: the marketplace (PRODUCT.md: the tab's, else the
 * one last seen, else the default) and the page it showed. A popup not over the sign-in tab (opened
 * as a tab, or from another one) falls back to the last Seller Central tab's record, as the
 * marketplace does, when that record is of the marketplace chosen.
 */
import { chooseMarketplace } from '../sellercentral/choose';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import type { TabRecord } from '../shared/tab-record';

export function chooseContext(known: {
  /** The record of the tab the popup is about, if the banner saw one there. */
  tab: TabRecord | null;
  /** The record of the last Seller Central tab seen in this browser session. */
  lastPage: TabRecord | null;
  lastSeenHost: SellerCentralHost | null;
  defaultHost: SellerCentralHost;
}) {
  const chosen = chooseMarketplace({
    tabHost: known.tab?.host,
    lastSeenHost: known.lastSeenHost,
    defaultHost: known.defaultHost,
  });
  const fallback = known.lastPage?.host === chosen.marketplace.host ? known.lastPage : null;
  return { ...chosen, page: known.tab ?? fallback };
}
