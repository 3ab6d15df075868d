import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browserWorld } from './browser-world';
import type { ClockResult } from './estimate';
import { type FetchLike, probeSource, runClockCheck } from './probe';
import { cloudflareTrace, sellerCentralSource } from './sources';

const T0 = Date.parse('2024-11-27T09:33:20.250Z');
const sc = sellerCentralSource('sellercentral.amazon.de');
const cf = cloudflareTrace;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

const { now, sleep } = browserWorld; // Date.now and setTimeout, both faked above
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Call = { url: string; init: RequestInit; at: number };

/**
 * A time server on the fake clock: its clock reads the local one shifted by `shiftMs` (so the
 * true skew is −shiftMs), the request reaches it after `out` ms and the answer comes back after
 * `back` more. `reply` builds the answer from the server's clock.
 */
function server(o: {
  shiftMs?: number;
  out?: number;
  back?: number;
  reply?: (serverNow: number, init: RequestInit) => Response | Promise<Response>;
}) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init, at: Date.now() });
    await wait(o.out ?? 50);
    const serverNow = Date.now() + (o.shiftMs ?? 0);
    const res = await (o.reply ?? dateReply)(serverNow, init);
    await wait(o.back ?? 50);
    return res;
  };
  return { fetch, calls };
}

/** Seller Central's robots.txt; a `date` source's HEAD reads only its `Date`. */
const robotsBody = 'User-agent: *\nAllow: /seller-forums\nDisallow: /\n';
const dateReply = (serverNow: number) =>
  new Response(robotsBody, {
    status: 200,
    headers: { date: new Date(serverNow).toUTCString(), 'content-type': 'text/plain' },
  });

const traceReply = (serverNow: number) =>
  new Response(`fl=1\nh=www.cloudflare.com\nts=${(serverNow / 1000).toFixed(3)}\ncolo=FRA\n`, {
    status: 200,
    headers: { 'content-type': 'text/plain' },
  });

/** Routes by host, like the e2e's mocks on the real hostnames. */
function network(byHost: Record<string, FetchLike>): FetchLike {
  return (url, init) => {
    const handler = byHost[new URL(url).host];
    return handler ? handler(url, init) : Promise.reject(new TypeError('Failed to fetch'));
  };
}

const probe = (url: string, kind: 'date' | 'trace', fetch: FetchLike, extra = {}) =>
  probeSource({ url, kind, fetch, now, sleep, timeoutMs: 2_000, maxBytes: 65_536, ...extra });

/** Runs a promise to its end on the fake clock. */
async function settle<T>(p: Promise<T>): Promise<T> {
  let out: { value: T } | undefined;
  p.then((value) => {
    out = { value };
  });
  for (let i = 0; i < 1_000 && !out; i++) await vi.advanceTimersByTimeAsync(10);
  if (!out) throw new Error('never settled');
  return out.value;
}

describe('probeSource', () => {
  test('a Date source: HEAD, no cache, no cookies, redirects followed', async () => {
    const s = server({ shiftMs: -133_000, out: 40, back: 60 });
    const r = await settle(probe(sc.url, 'date', s.fetch));
    expect(s.calls).toHaveLength(1);
    expect(s.calls[0]?.init).toMatchObject({
      method: 'HEAD',
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
    });
    expect(s.calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
    expect(r).toEqual({
      ok: true,
      method: 'HEAD',
      sample: {
        source: 'sellercentral.amazon.de',
        sentAt: T0,
        receivedAt: T0 + 100,
        serverTime: Math.floor((T0 + 40 - 133_000) / 1000) * 1000,
        resolutionMs: 1000,
      },
    });
  });

  test('a trace source: GET, ts to the ms', async () => {
    const s = server({ shiftMs: 8_000, reply: traceReply });
    const r = await settle(probe(cf.url, 'trace', s.fetch));
    expect(s.calls[0]?.init.method).toBe('GET');
    expect(r).toMatchObject({ ok: true, sample: { serverTime: T0 + 50 + 8_000, resolutionMs: 1 } });
  });

  test('a trace also says where the connection leaves from; a Date source says nothing of it', async () => {
    const located = (t: number) =>
      new Response(`ts=${(t / 1000).toFixed(3)}\nloc=US\nwarp=on\n`, { status: 200 });
    const r = await settle(probe(cf.url, 'trace', server({ reply: located }).fetch));
    expect(r).toMatchObject({ ok: true, location: { country: 'US', warp: true } });
    const plain = await settle(probe(cf.url, 'trace', server({ reply: traceReply }).fetch));
    expect(plain).toMatchObject({ ok: true, location: null });
    const date = await settle(probe(sc.url, 'date', server({}).fetch));
    expect(date).not.toHaveProperty('location');
  });

  test('a trace with a country but no clock is no sample and no location', async () => {
    const r = await settle(
      probe(cf.url, 'trace', server({ reply: () => new Response('loc=US\nwarp=on\n') }).fetch),
    );
    expect(r).toEqual({ ok: false, failure: 'nonsense', detail: 'no trace ts in the body' });
  });

  test.each([405, 501])(
    'HEAD refused with %s: GET once, and the GET is the sample',
    async (status) => {
      const s = server({
        reply: (t, init) =>
          init.method === 'HEAD'
            ? new Response(null, { status })
            : new Response('<html>Seller Central</html>', {
                headers: { date: new Date(t).toUTCString() },
              }),
      });
      const r = await settle(probe(sc.url, 'date', s.fetch));
      expect(s.calls.map((c) => c.init.method)).toEqual(['HEAD', 'GET']);
      expect(r).toMatchObject({ ok: true, method: 'GET', sample: { sentAt: T0 + 100 } });
    },
  );

  test('a GET refused as well is an HTTP error, not a loop', async () => {
    const s = server({ reply: () => new Response(null, { status: 405 }) });
    const r = await settle(probe(sc.url, 'date', s.fetch));
    expect(s.calls).toHaveLength(2);
    expect(r).toEqual({ ok: false, failure: 'http-error', detail: 'HTTP 405' });
  });

  test.each([
    [
      'a captive portal: HTML with status 200',
      'trace',
      () => new Response('<!DOCTYPE html><html><body>Accept the terms</body></html>'),
      'nonsense',
    ],
    ['an empty trace', 'trace', () => new Response(''), 'nonsense'],
    ['a trace with ts=NaN', 'trace', () => new Response('fl=1\nts=NaN\n'), 'nonsense'],
    ['no Date header', 'date', () => new Response(null), 'nonsense'],
    [
      'an unparsable Date',
      'date',
      () => new Response(null, { headers: { date: 'yesterday-ish' } }),
      'nonsense',
    ],
    [
      'a Date in 1970',
      'date',
      () => new Response(null, { headers: { date: 'Thu, 01 Jan 1970 00:00:00 GMT' } }),
      'nonsense',
    ],
    [
      'a server error',
      'date',
      () => new Response(null, { status: 503, headers: { date: new Date().toUTCString() } }),
      'http-error',
    ],
    ['a trace 404', 'trace', () => new Response('Not Found', { status: 404 }), 'http-error'],
    ['an opaque answer', 'date', () => Response.error(), 'blocked'],
  ] as const)('%s → %s', async (_case, kind, reply, failure) => {
    const s = server({ reply });
    const r = await settle(probe(kind === 'date' ? sc.url : cf.url, kind, s.fetch));
    expect(r).toMatchObject({ ok: false, failure });
  });

  test('a 1 MB body is read no further than the cap, then cancelled', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode(`ts=1732700000.123\n${'x=y\n'.repeat(4_096)}`);
    const s = server({
      reply: () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(c) {
              if (pulled >= 1 << 20) return c.close();
              pulled += chunk.byteLength;
              c.enqueue(chunk);
            },
            cancel() {
              cancelled = true;
            },
          }),
        ),
    });
    const r = await settle(probe(cf.url, 'trace', s.fetch));
    expect(r).toMatchObject({ ok: false, failure: 'nonsense', detail: 'body over 65536 bytes' });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(65_536 + 3 * chunk.byteLength);
  });

  test('a declared 50 MB body is not read at all', async () => {
    const s = server({
      reply: () => new Response('ts=1\n', { headers: { 'content-length': String(50 << 20) } }),
    });
    expect(await settle(probe(cf.url, 'trace', s.fetch))).toMatchObject({ failure: 'nonsense' });
  });

  test('a slow source times out at the timeout, and its request is aborted', async () => {
    const s = server({ out: 10_000 });
    const r = await settle(probe(sc.url, 'date', s.fetch));
    expect(r).toMatchObject({ ok: false, failure: 'timeout' });
    expect(Date.now() - T0).toBeLessThanOrEqual(2_010);
    expect(s.calls[0]?.init.signal?.aborted).toBe(true);
  });

  test('a fetch that ignores its signal still times out', async () => {
    const hang: FetchLike = () => new Promise<Response>(() => {});
    const r = await settle(probe(sc.url, 'date', hang));
    expect(r).toMatchObject({ ok: false, failure: 'timeout' });
    expect(Date.now() - T0).toBeLessThanOrEqual(2_010);
  });

  test('a body that stalls times out too', async () => {
    const s = server({
      reply: () => new Response(new ReadableStream({ pull: () => wait(60_000) })),
    });
    expect(await settle(probe(cf.url, 'trace', s.fetch))).toMatchObject({ failure: 'timeout' });
    expect(Date.now() - T0).toBeLessThanOrEqual(2_010);
  });

  test('a network error is offline, or blocked when the browser says it is online', async () => {
    const refuse: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await settle(probe(sc.url, 'date', refuse))).toEqual({
      ok: false,
      failure: 'offline',
      detail: 'Failed to fetch',
    });
    expect(await settle(probe(sc.url, 'date', refuse, { online: () => true }))).toMatchObject({
      failure: 'blocked',
    });
    expect(await settle(probe(sc.url, 'date', refuse, { online: () => false }))).toMatchObject({
      failure: 'offline',
    });
  });

  test('cancelled by the caller: no request, or the request aborted', async () => {
    const s = server({});
    const ctl = new AbortController();
    ctl.abort();
    expect(await settle(probe(sc.url, 'date', s.fetch, { signal: ctl.signal }))).toMatchObject({
      failure: 'timeout',
    });
    expect(s.calls).toHaveLength(0);

    const later = new AbortController();
    const p = probe(sc.url, 'date', s.fetch, { signal: later.signal });
    await vi.advanceTimersByTimeAsync(20);
    later.abort();
    expect(await settle(p)).toMatchObject({ failure: 'timeout' });
    expect(s.calls[0]?.init.signal?.aborted).toBe(true);
  });

  test('leaves no timer behind', async () => {
    await settle(probe(sc.url, 'date', server({}).fetch));
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('runClockCheck', () => {
  const check = (fetch: FetchLike, extra: Partial<Parameters<typeof runClockCheck>[0]> = {}) => {
    const progress: { at: number; result: ClockResult }[] = [];
    const run = runClockCheck({
      sources: [sc, cf],
      primary: sc.id,
      fetch,
      now,
      sleep,
      budgetMs: 5_000,
      timeoutMs: 4_000,
      samplesPerSource: 6,
      onProgress: (result) => progress.push({ at: Date.now() - T0, result }),
      ...extra,
    });
    return settle(run).then((result) => ({ result, progress, elapsed: Date.now() - T0 }));
  };

  const both = (shiftMs: number, latency: { out?: number; back?: number } = {}) =>
    network({
      [sc.id]: server({ shiftMs, ...latency }).fetch,
      [cf.id]: server({ shiftMs, ...latency, reply: traceReply }).fetch,
    });

  test.each([0, 3_000, -8_000, 45_000, -5 * 60_000, 3_600_000, -86_400_000, 400 * 86_400_000])(
    'a server clock shifted by %s ms: the skew is the opposite, within 100 ms',
    async (shift) => {
      const { result } = await check(both(shift));
      const truth = -shift;
      expect(result.done).toBe(true);
      expect(Math.abs((result.skewMs ?? Number.NaN) - truth)).toBeLessThan(100);
      expect(Math.abs((result.skewMs ?? 0) - truth)).toBeLessThanOrEqual(result.uncertaintyMs ?? 0);
      const abs = Math.abs(truth);
      expect(result.verdict).toBe(abs < 5_000 ? 'ok' : abs < 30_000 ? 'warn' : 'bad');
      expect(result.disagreements).toEqual([]);
    },
  );

  test('each trace that names a place is passed on; the verdict is the same with or without it', async () => {
    const located = (t: number) =>
      new Response(`ts=${(t / 1000).toFixed(3)}\nloc=NL\nwarp=off\n`, { status: 200 });
    const said: unknown[] = [];
    const { result } = await check(
      network({
        [sc.id]: server({ shiftMs: 40_000 }).fetch,
        [cf.id]: server({ shiftMs: 40_000, reply: located }).fetch,
      }),
      { onLocation: (l: unknown) => said.push(l) },
    );
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((l) => JSON.stringify(l) === '{"country":"NL","warp":false}')).toBe(true);
    const plain = await check(both(40_000));
    expect(result.verdict).toBe('bad');
    expect(plain.result.verdict).toBe(result.verdict);
  });

  test('first verdict after the first sample, refinements, then done', async () => {
    const { result, progress, elapsed } = await check(both(-133_000));
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[0]?.at).toBe(100); // one round trip
    expect(progress[0]?.result).toMatchObject({ done: false, verdict: 'bad' });
    expect(progress.slice(0, -1).every((p) => !p.result.done)).toBe(true);
    expect(progress.at(-1)?.result).toEqual(result);
    expect(result.done).toBe(true);
    expect(elapsed).toBeLessThanOrEqual(5_000);
    const widths = progress.map((p) => p.result.uncertaintyMs ?? Infinity);
    expect(widths.every((w, i) => i === 0 || w <= (widths[i - 1] ?? Infinity))).toBe(true);
  });

  test('Seller Central alone narrows its 1 s Date below ±100 ms within the budget', async () => {
    const { result, elapsed } = await check(
      network({ [sc.id]: server({ shiftMs: 2_345.6 }).fetch }),
      {
        sources: [sc],
      },
    );
    expect(result.sources[0]?.samples).toBeGreaterThan(3);
    expect(result.uncertaintyMs).toBeLessThan(100);
    expect(Math.abs((result.skewMs ?? 0) + 2_345.6)).toBeLessThanOrEqual(result.uncertaintyMs ?? 0);
    expect(elapsed).toBeLessThanOrEqual(5_000);
  });

  test('300 ms of symmetric latency: within 100 ms + the reported uncertainty', async () => {
    const { result } = await check(both(-45_000, { out: 150, back: 150 }));
    expect(Math.abs((result.skewMs ?? 0) - 45_000)).toBeLessThanOrEqual(
      100 + (result.uncertaintyMs ?? 0),
    );
  });

  test('400 ms out and none back: the uncertainty covers the true error', async () => {
    const { result } = await check(both(8_000, { out: 400, back: 0 }));
    expect(Math.abs((result.skewMs ?? 0) + 8_000)).toBeLessThanOrEqual(result.uncertaintyMs ?? 0);
  });

  test.each([
    ['offline', () => Promise.reject(new TypeError('Failed to fetch')), 'offline'],
    ['hanging', () => new Promise<Response>(() => {}), 'timeout'],
    ['sending HTML', server({ reply: () => new Response('<html></html>') }).fetch, 'nonsense'],
    ['erroring', server({ reply: () => new Response('', { status: 500 }) }).fetch, 'http-error'],
  ] as const)(
    'Cloudflare %s: Seller Central gives the verdict, Cloudflare says why',
    async (_c, down, status) => {
      const { result, elapsed } = await check(
        network({ [sc.id]: server({ shiftMs: -45_000 }).fetch, [cf.id]: down }),
      );
      expect(result.verdict).toBe('bad');
      expect(result.decidedBy).toBe(sc.id);
      expect(result.sources.find((s) => s.source === cf.id)).toEqual({
        source: cf.id,
        status,
        samples: 0,
      });
      expect(elapsed).toBeLessThanOrEqual(5_000);
    },
  );

  test.each([
    ['sending no Date', () => new Response(robotsBody), 'nonsense'],
    ['refusing', () => Response.error(), 'blocked'],
    [
      'answered by a Wi-Fi login page (HTML, status 200, its own clock)',
      (t: number) =>
        new Response('<!doctype html><html><body><form>Accept the terms</form></body></html>', {
          headers: { date: new Date(t + 7 * 3_600_000).toUTCString(), 'content-type': 'text/html' },
        }),
      'intercepted',
    ],
  ] as const)('Seller Central %s: Cloudflare gives the verdict', async (_c, reply, status) => {
    const { result } = await check(
      network({
        [sc.id]: server({ reply }).fetch,
        [cf.id]: server({ shiftMs: 9_000, reply: traceReply }).fetch,
      }),
    );
    expect(result).toMatchObject({ verdict: 'warn', decidedBy: cf.id });
    expect(result.sources[0]).toMatchObject({ source: sc.id, status });
  });

  test('both down: unknown with the reasons, within the budget', async () => {
    const { result, progress, elapsed } = await check(
      network({ [cf.id]: () => new Promise<Response>(() => {}) }),
      { online: () => true },
    );
    expect(result).toEqual({
      verdict: 'unknown',
      skewMs: null,
      uncertaintyMs: null,
      decidedBy: null,
      sources: [
        { source: sc.id, status: 'blocked', samples: 0 },
        { source: cf.id, status: 'timeout', samples: 0 },
      ],
      disagreements: [],
      done: true,
    });
    expect(progress).toHaveLength(1); // only the final one
    expect(elapsed).toBeLessThanOrEqual(5_000);
  });

  test('never past the budget, even when every source hangs past its timeout', async () => {
    const hang: FetchLike = () => new Promise<Response>(() => {});
    const { elapsed, result } = await check(hang, { budgetMs: 1_500, timeoutMs: 10_000 });
    expect(elapsed).toBeLessThanOrEqual(1_500);
    expect(result.sources.map((s) => s.status)).toEqual(['timeout', 'timeout']);
  });

  test('a budget cut mid-sampling keeps the samples already taken', async () => {
    const slow = network({ [sc.id]: server({ shiftMs: 10_000, out: 400, back: 400 }).fetch });
    const { result, elapsed } = await check(slow, { sources: [sc], budgetMs: 2_000 });
    expect(elapsed).toBeLessThanOrEqual(2_000);
    expect(result.sources[0]).toMatchObject({ status: 'ok' });
    expect(result.verdict).toBe('warn');
  });

  test('sources an hour apart: said plainly, Seller Central decides', async () => {
    const { result } = await check(
      network({
        [sc.id]: server({ shiftMs: 0 }).fetch,
        [cf.id]: server({ shiftMs: 3_600_000, reply: traceReply }).fetch,
      }),
    );
    expect(result.verdict).toBe('ok');
    expect(result.decidedBy).toBe(sc.id);
    expect(result.disagreements).toHaveLength(1);
    expect(result.disagreements[0]).toMatchObject({ source: cf.id });
    expect(Math.round((result.disagreements[0]?.differenceMs ?? 0) / 60_000)).toBe(-60);
  });

  test('a HEAD refused once is not sent again', async () => {
    const s = server({
      reply: (t, init) =>
        new Response(null, {
          status: init.method === 'HEAD' ? 405 : 200,
          headers: { date: new Date(t).toUTCString() },
        }),
    });
    const custom = {
      id: 'time.example.org',
      url: 'https://time.example.org/',
      kind: 'date' as const,
    };
    await check(network({ [custom.id]: s.fetch }), { sources: [custom], primary: custom.id });
    const methods = s.calls.map((c) => c.init.method);
    expect(methods[0]).toBe('HEAD');
    expect(methods.slice(1).every((m) => m === 'GET')).toBe(true);
    expect(methods.length).toBeGreaterThan(2);
  });

  test('Date requests after the first are timed to the server second', async () => {
    const s = server({ shiftMs: -700 });
    await check(network({ [sc.id]: s.fetch }), { sources: [sc] });
    // Halfway through each later request the server's clock is close to a whole second.
    const phases = s.calls.slice(1).map((c) => (((c.at + 50 - 700) % 1000) + 1000) % 1000);
    for (const p of phases) expect(Math.min(p, 1000 - p)).toBeLessThan(300);
  });

  test('cancelled by the caller: done at once, with what it had', async () => {
    const ctl = new AbortController();
    const p = check(both(0), { signal: ctl.signal });
    await vi.advanceTimersByTimeAsync(150);
    ctl.abort();
    const { result, elapsed } = await p;
    expect(result.done).toBe(true);
    expect(elapsed).toBeLessThan(400);
  });

  test('leaves no timer behind', async () => {
    await check(both(0));
    expect(vi.getTimerCount()).toBe(0);
  });
});
