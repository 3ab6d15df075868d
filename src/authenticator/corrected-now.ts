/**
 * The time to judge the app's code by: Seller Central's, i.e. this computer's clock corrected by
 * the clock check's skew when there is a result (skew = local − reference, PRODUCT.md), else the
 * local clock as it is.
 */
import type { ClockState } from '../clock/state';

export type TimeBasis = 'corrected' | 'local';

export interface CorrectedNow {
  now: number;
  basis: TimeBasis;
  skewMs: number | null;
}

export function correctedNow(localNow: number, clock: ClockState | null): CorrectedNow {
  const skewMs = clock?.result?.skewMs ?? null;
  if (skewMs === null || !Number.isFinite(skewMs)) {
    return { now: localNow, basis: 'local', skewMs: null };
  }
  return { now: localNow - skewMs, basis: 'corrected', skewMs };
}
