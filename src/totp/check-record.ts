/**
 * The authenticator check's last answer for a marketplace, kept in storage.session for the support
 * description (issue 6): how many 30 s steps the app was off, or null for "no match", and when.
 * Never the key and never the code (issue 5): only what the seller would tell Seller Support.
 */
import { itemFamily } from '../shared/storage-item';
import type { Drift } from './find-drift';

export interface TotpRecord {
  /** 0 in sync, ±n steps off, null when no window within ±10 min matched. */
  driftSteps: number | null;
  at: number;
}

export function totpRecordOf(drift: Drift, at: number): TotpRecord {
  return {
    driftSteps: drift.kind === 'no-match' ? null : drift.kind === 'in-sync' ? 0 : drift.steps,
    at,
  };
}

/** A stored record, or null when missing, corrupted or of another shape. */
export function parseTotpRecord(raw: unknown): TotpRecord | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const steps = r.driftSteps;
  const stepsOk = steps === null || (Number.isInteger(steps) && Math.abs(steps as number) <= 40);
  if (!stepsOk || typeof r.at !== 'number' || !Number.isFinite(r.at) || r.at < 0) return null;
  return { driftSteps: steps as number | null, at: r.at };
}

export const totpRecordItem = itemFamily({
  area: 'session',
  key: (host: string) => `totp:${host}`,
  parse: parseTotpRecord,
  default: null,
});
