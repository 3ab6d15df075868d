/**
 * The "you're in" card of a tab, kept in `storage.session` under its own key per tab: written by
 * the background when the tab reaches Seller Central after a 2SV page (sign-in-outcome.ts), read
 * by the popup over that tab, removed when the seller dismisses it or the tab closes.
 */
import type { Method, PageState } from '../detect/classify';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { itemFamily } from '../shared/storage-item';
import { isTime, seenPageOf, type TabRecord } from '../shared/tab-record';

export interface SignedInCard {
  /** The marketplace the tab signed in to: the card's links go to its pages only. */
  host: SellerCentralHost;
  /** What the sign-in page last showed, and the code's method. */
  state: PageState;
  method: Method;
  /** When the tab reached Seller Central outside the sign-in (ms). */
  at: number;
}

export function parseSignedInCard(raw: unknown): SignedInCard | null {
  const seen = seenPageOf(raw);
  if (!seen || !isTime(seen.r.at)) return null;
  return { host: seen.host, state: seen.state, method: seen.method, at: seen.r.at };
}

export function cardOf(host: SellerCentralHost, record: TabRecord, now: number): SignedInCard {
  return { host, state: record.state, method: record.method, at: now };
}

export const signedInCardItem = itemFamily({
  area: 'session',
  key: (tabId: number) => `signedIn:${tabId}`,
  parse: parseSignedInCard,
  default: null,
});
