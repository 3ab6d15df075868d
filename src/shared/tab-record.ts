/**
 * What the banner last saw in a tab, kept in `storage.session` (gone when the browser closes).
 * The popup reads it to know the tab's marketplace, what its page shows, and the guide's symptom,
 * the diagnosis and the support description follow it.
 */
import { type Method, methods, type PageState, pageStates } from '../detect/classify';
import { isSellerCentralHost, type SellerCentralHost } from '../sellercentral/marketplaces';
import { isWaitMs, type PageReport } from './messages';
import { item, itemFamily } from './storage-item';

export interface TabRecord extends PageReport {
  host: SellerCentralHost;
  /** When the page was seen (ms since epoch). */
  at: number;
  /**
   * From when a new code or sign-in may be tried (ms), when the page says how long to wait: kept
   * from the first sight of that page, so a reload does not move it.
   */
  retryAt: number | null;
  /** The last code request the content script saw in this tab's sign-in (ms). */
  latestRequestAt: number | null;
  /** The tab is in a private window: Amazon forgets the browser when it closes. */
  privateWindow: boolean;
  /** The tab's cookie store, for a cleanup asked from elsewhere (see cleanup/choose-store.ts). */
  storeId?: string;
}

/**
 * A request older than this is from another sign-in: "you last asked at 09:12" the next
 * afternoon would mislead. A sign-in with its codes takes minutes, not an hour.
 */
export const requestMemoryMs = 60 * 60_000;

/** A moment in ms since the epoch, as stored: a finite number after 1970. */
export const isTime = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v > 0;

/**
 * The page a stored value says was seen: a listed host, a known state and method. Read on every
 * item that names a page (this record, the "you're in" card), so each reads them alike.
 */
export function seenPageOf(raw: unknown): {
  r: Record<string, unknown>;
  host: SellerCentralHost;
  state: PageState;
  method: Method;
} | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (
    typeof r.host !== 'string' ||
    !isSellerCentralHost(r.host) ||
    !(pageStates as readonly unknown[]).includes(r.state) ||
    !(methods as readonly unknown[]).includes(r.method)
  ) {
    return null;
  }
  return { r, host: r.host, state: r.state as PageState, method: r.method as Method };
}

export function parseTabRecord(raw: unknown): TabRecord | null {
  const seen = seenPageOf(raw);
  if (!seen) return null;
  const { r } = seen;
  if (typeof r.at !== 'number') return null;
  return {
    host: seen.host,
    state: seen.state,
    method: seen.method,
    destination:
      typeof r.destination === 'string' && /^\d{1,4}$/.test(r.destination) ? r.destination : null,
    at: r.at,
    // Records from before these facts read as "not known".
    waitMs: isWaitMs(r.waitMs) ? r.waitMs : null,
    rememberDevice:
      r.rememberDevice === 'unchecked' || r.rememberDevice === 'checked' ? r.rememberDevice : null,
    retryAt: isTime(r.retryAt) ? r.retryAt : null,
    latestRequestAt: isTime(r.latestRequestAt) ? r.latestRequestAt : null,
    privateWindow: r.privateWindow === true,
    // Store ids are short names ("0", "firefox-container-3"); anything else reads as unknown.
    ...(typeof r.storeId === 'string' && /^[\w-]{1,64}$/.test(r.storeId)
      ? { storeId: r.storeId }
      : {}),
  };
}

/** What the background knows of the tab besides the report. */
export interface RecordWorld {
  host: SellerCentralHost;
  now: number;
  privateWindow: boolean;
  /** The tab's cookie store, where the browser names it (Firefox). */
  storeId?: string | null;
}

/**
 * The record after a new report, from the tab's previous one. The wait's end is kept while the
 * page shows the same state and names the same wait and that end is still ahead (a reload of
 * "request a new OTP in 24 hours" does not move it). A read of the same state that names no wait
 * keeps the one known: the content script reads a page by its structure until the page's words
 * arrive, and the wait is in words (seen in e2e/journey.spec.ts on every reload). The last code request
 * is kept while it is recent. The dismissal is not part of it (see dismissal.ts).
 */
export function nextTabRecord(
  report: PageReport,
  previous: TabRecord | null,
  { host, now, privateWindow, storeId = null }: RecordWorld,
): TabRecord {
  const waiting =
    previous !== null &&
    previous.state === report.state &&
    previous.retryAt !== null &&
    previous.retryAt > now;
  const waitMs = report.waitMs ?? (waiting ? previous.waitMs : null);
  const request = previous?.latestRequestAt ?? null;
  return {
    state: report.state,
    method: report.method,
    destination: report.destination,
    waitMs,
    rememberDevice: report.rememberDevice,
    host,
    at: now,
    retryAt:
      waitMs === null
        ? null
        : waiting && previous.waitMs === waitMs
          ? previous.retryAt
          : now + waitMs,
    latestRequestAt: request !== null && now - request < requestMemoryMs ? request : null,
    privateWindow,
    ...(storeId === null ? {} : { storeId }),
  };
}

/** The record once the seller asked for a code at `now`. */
export function withCodeRequest(record: TabRecord, now: number): TabRecord {
  return { ...record, latestRequestAt: now };
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
