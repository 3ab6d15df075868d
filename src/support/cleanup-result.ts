/**
 * The last finished site-data cleanup of a marketplace, as the description names it: read from the
 * cleanup's own record (`src/cleanup/run.ts`, storage.session `cleanup:<host>`), so the two never
 * disagree on its shape. A run still under way or cut short is no result yet.
 */
import { parseRun, runKey, summarize } from '../cleanup/run';
import type { SellerCentralHost } from '../sellercentral/marketplaces';

export interface CleanupResult {
  /** When the cleanup finished (ms since epoch). */
  at: number;
  /** null: not known (kept for descriptions composed from older records). */
  removedCookies: number | null;
}

export const cleanupKey = (host: SellerCentralHost) => runKey(host);

export function parseCleanupResult(raw: unknown): CleanupResult | null {
  const run = parseRun(raw);
  if (!run || run.finishedAt === null) return null;
  return { at: run.finishedAt, removedCookies: summarize(run).removedCookies };
}
