/**
 * The last site-data cleanup of a marketplace, as the cleanup feature leaves it in
 * `storage.session` under `cleanup:<host>`. ASSUMPTION: that feature is built in parallel; this
 * reads the key defensively (a finish time and a removed-cookie count, under the names it is
 * likely to use) and treats anything else as "no cleanup known".
 */
export interface CleanupResult {
  /** When the cleanup finished (ms since epoch). */
  at: number;
  removedCookies: number | null;
}

export const cleanupKey = (host: string) => `cleanup:${host}`;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function parseCleanupResult(raw: unknown): CleanupResult | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const at = [r.finishedAt, r.at, r.doneAt].find(finite);
  if (at === undefined || r.done === false) return null;
  const removed =
    typeof r.removed === 'object' && r.removed !== null
      ? (r.removed as Record<string, unknown>)
      : {};
  const count = [r.removedCookies, removed.cookies].find(finite);
  return { at, removedCookies: count === undefined ? null : Math.round(count) };
}
