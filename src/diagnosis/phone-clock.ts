/**
 * The phone's clock without its key: the seller taps at the moment the app shows a new code. An
 * authenticator changes its code when its own clock crosses a 30 s boundary (RFC 6238 §4, the
 * default step every common app uses), so at a tap the phone's time is a whole multiple of 30 s,
 * and the reference time (this computer's clock corrected by the clock check) says how far the
 * phone is from it: modulo 30 s, folded into −15 s … +15 s. Each tap is one more reading. Pure.
 * https://www.rfc-editor.org/rfc/rfc6238#section-4
 */

export const stepMs = 30_000;
const half = stepMs / 2;

/** Phone minus reference for one tap, folded into [−15 000, +15 000) ms. */
export function tapOffset(referenceAtTap: number): number {
  const r = ((referenceAtTap % stepMs) + stepMs) % stepMs;
  // The boundary the phone crossed is the nearest one: just past it, the phone is behind.
  return r < half ? 0 - r : stepMs - r;
}

/** Where on the 30 s circle an offset lies (radians), so readings near ±15 s average well. */
const angle = (offsetMs: number) => (offsetMs / stepMs) * 2 * Math.PI;

/** The distance between two folded offsets, the short way round the 30 s circle. */
export function circularDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % stepMs;
  return Math.min(d, stepMs - d);
}

export interface PhoneClock {
  /** Phone minus reference, folded into [−15 000, +15 000) ms (the test contract's data-offset-ms). */
  offsetMs: number;
  /** The largest distance of a reading from that offset: how far the taps disagree. */
  spreadMs: number;
  taps: number;
}

/**
 * The phone's offset from the taps made so far (local clock ms at each tap), given the computer's
 * skew (local − reference, from the clock check). Null with no tap, or while the skew is unknown:
 * the taps are kept and counted once it is in.
 */
export function phoneClock(tapsAt: readonly number[], skewMs: number | null): PhoneClock | null {
  if (tapsAt.length === 0 || skewMs === null || !Number.isFinite(skewMs)) return null;
  const offsets = tapsAt.filter(Number.isFinite).map((at) => tapOffset(at - skewMs));
  if (offsets.length === 0) return null;
  // The circular mean: a tap just under +15 s and one just over −15 s mean "about 15 s", not 0.
  const x = offsets.reduce((sum, o) => sum + Math.cos(angle(o)), 0);
  const y = offsets.reduce((sum, o) => sum + Math.sin(angle(o)), 0);
  const mean = (Math.atan2(y, x) / (2 * Math.PI)) * stepMs;
  const offsetMs = Math.round(tapOffset(-mean));
  const spreadMs = Math.round(Math.max(...offsets.map((o) => circularDistance(o, offsetMs))));
  return { offsetMs, spreadMs, taps: offsets.length };
}

/**
 * The two readings a folded offset stands for, both said honestly: 7 s behind is also 23 s ahead
 * (and any whole number of 30 s more), and taps alone cannot tell which.
 */
export function foldedReadings(offsetMs: number): { behindMs: number; aheadMs: number } {
  const behind = offsetMs <= 0 ? 0 - offsetMs : stepMs - offsetMs;
  return { behindMs: behind, aheadMs: stepMs - behind };
}
