/**
 * The authenticator check's last answer for a marketplace, kept in storage.session for the support
 * description (issue 6): how many seconds the app's clock was off, or null for "no match", and
 * when. Seconds, not steps: a key's period is anything from 1 s to 300 s (parse-secret.ts), so a
 * step count means nothing without it. Never the key and never the code (issue 5): only what the
 * seller would tell Seller Support.
 */
import { itemFamily } from '../shared/storage-item';
import type { Drift } from './find-drift';
import { searchSpanMs } from './search-span';

export interface TotpRecord {
  /** 0 in sync, ±n s off (negative: the app is behind), null when nothing within ±10 min matched. */
  driftSeconds: number | null;
  at: number;
}

/** No match is ever found further off than the search span. */
const maxDriftSeconds = searchSpanMs / 1000;

export function totpRecordOf(drift: Drift, at: number): TotpRecord {
  return {
    driftSeconds: drift.kind === 'no-match' ? null : drift.kind === 'in-sync' ? 0 : drift.seconds,
    at,
  };
}

/** A stored record, or null when missing, corrupted or of another shape (steps, before seconds). */
export function parseTotpRecord(raw: unknown): TotpRecord | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const s = r.driftSeconds;
  const secondsOk = s === null || (Number.isInteger(s) && Math.abs(s as number) <= maxDriftSeconds);
  if (!secondsOk || typeof r.at !== 'number' || !Number.isFinite(r.at) || r.at < 0) return null;
  return { driftSeconds: s as number | null, at: r.at };
}

export const totpRecordItem = itemFamily({
  area: 'session',
  key: (host: string) => `totp:${host}`,
  parse: parseTotpRecord,
  default: null,
});
