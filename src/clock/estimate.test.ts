import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  agreementSlackMs,
  clockThresholds,
  combine,
  intersect,
  nextProbeDelay,
  type Sample,
  sampleInterval,
  summarize,
  verdict,
} from './estimate';

const T0 = Date.parse('2024-11-27T09:33:20.000Z');
const minutes = (m: number, s = 0) => (m * 60 + s) * 1000;

/**
 * A request to a server whose clock reads `local − trueOffset`: it leaves at `sentAt`, reaches
 * the server after `out` ms and comes back after `back` more. A `Date` header truncates to the
 * second.
 */
function simulate(o: {
  trueOffset: number;
  sentAt: number;
  out: number;
  back: number;
  resolutionMs?: number;
  source?: string;
}): Sample {
  const resolutionMs = o.resolutionMs ?? 1000;
  const serverClock = o.sentAt + o.out - o.trueOffset;
  return {
    source: o.source ?? 'sellercentral.amazon.com',
    sentAt: o.sentAt,
    receivedAt: o.sentAt + o.out + o.back,
    serverTime: Math.floor(serverClock / resolutionMs) * resolutionMs,
    resolutionMs,
  };
}

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Float error: near 1.7e12 ms a double's step is about 2e-4 ms; a microsecond means nothing here. */
const eps = 1e-3;

const contains = (o: { offsetMs: number; uncertaintyMs: number }, truth: number) =>
  Math.abs(o.offsetMs - truth) <= o.uncertaintyMs + eps;

/** One sample alone: its estimate is its own interval's middle and half-width. */
const offsetOf = (s: Sample) => {
  const e = intersect([s]);
  if (!e) throw new Error('one sample gave no estimate');
  return { offsetMs: e.offsetMs, uncertaintyMs: e.uncertaintyMs };
};

describe('one sample', () => {
  test.each([
    // [case, true offset, out, back, resolution, expected offset, expected uncertainty]
    ['trace, symmetric 100 ms', 0, 50, 50, 1, -0.5, 50.5],
    ['trace, 2 min 13 s ahead', minutes(2, 13), 50, 50, 1, minutes(2, 13) - 0.5, 50.5],
    ['trace, 2 min 13 s behind', -minutes(2, 13), 50, 50, 1, -minutes(2, 13) - 0.5, 50.5],
    ['trace, 400 ms out, none back', 0, 400, 0, 1, -200.5, 200.5],
    ['trace, none out, 400 ms back', 0, 0, 400, 1, 199.5, 200.5],
    ['Date, symmetric 100 ms, tick at send', 0, 50, 50, 1000, -450, 550],
    ['Date, 2 min 13 s behind', -minutes(2, 13), 50, 50, 1000, -minutes(2, 13) - 450, 550],
  ])('%s', (_case, trueOffset, out, back, resolutionMs, offsetMs, uncertaintyMs) => {
    // Sent on a whole server second, so the truncation is known; the server reads its clock
    // `out` ms later, which the midpoint takes as RTT/2: the error is (back − out) / 2.
    const sentAt = T0 + trueOffset;
    const s = simulate({ trueOffset, sentAt, out, back, resolutionMs });
    expect(offsetOf(s)).toEqual({ offsetMs, uncertaintyMs });
    expect(contains(offsetOf(s), trueOffset)).toBe(true);
  });

  test('the formula of the brief: midpoint against the middle of the server second', () => {
    const s: Sample = {
      source: 'x',
      sentAt: 1_000,
      receivedAt: 1_300,
      serverTime: 500_000,
      resolutionMs: 1000,
    };
    expect(offsetOf(s)).toEqual({
      offsetMs: (1_000 + 1_300) / 2 - (500_000 + 500),
      uncertaintyMs: 300 / 2 + 1000 / 2,
    });
  });

  test('property (fast-check): for any latency split inside the round trip the interval holds the truth', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -400 * 86_400_000, max: 400 * 86_400_000, noNaN: true }),
        fc.double({ min: 0, max: 3_000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(1, 1000),
        fc.double({ min: 0, max: 86_400_000, noNaN: true }),
        (trueOffset, rtt, split, resolutionMs, later) => {
          const out = rtt * split;
          const s = simulate({
            trueOffset,
            sentAt: T0 + later,
            out,
            back: rtt - out,
            resolutionMs,
          });
          const interval = sampleInterval(s);
          return (
            interval.lo - eps <= trueOffset &&
            trueOffset <= interval.hi + eps &&
            contains(offsetOf(s), trueOffset)
          );
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('intersect', () => {
  test('no samples, no estimate', () => {
    expect(intersect([])).toBeNull();
  });

  test('one sample is its own interval', () => {
    const s = simulate({ trueOffset: 1234, sentAt: T0, out: 40, back: 60 });
    const e = intersect([s]);
    const { lo, hi } = sampleInterval(s);
    expect(e).toMatchObject({ lo, hi, offsetMs: (lo + hi) / 2, uncertaintyMs: (hi - lo) / 2 });
    expect(e).toMatchObject({ samples: 1, rttMs: 100 });
    expect(e?.inconsistent).toBe(false);
  });

  test('property: the intersection of any samples of one steady clock holds the truth', () => {
    const next = random(7);
    for (let i = 0; i < 1_000; i++) {
      const trueOffset = (next() - 0.5) * 600_000;
      let t = T0 + next() * 1_000_000;
      const samples = Array.from({ length: 1 + Math.floor(next() * 8) }, () => {
        const rtt = 20 + next() * 800;
        const out = next() * rtt;
        const s = simulate({ trueOffset, sentAt: t, out, back: rtt - out });
        t = s.receivedAt + next() * 1500;
        return s;
      });
      const e = intersect(samples);
      expect(e?.inconsistent).toBe(false);
      expect(e && contains(e, trueOffset)).toBe(true);
      // Never worse than the best single sample.
      const single = Math.min(...samples.map((s) => offsetOf(s).uncertaintyMs));
      expect(e?.uncertaintyMs).toBeLessThanOrEqual(single);
    }
  });

  test.each([
    ['symmetric 80 ms', 40, 40, 0],
    ['symmetric 80 ms, 2 min 13 s behind', 40, 40, -minutes(2, 13) - 0.37],
    ['asymmetric 120 ms, 7.5 s ahead', 100, 20, 7_512.25],
    ['fast 30 ms, 1 day ahead', 15, 15, 86_400_000 + 999.9],
  ])(
    'timed across the second boundary, %s: below 200 ms wide after 6 samples',
    (_c, out, back, trueOffset) => {
      const next = random(42);
      for (let start = 0; start < 1000; start += 37) {
        let now = T0 + start;
        const samples: Sample[] = [];
        for (let i = 0; i < 6; i++) {
          const e = intersect(samples);
          if (e) now += nextProbeDelay(e, now);
          // ±5 ms of jitter on each leg: the aim is never perfect.
          const s = simulate({
            trueOffset,
            sentAt: now,
            out: out + (next() - 0.5) * 10,
            back: back + (next() - 0.5) * 10,
          });
          samples.push(s);
          now = s.receivedAt;
        }
        const e = intersect(samples);
        expect(e?.inconsistent).toBe(false);
        expect(e && contains(e, trueOffset)).toBe(true);
        expect(e && e.hi - e.lo).toBeLessThan(200);
      }
    },
  );

  test('samples sent without aiming stay about a second wide', () => {
    // Every request lands at the same point of the server's second: truncation tells nothing new.
    const samples = [0, 1, 2, 3, 4, 5].map((k) =>
      simulate({ trueOffset: 0, sentAt: T0 + 200 + k * 1000, out: 40, back: 40 }),
    );
    expect(intersect(samples)?.uncertaintyMs).toBeGreaterThan(450);
  });

  test('a clock that jumps is flagged, and the tightest sample kept', () => {
    const a = simulate({ trueOffset: 0, sentAt: T0, out: 100, back: 100 });
    const b = simulate({ trueOffset: 3_000, sentAt: T0 + 5_000, out: 20, back: 20 });
    const e = intersect([a, b]);
    expect(e?.inconsistent).toBe(true);
    expect(e).toMatchObject(offsetOf(b));
  });
});

describe('nextProbeDelay', () => {
  const estimate = (lo: number, hi: number, rttMs = 100, resolutionMs = 1000) => ({
    lo,
    hi,
    rttMs,
    resolutionMs,
  });

  test('aims the middle of the request at the local instant of the server tick', () => {
    // Offset in [0, 1000]: the server ticks at local B + 500 if the offset is 500, the middle.
    const d = nextProbeDelay(estimate(0, 1000), T0 + 100);
    // Send at T0 + 500 − 50, so the request is halfway through at T0 + 500.
    expect(d).toBe(350);
  });

  test('waits for the next tick when this one is already past', () => {
    expect(nextProbeDelay(estimate(0, 1000), T0 + 460)).toBe(990);
  });

  test('works for offsets of days, either sign', () => {
    const lo = -86_400_000 - 1_250;
    const d = nextProbeDelay(estimate(lo, lo + 100, 40), T0);
    expect(d).toBeGreaterThanOrEqual(0);
    expect(d).toBeLessThan(1000);
    // Halfway through the request the server's clock is on a whole second.
    const mid = (lo + lo + 100) / 2;
    expect((((T0 + d + 20 - mid) % 1000) + 1000) % 1000).toBeCloseTo(0, 6);
  });

  test('a millisecond clock needs no aiming', () => {
    expect(nextProbeDelay(estimate(0, 100, 100, 1), T0)).toBe(0);
  });
});

describe('combine', () => {
  const sc = 'sellercentral.amazon.de';
  const cf = 'www.cloudflare.com';

  test('nothing answered: nothing to combine', () => {
    expect(combine([], sc)).toBeNull();
  });

  test('agreeing sources: the tightest interval gives the figure, Seller Central decides', () => {
    const c = combine(
      [
        { source: sc, offsetMs: -133_200, uncertaintyMs: 520 },
        { source: cf, offsetMs: -133_050, uncertaintyMs: 40 },
      ],
      sc,
    );
    expect(c).toEqual({
      decidedBy: sc,
      offsetMs: -133_050,
      uncertaintyMs: 40,
      agreeing: [sc, cf],
      figureFrom: cf,
      disagreements: [],
    });
  });

  test('within the slack still agrees; beyond it does not', () => {
    const at = (gap: number) =>
      combine(
        [
          { source: sc, offsetMs: 0, uncertaintyMs: 50 },
          { source: cf, offsetMs: 50 + 10 + gap, uncertaintyMs: 10 },
        ],
        sc,
      );
    expect(at(agreementSlackMs)?.disagreements).toEqual([]);
    expect(at(agreementSlackMs + 1)?.disagreements).toHaveLength(1);
  });

  test('sources an hour apart are reported, not averaged; Seller Central decides', () => {
    const c = combine(
      [
        { source: cf, offsetMs: 3_600_010, uncertaintyMs: 30 },
        { source: sc, offsetMs: 200, uncertaintyMs: 600 },
      ],
      sc,
    );
    expect(c).toMatchObject({ decidedBy: sc, offsetMs: 200, uncertaintyMs: 600, agreeing: [sc] });
    expect(c?.disagreements).toEqual([
      { source: cf, offsetMs: 3_600_010, uncertaintyMs: 30, differenceMs: 3_599_810 },
    ]);
  });

  test('without Seller Central the tightest other source decides', () => {
    const c = combine(
      [
        { source: 'time.example', offsetMs: 9_000, uncertaintyMs: 700 },
        { source: cf, offsetMs: 45_000, uncertaintyMs: 30 },
      ],
      sc,
    );
    expect(c).toMatchObject({ decidedBy: cf, offsetMs: 45_000, figureFrom: cf });
    expect(c?.disagreements.map((d) => d.source)).toEqual(['time.example']);
  });

  test('a third source agreeing with the decider is combined even if another disagrees', () => {
    const c = combine(
      [
        { source: sc, offsetMs: 8_000, uncertaintyMs: 600 },
        { source: cf, offsetMs: -3_000_000, uncertaintyMs: 20 },
        { source: 'time.example', offsetMs: 8_100, uncertaintyMs: 80 },
      ],
      sc,
    );
    expect(c).toMatchObject({ decidedBy: sc, figureFrom: 'time.example', offsetMs: 8_100 });
    expect(c?.agreeing).toEqual([sc, 'time.example']);
    expect(c?.disagreements.map((d) => d.source)).toEqual([cf]);
  });
});

describe('verdict', () => {
  test('thresholds are those of PRODUCT.md', () => {
    expect(clockThresholds).toEqual({ warnFromMs: 5_000, badFromMs: 30_000 });
  });

  test.each([
    [0, 'ok'],
    [4_999, 'ok'],
    [-4_999, 'ok'],
    [5_000, 'warn'],
    [-5_000, 'warn'],
    [-minutes(0, 8), 'warn'],
    [29_999, 'warn'],
    [30_000, 'bad'],
    [-30_000, 'bad'],
    [minutes(2, 13), 'bad'],
    [-86_400_000, 'bad'],
    [null, 'unknown'],
    [Number.NaN, 'unknown'],
  ] as const)('%s ms → %s', (offset, expected) => {
    expect(verdict(offset)).toBe(expected);
  });
});

describe('summarize', () => {
  const sc = 'sellercentral.amazon.com';
  const cf = 'www.cloudflare.com';
  const trace = (trueOffset: number, sentAt: number) =>
    simulate({ trueOffset, sentAt, out: 30, back: 30, resolutionMs: 1, source: cf });
  const date = (trueOffset: number, sentAt: number) =>
    simulate({ trueOffset, sentAt, out: 30, back: 30, source: sc });

  test('no source answered: unknown, with each reason', () => {
    const r = summarize({
      primary: sc,
      sources: [
        { source: sc, samples: [], failure: 'offline' },
        { source: cf, samples: [], failure: 'nonsense' },
      ],
      done: true,
    });
    expect(r).toEqual({
      verdict: 'unknown',
      skewMs: null,
      uncertaintyMs: null,
      decidedBy: null,
      sources: [
        { source: sc, status: 'offline', samples: 0 },
        { source: cf, status: 'nonsense', samples: 0 },
      ],
      disagreements: [],
      done: true,
    });
  });

  test('while running a silent source is pending; at the end it timed out', () => {
    const running = summarize({
      primary: sc,
      sources: [{ source: sc, samples: [] }],
      done: false,
    });
    expect(running.sources[0]?.status).toBe('pending');
    expect(running.verdict).toBe('unknown');
    const over = summarize({ primary: sc, sources: [{ source: sc, samples: [] }], done: true });
    expect(over.sources[0]?.status).toBe('timeout');
  });

  test('2 min 13 s behind, to the ms, with the uncertainty rounded up', () => {
    const truth = -minutes(2, 13) - 0.3;
    const r = summarize({
      primary: sc,
      sources: [
        { source: sc, samples: [date(truth, T0 + truth)] },
        { source: cf, samples: [trace(truth, T0 + 3_000), trace(truth, T0 + 3_100)] },
      ],
      done: false,
    });
    expect(r).toMatchObject({ verdict: 'bad', decidedBy: sc, done: false, disagreements: [] });
    expect(Number.isInteger(r.skewMs)).toBe(true);
    expect(Number.isInteger(r.uncertaintyMs)).toBe(true);
    expect(Math.abs((r.skewMs ?? 0) - truth)).toBeLessThanOrEqual(r.uncertaintyMs ?? 0);
    expect(r.uncertaintyMs).toBe(31); // Cloudflare's 30.5 ms, rounded up
    expect(r.sources).toEqual([
      { source: sc, status: 'ok', offsetMs: -133_470, uncertaintyMs: 530, samples: 1 },
      { source: cf, status: 'ok', offsetMs: -133_000, uncertaintyMs: 31, samples: 2 },
    ]);
  });

  test('a source that failed after answering keeps its samples', () => {
    const r = summarize({
      primary: sc,
      sources: [{ source: sc, samples: [date(0, T0)], failure: 'timeout' }],
      done: true,
    });
    expect(r.sources[0]?.status).toBe('ok');
    expect(r.verdict).toBe('ok');
  });

  test('Seller Central decides against a Cloudflare an hour off', () => {
    const r = summarize({
      primary: sc,
      sources: [
        { source: sc, samples: [date(45_000, T0)] },
        { source: cf, samples: [trace(45_000 - 3_600_000, T0)] },
      ],
      done: true,
    });
    expect(r.verdict).toBe('bad');
    expect(r.decidedBy).toBe(sc);
    expect(r.disagreements).toHaveLength(1);
    expect(r.disagreements[0]).toMatchObject({ source: cf });
    expect(Math.round((r.disagreements[0]?.differenceMs ?? 0) / 60_000)).toBe(-60);
  });

  test('only Cloudflare answered: it decides', () => {
    const r = summarize({
      primary: sc,
      sources: [
        { source: sc, samples: [], failure: 'blocked' },
        { source: cf, samples: [trace(6_000, T0)] },
      ],
      done: true,
    });
    expect(r).toMatchObject({ verdict: 'warn', decidedBy: cf, skewMs: 6_000 });
  });

  test('never reports −0', () => {
    const s: Sample = {
      source: cf,
      sentAt: T0,
      receivedAt: T0 + 1,
      serverTime: T0 + 1,
      resolutionMs: 0,
    };
    const r = summarize({ primary: sc, sources: [{ source: cf, samples: [s] }], done: true });
    expect(Object.is(r.skewMs, 0)).toBe(true);
  });
});
