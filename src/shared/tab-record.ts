/**
 * What the banner last saw in a tab, kept in `storage.session` (gone when the browser closes).
 * The popup reads it to know the tab's marketplace, what its page shows, and the guide's symptom
 * and the support description follow it.
 */
import { type Method, methods, type PageState, pageStates } from '../detect/classify';
import { isSellerCentralHost, type SellerCentralHost } from '../sellercentral/marketplaces';
import type { PageReport } from './messages';
import { item, itemFamily } from './storage-item';

export interface TabRecord extends PageReport {
  host: SellerCentralHost;
  /** When the page was seen (ms since epoch). */
  at: number;
  /** The tab's cookie store, for a cleanup asked from elsewhere (see cleanup/choose-store.ts). */
  storeId?: string;
}

export function parseTabRecord(raw: unknown): TabRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (
    typeof r.host !== 'string' ||
    !isSellerCentralHost(r.host) ||
    !(pageStates as readonly unknown[]).includes(r.state) ||
    !(methods as readonly unknown[]).includes(r.method) ||
    typeof r.at !== 'number'
  ) {
    return null;
  }
  return {
    host: r.host,
    state: r.state as PageState,
    method: r.method as Method,
    destination:
      typeof r.destination === 'string' && /^\d{1,4}$/.test(r.destination) ? r.destination : null,
    at: r.at,
    // Store ids are short names ("0", "firefox-container-3"); anything else reads as unknown.
    ...(typeof r.storeId === 'string' && /^[\w-]{1,64}$/.test(r.storeId)
      ? { storeId: r.storeId }
      : {}),
  };
}

/**
 * The record after a new report. The dismissal is not part of it (see dismissal.ts), so writing
 * a record needs no read first and cannot undo a dismissal made at the same moment.
 */
export function nextTabRecord(
  report: PageReport,
  host: SellerCentralHost,
  now: number,
  storeId: string | null = null,
): TabRecord {
  return {
    state: report.state,
    method: report.method,
    destination: report.destination,
    host,
    at: now,
    ...(storeId === null ? {} : { storeId }),
  };
}

/** The record of each tab; the tab's closing removes it. */
export const tabRecordItem = itemFamily({
  area: 'session',
  key: (tabId: number) => `tab:${tabId}`,
  parse: parseTabRecord,
  default: null,
});

/**
 * The record of the last Seller Central tab seen, whichever it was and even once it is closed: the
 * popup falls back to it where it is not over that tab (opened as a tab, or from another one).
 */
export const lastPageItem = item({
  area: 'session',
  key: 'lastPage',
  parse: parseTabRecord,
  default: null,
});
