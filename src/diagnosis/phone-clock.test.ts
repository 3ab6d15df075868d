import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { circularDistance, foldedReadings, phoneClock, tapOffset } from './phone-clock';

const T = 1_764_000_000_000; // a whole multiple of 30 s
expect(T % 30_000).toBe(0);

describe('one tap', () => {
  test.each([
    // [case, phone minus reference (truth), folded offset expected]
    ['in step', 0, 0],
    ['7 s behind', -7_000, -7_000],
    ['7 s ahead', 7_000, 7_000],
    ['14.9 s ahead', 14_900, 14_900],
    ['23 s ahead reads as 7 s behind', 23_000, -7_000],
    ['37 s behind reads as 7 s behind', -37_000, -7_000],
    ['2 min behind reads as in step', -120_000, 0],
  ])('%s', (_case, truth, folded) => {
    // The phone shows a new code when its own clock is at T; the reference is then T − truth.
    expect(tapOffset(T - truth)).toBe(folded);
  });

  test('always within −15 s … +15 s', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (ref) => {
        const o = tapOffset(ref);
        return o >= -15_000 && o < 15_000;
      }),
    );
  });
});

describe('taps against the clock check', () => {
  // Taps made with this computer `skew` ms ahead of the reference, the phone `truth` ms off.
  const tapsFor = (truth: number, skew: number, noise: number[]) =>
    noise.map((n, i) => T + i * 30_000 - truth + skew + n);

  test.each([
    ['computer right, phone 7 s behind', -7_000, 0, [0], -7_000, 0],
    ['computer 95 s ahead, phone right', 0, 95_000, [0], 0, 0],
    ['computer 95 s ahead, phone 7 s behind', -7_000, 95_000, [0], -7_000, 0],
    ['three taps by hand, each a little late or early', 5_000, 0, [200, -300, 400], 4_900, 400],
  ])('%s', (_case, truth, skew, noise, offsetMs, spreadMs) => {
    const got = phoneClock(tapsFor(truth, skew, noise), skew);
    expect(got?.taps).toBe(noise.length);
    expect(Math.abs((got?.offsetMs ?? Number.NaN) - offsetMs)).toBeLessThanOrEqual(1);
    expect(Math.abs((got?.spreadMs ?? Number.NaN) - spreadMs)).toBeLessThanOrEqual(1);
  });

  test('taps on both sides of ±15 s average to about 15 s, not to 0', () => {
    const got = phoneClock([T - 14_800, T + 30_000 - 15_200], 0);
    expect(Math.abs(Math.abs(got?.offsetMs ?? 0) - 15_000)).toBeLessThanOrEqual(1);
    expect(got?.spreadMs).toBeLessThanOrEqual(201);
  });

  test('a tap before the clock check has an answer is kept, not guessed at', () => {
    expect(phoneClock([T], null)).toBeNull();
    expect(phoneClock([T + 3_000], 3_000)).toMatchObject({ offsetMs: 0, taps: 1 });
  });

  test('no tap, or nonsense, gives nothing', () => {
    expect(phoneClock([], 0)).toBeNull();
    expect(phoneClock([Number.NaN], 0)).toBeNull();
    expect(phoneClock([T], Number.POSITIVE_INFINITY)).toBeNull();
  });

  test('property: one exact tap recovers any offset inside ±15 s within 1 ms', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -14_999, max: 14_999 }),
        fc.integer({ min: -600_000, max: 600_000 }),
        fc.integer({ min: 0, max: 1_000 }),
        (truth, skew, k) => {
          const got = phoneClock([T + k * 30_000 - truth + skew], skew);
          return got !== null && Math.abs(got.offsetMs - truth) <= 1;
        },
      ),
    );
  });
});

test.each([
  [-7_000, 7_000, 23_000],
  [7_000, 23_000, 7_000],
  [0, 0, 30_000],
  [-15_000, 15_000, 15_000],
])('offset %d ms reads as %d ms behind or %d ms ahead', (offset, behind, ahead) => {
  expect(foldedReadings(offset)).toEqual({ behindMs: behind, aheadMs: ahead });
});

test('circular distance goes the short way round', () => {
  expect(circularDistance(14_000, -14_000)).toBe(2_000);
  expect(circularDistance(-1_000, 1_000)).toBe(2_000);
});
