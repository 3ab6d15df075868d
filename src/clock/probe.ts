/**
 * The fetching glue of the clock check. Everything it touches comes in as parameters (`fetch`,
 * `now`, `sleep`), so tests run it on a fake network and a fake clock; the math is in
 * `estimate.ts`.
 */

import { parseTraceLocation, type TraceLocation } from '../network/trace-location';
import {
  type ClockResult,
  intersect,
  nextProbeDelay,
  type Sample,
  type SourceFailure,
  type SourceState,
  summarize,
} from './estimate';
import { isRobotsTxt, parseDateHeader, parseTrace } from './parse';
import type { ClockSource, SourceKind } from './sources';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;
/** Resolves after `ms`, or at once when `signal` aborts; never rejects. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
/** The local wall clock, ms since the epoch: the clock being checked. */
export type Now = () => number;

export type ProbeMethod = 'HEAD' | 'GET';

export type ProbeOutcome =
  /** `location`: where a trace says the connection leaves from (trace sources only). */
  | { ok: true; sample: Sample; method: ProbeMethod; location?: TraceLocation | null }
  | { ok: false; failure: SourceFailure; detail: string };

export const clockCheckDefaults = {
  /** The whole check; PRODUCT.md wants `unknown` within 6 s when nothing answers. */
  budgetMs: 5_000,
  timeoutMs: 3_000,
  samplesPerSource: 5,
  /** A trace body is ~300 bytes; anything this big is a portal page or worse. */
  maxBytes: 64 * 1024,
  /** Below this error bar another sample buys nothing the user could see. */
  goodEnoughMs: 20,
} as const;

const fail = (failure: SourceFailure, detail: string): ProbeOutcome => ({
  ok: false,
  failure,
  detail,
});

const discard = (res: Response) => {
  res.body?.cancel().catch(() => {});
};

/** The body as text, or null past `maxBytes`, reading no further than that (and cancelling). */
async function readCapped(res: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    discard(res);
    return null;
  }
  const reader = res.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * One timed request to a time source. `sentAt` is taken just before `fetch` and `receivedAt` when
 * the headers arrive: the server read its clock in between, whatever the redirects and the body.
 * Fetch rejects with a TypeError on a network error
 * (https://fetch.spec.whatwg.org/#concept-network-error): `offline` when the browser says so or
 * cannot tell, else `blocked` (refused, unreachable, filtered, a redirect loop).
 */
export async function probeSource(o: {
  url: string;
  kind: SourceKind;
  fetch: FetchLike;
  now: Now;
  sleep: Sleep;
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
  /** Defaults to the URL's host. */
  source?: string;
  /** `date` sources start with HEAD; pass GET once a server refused HEAD. */
  method?: ProbeMethod;
  /** `navigator.onLine`, to tell offline from blocked. */
  online?: () => boolean;
}): Promise<ProbeOutcome> {
  const source = o.source ?? new URL(o.url).host;
  if (o.signal?.aborted) return fail('timeout', 'cancelled before sending');
  const ctl = new AbortController();
  const cancel = () => ctl.abort();
  o.signal?.addEventListener('abort', cancel, { once: true });
  // Settles on the timeout, or when the caller cancels; `finally` below releases the timer.
  const timeout = o.sleep(o.timeoutMs, ctl.signal).then(() => {
    ctl.abort();
    return fail('timeout', `no answer within ${o.timeoutMs} ms`);
  });

  const attempt = async (method: ProbeMethod, retried: boolean): Promise<ProbeOutcome> => {
    const sentAt = o.now();
    const res = await o.fetch(o.url, {
      method,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: ctl.signal,
    });
    const receivedAt = o.now();
    const sample = (
      serverTime: number,
      resolutionMs: number,
      location?: TraceLocation | null,
    ): ProbeOutcome => ({
      ok: true,
      method,
      sample: { source, sentAt, receivedAt, serverTime, resolutionMs },
      ...(location === undefined ? {} : { location }),
    });
    // An opaque answer (status 0) carries nothing readable.
    if (res.type === 'opaque' || res.type === 'opaqueredirect' || res.status === 0) {
      discard(res);
      return fail('blocked', `opaque response (${res.type})`);
    }
    // Some servers refuse HEAD (RFC 9110 §9.3.2 lets them); their GET answers the same question.
    if (method === 'HEAD' && !retried && (res.status === 405 || res.status === 501)) {
      discard(res);
      return attempt('GET', true);
    }
    if (!res.ok) {
      discard(res);
      return fail('http-error', `HTTP ${res.status}`);
    }
    // A robots.txt or a trace is served where it was asked for: an answer from another host is
    // a login page or a filter that the request was sent to instead.
    const landed = res.url ? new URL(res.url).host : new URL(o.url).host;
    if (o.kind !== 'date' && landed !== new URL(o.url).host) {
      discard(res);
      return fail('intercepted', `answered from ${landed}`);
    }
    const dateSample = (): ProbeOutcome => {
      const date = res.headers.get('date');
      const serverTime = parseDateHeader(date);
      if (serverTime === null)
        return fail('nonsense', date ? `Date: ${date.slice(0, 64)}` : 'no Date header');
      return sample(serverTime, 1000);
    };
    if (o.kind === 'date') {
      discard(res); // the clock is in the headers; the page is not needed
      return dateSample();
    }
    const body = await readCapped(res, o.maxBytes);
    if (body === null) return fail('nonsense', `body over ${o.maxBytes} bytes`);
    if (o.kind === 'robots') {
      return isRobotsTxt(body) ? dateSample() : fail('intercepted', 'not a robots.txt');
    }
    const serverTime = parseTrace(body);
    return serverTime === null
      ? fail('nonsense', 'no trace ts in the body')
      : sample(serverTime, 1, parseTraceLocation(body));
  };

  const guarded = attempt(o.kind === 'date' ? (o.method ?? 'HEAD') : 'GET', false).catch(
    (error: unknown): ProbeOutcome => {
      if (ctl.signal.aborted) return fail('timeout', `no answer within ${o.timeoutMs} ms`);
      if (error instanceof TypeError) {
        return o.online?.() === true
          ? fail('blocked', error.message)
          : fail('offline', error.message);
      }
      return fail('blocked', error instanceof Error ? error.message : String(error));
    },
  );
  try {
    // A fetch that ignores its signal must not hold the check: the timeout wins the race.
    return await Promise.race([guarded, timeout]);
  } finally {
    ctl.abort();
    o.signal?.removeEventListener('abort', cancel);
  }
}

export type ClockCheckOptions = {
  sources: readonly Pick<ClockSource, 'id' | 'url' | 'kind'>[];
  /** The id of the Seller Central source, which decides the verdict. */
  primary: string;
  fetch: FetchLike;
  now: Now;
  sleep: Sleep;
  budgetMs?: number;
  timeoutMs?: number;
  samplesPerSource?: number;
  maxBytes?: number;
  /** Each better result while the check runs (`done: false`), then the final one (`done: true`). */
  onProgress?: (result: ClockResult) => void;
  /** Where a trace source's answer says the connection leaves from (each trace that says). */
  onLocation?: (location: TraceLocation) => void;
  signal?: AbortSignal;
  online?: () => boolean;
};

/**
 * Asks all sources at once, several samples each, `Date` samples timed to land on the server's
 * second boundary. Reports as soon as any source gave a clock and after each refinement, and
 * ends (the final result, `done: true`, also passed to `onProgress`) within `budgetMs`.
 */
export async function runClockCheck(o: ClockCheckOptions): Promise<ClockResult> {
  const budgetMs = o.budgetMs ?? clockCheckDefaults.budgetMs;
  const timeoutMs = o.timeoutMs ?? clockCheckDefaults.timeoutMs;
  const samplesPerSource = o.samplesPerSource ?? clockCheckDefaults.samplesPerSource;
  const maxBytes = o.maxBytes ?? clockCheckDefaults.maxBytes;
  const deadline = o.now() + budgetMs;

  const ctl = new AbortController();
  const cancel = () => ctl.abort();
  o.signal?.addEventListener('abort', cancel, { once: true });

  const states = o.sources.map((s) => ({
    source: s.id,
    samples: [] as Sample[],
    failure: null as SourceFailure | null,
  })) satisfies SourceState[];
  let finished = false;
  const report = (done: boolean) => summarize({ primary: o.primary, sources: states, done });
  const progress = () => {
    if (!finished) o.onProgress?.(report(false));
  };

  const measure = async (src: ClockCheckOptions['sources'][number], i: number) => {
    const state = states[i];
    if (!state) return;
    let method: ProbeMethod = 'HEAD';
    for (let n = 0; n < samplesPerSource && !ctl.signal.aborted; n++) {
      const estimate = intersect(state.samples);
      if (estimate) {
        if (estimate.uncertaintyMs <= clockCheckDefaults.goodEnoughMs) return;
        const wait = nextProbeDelay(estimate, o.now());
        // An answer due after the deadline would only be cut off: keep what we have.
        if (o.now() + wait + estimate.rttMs > deadline) return;
        await o.sleep(wait, ctl.signal);
      }
      const remaining = deadline - o.now();
      if (remaining <= 0 || ctl.signal.aborted) return;
      const outcome = await probeSource({
        url: src.url,
        kind: src.kind,
        source: src.id,
        fetch: o.fetch,
        now: o.now,
        sleep: o.sleep,
        timeoutMs: Math.min(timeoutMs, remaining),
        maxBytes,
        signal: ctl.signal,
        method,
        ...(o.online ? { online: o.online } : {}),
      });
      if (!outcome.ok) {
        state.failure = outcome.failure;
        return;
      }
      method = outcome.method;
      if (outcome.location) o.onLocation?.(outcome.location);
      state.samples.push(outcome.sample);
      progress();
    }
  };

  try {
    await Promise.race([
      Promise.all(o.sources.map(measure)),
      // The budget holds even if a source misbehaves in a way nothing above foresaw.
      o.sleep(Math.max(0, deadline - o.now()), ctl.signal),
    ]);
  } finally {
    finished = true;
    ctl.abort();
    o.signal?.removeEventListener('abort', cancel);
  }
  const result = report(true);
  o.onProgress?.(result);
  return result;
}
