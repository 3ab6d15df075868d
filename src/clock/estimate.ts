/**
 * The clock math, pure: from timed requests to an offset with an error bar, per source and across
 * sources, and the verdict. Offset = local clock − reference clock (PRODUCT.md "Clock check"), so
 * a positive offset means the computer is ahead.
 */

/** One timed request: local clock (ms) when sent and when answered, and the clock it reported. */
export type Sample = {
  source: string;
  sentAt: number;
  receivedAt: number;
  /** The server's clock in ms, truncated to `resolutionMs` (a `Date` header drops the ms). */
  serverTime: number;
  /** 1000 for a `Date` header, 1 for Cloudflare's trace `ts`. */
  resolutionMs: number;
};

/** Bounds on the offset, both included; `lo <= hi` unless they came from an empty intersection. */
export type Interval = { lo: number; hi: number };

/** An offset with its error bar: the truth is within offsetMs ± uncertaintyMs. */
export type Offset = { offsetMs: number; uncertaintyMs: number };

/**
 * What one sample proves. The server read its clock at some local instant in [sentAt, receivedAt]
 * (causality, whatever the split of the round trip), and its true time then was in
 * [serverTime, serverTime + resolutionMs): a truncated `Date` means its second has begun.
 */
export function sampleInterval(s: Sample): Interval {
  return { lo: s.sentAt - (s.serverTime + s.resolutionMs), hi: s.receivedAt - s.serverTime };
}

/**
 * The middle of an interval and its half-width. For one sample that is the offset at the
 * midpoint of the request against the middle of the server's tick:
 * ((sentAt + receivedAt) / 2) − (serverTime + resolutionMs / 2), ± RTT/2 + resolutionMs/2
 * (the NTP on-wire idea, RFC 5905 §8, https://www.rfc-editor.org/rfc/rfc5905#section-8).
 */
const fromInterval = ({ lo, hi }: Interval): Offset => ({
  offsetMs: (lo + hi) / 2,
  uncertaintyMs: (hi - lo) / 2,
});

/** A source's best estimate from all its samples. */
export type SourceEstimate = Offset &
  Interval & {
    source: string;
    samples: number;
    /** The fastest round trip seen: the next request on a warm connection takes about as long. */
    rttMs: number;
    resolutionMs: number;
    /** The samples' intervals had no common point (a clock step, or servers that differ). */
    inconsistent: boolean;
  };

/**
 * Narrows a source's offset by intersecting what each of its samples proves (as htpdate does
 * for `Date` headers, https://github.com/twekkel/htpdate): a request that lands just after the
 * server's second ticks over pins the offset far better than the 1 s resolution. If the
 * intervals do not meet, the clock is not one steady clock: keep the tightest single sample and
 * say so.
 */
export function intersect(samples: readonly Sample[]): SourceEstimate | null {
  const first = samples[0];
  if (!first) return null;
  const intervals = samples.map(sampleInterval);
  let lo = Math.max(...intervals.map((i) => i.lo));
  let hi = Math.min(...intervals.map((i) => i.hi));
  const inconsistent = lo > hi;
  if (inconsistent) {
    const widths = intervals.map((i) => i.hi - i.lo);
    const best = intervals[widths.indexOf(Math.min(...widths))] ?? sampleInterval(first);
    ({ lo, hi } = best);
  }
  return {
    source: first.source,
    ...fromInterval({ lo, hi }),
    lo,
    hi,
    samples: samples.length,
    rttMs: Math.min(...samples.map((s) => s.receivedAt - s.sentAt)),
    resolutionMs: Math.max(...samples.map((s) => s.resolutionMs)),
    inconsistent,
  };
}

/**
 * How long to wait (ms, in [0, resolutionMs)) before the next request so the server reads its
 * clock as close as we can tell to the local instant that splits the current interval in half:
 * whichever second it then reports cuts the interval down to about half plus RTT/2.
 * The server's tick B falls at local time B + offset; we aim the middle of the request there.
 */
export function nextProbeDelay(
  estimate: Pick<SourceEstimate, 'lo' | 'hi' | 'rttMs' | 'resolutionMs'>,
  now: number,
): number {
  const tick = estimate.resolutionMs;
  if (tick <= 1) return 0;
  const mid = (estimate.lo + estimate.hi) / 2;
  // Send at B + mid − rtt/2 for the first server tick B that is still ahead of us.
  const lead = mid - estimate.rttMs / 2;
  const boundary = Math.ceil((now - lead) / tick) * tick;
  const delay = boundary + lead - now;
  return Math.min(Math.max(delay, 0), tick - 1);
}

/**
 * Two sources agree when their intervals overlap. The slack allows for the few ms by which two
 * well-kept servers (NTP-synchronised, RFC 5905) may differ.
 */
export const agreementSlackMs = 100;

export type SourceOffset = Offset & { source: string };

export type Disagreement = SourceOffset & {
  /** Its offset minus the deciding figure: how far apart the two clocks are. */
  differenceMs: number;
};

export type Combined = Offset & {
  /** The source that holds the verdict: the primary when it answered, else the tightest. */
  decidedBy: string;
  /** Sources within each other's error bars of `decidedBy`, itself included. */
  agreeing: string[];
  /** The source whose interval gives the figure: the tightest of `agreeing`. */
  figureFrom: string;
  disagreements: Disagreement[];
};

const agree = (a: Offset, b: Offset): boolean =>
  Math.abs(a.offsetMs - b.offsetMs) <= a.uncertaintyMs + b.uncertaintyMs + agreementSlackMs;

const tightest = <T extends Offset>(list: readonly T[]): T | undefined =>
  list.reduce<T | undefined>(
    (best, x) => (best === undefined || x.uncertaintyMs < best.uncertaintyMs ? x : best),
    undefined,
  );

/**
 * Reconciles the sources. The primary (the Seller Central host, whose clock judges the code)
 * decides when it answered; sources that agree with it lend their tighter interval; sources that
 * disagree are listed, never averaged in, since an average of two clocks an hour apart is neither.
 */
export function combine(perSource: readonly SourceOffset[], primary: string): Combined | null {
  const anchor = perSource.find((s) => s.source === primary) ?? tightest(perSource);
  if (!anchor) return null;
  const agreeing = perSource.filter((s) => s === anchor || agree(s, anchor));
  const figure = tightest(agreeing) ?? anchor;
  return {
    decidedBy: anchor.source,
    offsetMs: figure.offsetMs,
    uncertaintyMs: figure.uncertaintyMs,
    agreeing: agreeing.map((s) => s.source),
    figureFrom: figure.source,
    disagreements: perSource
      .filter((s) => !agreeing.includes(s))
      .map((s) => ({
        source: s.source,
        offsetMs: s.offsetMs,
        uncertaintyMs: s.uncertaintyMs,
        differenceMs: s.offsetMs - figure.offsetMs,
      })),
  };
}

/** PRODUCT.md: `ok` under 5 s, `warn` from 5 s to under 30 s, `bad` from 30 s. */
export const clockThresholds = { warnFromMs: 5_000, badFromMs: 30_000 } as const;

export const verdicts = ['ok', 'warn', 'bad', 'unknown'] as const;
export type Verdict = (typeof verdicts)[number];

export function verdict(offsetMs: number | null): Verdict {
  if (offsetMs === null || !Number.isFinite(offsetMs)) return 'unknown';
  const skew = Math.abs(offsetMs);
  if (skew >= clockThresholds.badFromMs) return 'bad';
  return skew >= clockThresholds.warnFromMs ? 'warn' : 'ok';
}

/** Why a source gave no clock; `blocked` covers refused, unreachable and filtered alike. */
export const sourceFailures = [
  'timeout',
  'offline',
  'blocked',
  'nonsense',
  'http-error',
  /** Something in between (a Wi-Fi login page, a filter) answered in the source's place. */
  'intercepted',
] as const;
export type SourceFailure = (typeof sourceFailures)[number];

/** `pending`: no answer yet while the check runs. */
export type SourceStatus = 'ok' | 'pending' | SourceFailure;

/** What the check knows of one source so far. */
export type SourceState = {
  source: string;
  samples: readonly Sample[];
  /** Why it stopped answering, if it did; ignored once it gave a sample. */
  failure?: SourceFailure | null;
};

export type SourceReport = {
  source: string;
  status: SourceStatus;
  offsetMs?: number;
  uncertaintyMs?: number;
  samples: number;
  inconsistent?: boolean;
};

export type ClockResult = {
  verdict: Verdict;
  /** Local − reference, whole ms; null while unknown. */
  skewMs: number | null;
  /** Whole ms, rounded up so the error bar is never understated. */
  uncertaintyMs: number | null;
  decidedBy: string | null;
  sources: SourceReport[];
  disagreements: Disagreement[];
  done: boolean;
};

// `+ 0` turns −0 into 0, so a data attribute never reads "-0".
const whole = (ms: number) => Math.round(ms) + 0;
const upTo = (ms: number) => Math.ceil(ms) + 0;

/** The check's state as the UI shows it. */
export function summarize(input: {
  primary: string;
  sources: readonly SourceState[];
  done: boolean;
}): ClockResult {
  const estimates = input.sources
    .map((s) => intersect(s.samples))
    .filter((e): e is SourceEstimate => e !== null);
  const combined = combine(estimates, input.primary);
  const skewMs = combined ? whole(combined.offsetMs) : null;
  return {
    verdict: verdict(skewMs),
    skewMs,
    uncertaintyMs: combined ? upTo(combined.uncertaintyMs) : null,
    decidedBy: combined?.decidedBy ?? null,
    sources: input.sources.map((s): SourceReport => {
      const e = estimates.find((x) => x.source === s.source);
      // A source still silent when the check ends ran out of time.
      const status = s.failure ?? (input.done ? 'timeout' : 'pending');
      if (!e) return { source: s.source, status, samples: 0 };
      return {
        source: s.source,
        status: 'ok',
        offsetMs: whole(e.offsetMs),
        uncertaintyMs: upTo(e.uncertaintyMs),
        samples: e.samples,
        ...(e.inconsistent ? { inconsistent: true } : {}),
      };
    }),
    disagreements: (combined?.disagreements ?? []).map((d) => ({
      source: d.source,
      offsetMs: whole(d.offsetMs),
      uncertaintyMs: upTo(d.uncertaintyMs),
      differenceMs: whole(d.differenceMs),
    })),
    done: input.done,
  };
}
