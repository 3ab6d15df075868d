/**
 * The "you're in" card of a tab, kept in `storage.session` under its own key per tab: written by
 * the background when the tab reaches Seller Central after a 2SV page (sign-in-outcome.ts), read
 * by the popup over that tab, removed when the seller dismisses it or the tab closes.
 */
import { type Method, methods, type PageState, pageStates } from '../detect/classify';
import { isSellerCentralHost, type SellerCentralHost } from '../sellercentral/marketplaces';
import { itemFamily } from '../shared/storage-item';
import type { TabRecord } from '../shared/tab-record';

export interface SignedInCard {
  /** The marketplace the tab signed in to: the card's links go to its pages only. */
  host: SellerCentralHost;
  /** What the sign-in page last showed, and the code's method. */
  state: PageState;
  method: Method;
  /** When the tab reached Seller Central outside the sign-in (ms). */
  at: number;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

export function parseSignedInCard(raw: unknown): SignedInCard | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (
    typeof r.host !== 'string' ||
    !isSellerCentralHost(r.host) ||
    !(pageStates as readonly unknown[]).includes(r.state) ||
    !(methods as readonly unknown[]).includes(r.method) ||
    !isTime(r.at)
  ) {
    return null;
  }
  return { host: r.host, state: r.state as PageState, method: r.method as Method, at: r.at };
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
