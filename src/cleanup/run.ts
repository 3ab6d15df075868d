/**
 * A cleanup's progress, kept in storage.session after every step so that a service worker stopped
 * in the middle (the browser may stop it at any time) leaves an exact record, and the next request
 * resumes it instead of starting over. Pure functions over the record, and its storage item.
 * https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle
 */
import { isSellerCentralHost, type SellerCentralHost } from '../sellercentral/marketplaces';
import { type CleanupScope, isCleanupScope } from '../shared/messages';
import { itemFamily } from '../shared/storage-item';
import type { CookieLike, Selected } from './select';
import { type SiteDataType, siteDataTypes } from './site-data';

export interface CleanupRun {
  scope: CleanupScope;
  host: SellerCentralHost;
  /** The cookie store it cleans (choose-store.ts); missing in records from before stores. */
  storeId?: string;
  startedAt: number;
  /** Every cookie (key) this run set out to remove. */
  planned: string[];
  /** Removed and, at the end, checked gone. */
  removed: string[];
  /** Still there after the browser was asked to remove them. */
  failed: string[];
  siteData: 'pending' | 'done' | 'failed';
  cleared: SiteDataType[];
  skipped: SiteDataType[];
  /** null while the run is under way, or when it was cut short and not resumed yet. */
  finishedAt: number | null;
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');
const isTypeList = (v: unknown): v is SiteDataType[] =>
  Array.isArray(v) && v.every((s) => (siteDataTypes as readonly unknown[]).includes(s));

/** A stored run, or null when missing or not of this shape (never trusted blindly). */
export function parseRun(raw: unknown): CleanupRun | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const ok =
    isCleanupScope(r.scope) &&
    typeof r.host === 'string' &&
    isSellerCentralHost(r.host) &&
    (r.storeId === undefined || typeof r.storeId === 'string') &&
    typeof r.startedAt === 'number' &&
    isStringList(r.planned) &&
    isStringList(r.removed) &&
    isStringList(r.failed) &&
    (r.siteData === 'pending' || r.siteData === 'done' || r.siteData === 'failed') &&
    isTypeList(r.cleared) &&
    isTypeList(r.skipped) &&
    (r.finishedAt === null || typeof r.finishedAt === 'number');
  return ok ? (r as unknown as CleanupRun) : null;
}

/** The last run of each marketplace, finished or not. */
export const runItem = itemFamily({
  area: 'session',
  key: (host: SellerCentralHost) => `cleanup:${host}`,
  parse: parseRun,
  default: null,
});

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * Start a run, or resume an unfinished one of the same scope, host and store (the host's one
 * record is shared by its stores: another store's plan says nothing of this one). On resume, a planned cookie
 * that is gone was removed by the run that was cut short (its last write may be lost): it counts
 * as removed, once. Whatever of the scope is still there is removed now.
 */
export function planRun<C extends CookieLike>(
  previous: CleanupRun | null,
  present: readonly Selected<C>[],
  scope: CleanupScope,
  host: SellerCentralHost,
  storeId: string,
  now: number,
): { run: CleanupRun; toRemove: Selected<C>[] } {
  const presentKeys = new Set(present.map((s) => s.key));
  const resuming =
    previous !== null &&
    previous.finishedAt === null &&
    previous.scope === scope &&
    previous.host === host &&
    previous.storeId === storeId;
  if (!resuming) {
    return {
      run: {
        scope,
        host,
        storeId,
        startedAt: now,
        planned: [...presentKeys],
        removed: [],
        failed: [],
        siteData: 'pending',
        cleared: [],
        skipped: [],
        finishedAt: null,
      },
      toRemove: [...present],
    };
  }
  const goneSince = previous.planned.filter((k) => !presentKeys.has(k));
  return {
    run: {
      ...previous,
      planned: union(previous.planned, [...presentKeys]),
      removed: union(
        previous.removed.filter((k) => !presentKeys.has(k)),
        goneSince,
      ),
      failed: [],
    },
    toRemove: [...present],
  };
}

/** After a batch of `cookies.remove` calls. */
export function recordRemoved(run: CleanupRun, removed: readonly string[]): CleanupRun {
  return { ...run, removed: union(run.removed, removed) };
}

export function recordSiteData(
  run: CleanupRun,
  outcome: 'done' | 'failed',
  cleared: readonly SiteDataType[],
  skipped: readonly SiteDataType[],
): CleanupRun {
  return { ...run, siteData: outcome, cleared: [...cleared], skipped: [...skipped] };
}

/** The end: a planned cookie still present (`left`) was not removed, whatever the browser said. */
export function finishRun(run: CleanupRun, left: readonly string[], now: number): CleanupRun {
  const stillThere = new Set(left.filter((k) => run.planned.includes(k)));
  return {
    ...run,
    removed: run.removed.filter((k) => !stillThere.has(k)),
    failed: [...stillThere],
    finishedAt: now,
  };
}

/** What the popup says about a run: counts, and what was not done. */
export function summarize(run: CleanupRun) {
  const removed = new Set(run.removed);
  return {
    removedCookies: removed.size,
    notRemovedCookies: run.planned.filter((k) => !removed.has(k)).length,
    finished: run.finishedAt !== null,
    siteData: run.siteData,
  };
}

/**
 * The same record, also in local storage: storage.session is emptied when the extension is updated
 * (or reloaded), and the new version puts it back and finishes a run the update cut short
 * (kept-run.ts). Removed when the browser starts, so it lasts no longer than the session's.
 */
export const keptRunItem = itemFamily({
  area: 'local',
  key: (host: SellerCentralHost) => `cleanup-kept:${host}`,
  parse: parseRun,
  default: null,
});
