/**
 * A clock check's progress as kept in `storage.session` (one key per marketplace host): the popup
 * and the banner render from it, and it outlives a restart of the service worker.
 */
import { itemFamily } from '../shared/storage-item';
import type { ClockResult } from './estimate';
import { verdicts } from './estimate';

export type ClockState = {
  host: string;
  /** `primary`: only the Seller Central host (the banner's own check); `all`: every source. */
  scope: 'primary' | 'all';
  /** When the check started (ms, local clock): tells one check from the next. */
  startedAt: number;
  result: ClockResult | null;
};

export function parseClockState(raw: unknown): ClockState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.host !== 'string' || typeof r.startedAt !== 'number') return null;
  const result = r.result as Record<string, unknown> | null | undefined;
  const validResult =
    result &&
    typeof result === 'object' &&
    (verdicts as readonly unknown[]).includes(result.verdict) &&
    typeof result.done === 'boolean' &&
    Array.isArray(result.sources);
  return {
    host: r.host,
    scope: r.scope === 'primary' ? 'primary' : 'all',
    startedAt: r.startedAt,
    result: validResult ? (result as ClockResult) : null,
  };
}

export const clockItem = itemFamily({
  area: 'session',
  key: (host: string) => `clock:${host}`,
  parse: parseClockState,
  default: null,
});
