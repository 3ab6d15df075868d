/**
 * What the popup is about, from what is known: the marketplace (the tab's, from its record or
 * else its address; else the one last seen; else the default) and the page it showed. A popup not
 * over a Seller Central tab (opened as a tab, or over another site) falls back to the last Seller
 * Central tab's record, as the marketplace does, when that record is of the marketplace chosen.
 * Over a Seller Central tab with no record it shows no other tab's page: that page is read then.
 */
import { chooseMarketplace } from '../sellercentral/choose';
import { hostOfUrl, type SellerCentralHost } from '../sellercentral/marketplaces';
import type { TabRecord } from '../shared/tab-record';

export function chooseContext(known: {
  /** The record of the tab the popup is about, if the banner saw one there. */
  tab: TabRecord | null;
  /** The address of the tab the popup is about, when the extension may see it. */
  tabUrl?: string | undefined;
  /** The record of the last Seller Central tab seen in this browser session. */
  lastPage: TabRecord | null;
  lastSeenHost: SellerCentralHost | null;
  defaultHost: SellerCentralHost;
}) {
  const urlHost = hostOfUrl(known.tabUrl);
  const chosen = chooseMarketplace({
    tabHost: known.tab?.host ?? urlHost,
    lastSeenHost: known.lastSeenHost,
    defaultHost: known.defaultHost,
  });
  const fallback =
    urlHost === undefined && known.lastPage?.host === chosen.marketplace.host
      ? known.lastPage
      : null;
  return { ...chosen, page: known.tab ?? fallback };
}
