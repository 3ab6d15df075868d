/**
 * The last finished site-data cleanup of a marketplace, as the description names it: a view over
 * the cleanup's own record (`runItem`, src/cleanup/run.ts), so the two never disagree on its key
 * or shape. A run still under way or cut short is no result yet.
 */
import { type CleanupRun, summarize } from '../cleanup/run';

export interface CleanupResult {
  /** When the cleanup finished (ms since epoch). */
  at: number;
  removedCookies: number;
}

export function cleanupResultOf(run: CleanupRun | null): CleanupResult | null {
  if (!run || run.finishedAt === null) return null;
  return { at: run.finishedAt, removedCookies: summarize(run).removedCookies };
}
