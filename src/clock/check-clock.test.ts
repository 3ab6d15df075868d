import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { defaultSettings } from '../shared/settings';
import { type ClockWorld, createCheckClock } from './check-clock';
import type { ClockResult } from './estimate';
import type { ClockCheckOptions } from './probe';
import { type ClockState, clockItem } from './state';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const host = 'sellercentral.amazon.com';
const result = (verdict: ClockResult['verdict'], skewMs: number, done: boolean): ClockResult => ({
  verdict,
  skewMs,
  uncertaintyMs: 50,
  decidedBy: host,
  sources: [],
  disagreements: [],
  done,
});

/** A check the test drives by hand: its progress and its end. */
interface Driven {
  options: ClockCheckOptions;
  progress(r: ClockResult): void;
  finish(r: ClockResult): Promise<void>;
}

function fakeWorld() {
  const checks: Driven[] = [];
  const badges: string[] = [];
  let clock = 10_000;
  const world: ClockWorld = {
    state: clockItem,
    settings: async () => defaultSettings,
    probe: {
      fetch: () => Promise.reject(new Error('no network in this test')),
      now: () => clock,
      sleep: async () => {},
    },
    now: () => (clock += 1_000),
    badge: async (r) => {
      badges.push(r.verdict);
    },
    run: (options) =>
      new Promise<ClockResult>((resolve) => {
        checks.push({
          options,
          progress: (r) => options.onProgress?.(r),
          finish: async (r) => {
            options.onProgress?.(r);
            resolve(r);
            await new Promise((x) => setTimeout(x, 0));
          },
        });
      }),
  };
  return { world, checks, badges };
}

/** Lets the queued storage writes land. */
const settle = () => new Promise((r) => setTimeout(r, 0));
const stored = () => clockItem(host).get();

beforeEach(() => fakeBrowser.reset());

test('every request measures anew once the last check has ended: a fixed clock shows as fixed', async () => {
  const { world, checks } = fakeWorld();
  const check = createCheckClock(world);
  const first = check(host, 'all');
  await settle();
  await checks[0]?.finish(result('warn', 20_000, true));
  expect((await first).result).toMatchObject({ verdict: 'warn' });
  // Asked again a moment later (a popup opened again): a new check, not the stored answer.
  const second = check(host, 'all');
  await settle();
  expect(checks).toHaveLength(2);
  await checks[1]?.finish(result('ok', 100, true));
  expect((await second).result).toMatchObject({ verdict: 'ok' });
  expect((await stored())?.result).toMatchObject({ verdict: 'ok' });
});

test('a request while a check of that host runs joins it; a primary request joins a full one', async () => {
  const { world, checks } = fakeWorld();
  const check = createCheckClock(world);
  const a = check(host, 'all');
  const b = check(host, 'all');
  const c = check(host, 'primary');
  await settle();
  expect(checks).toHaveLength(1);
  expect(checks[0]?.options.sources.map((s) => s.id)).toEqual([host, 'www.cloudflare.com']);
  await checks[0]?.finish(result('ok', 100, true));
  expect((await Promise.all([a, b, c])).map((r) => r.result)).toEqual([
    result('ok', 100, true),
    result('ok', 100, true),
    result('ok', 100, true),
  ]);
});

test('a full request never settles for a running primary check: it runs its own', async () => {
  const { world, checks } = fakeWorld();
  const check = createCheckClock(world);
  void check(host, 'primary');
  void check(host, 'all');
  await settle();
  expect(checks.map((c) => c.options.sources.length)).toEqual([1, 2]);
});

test('an older check still finishing never writes over the progress of a later one', async () => {
  const { world, checks, badges } = fakeWorld();
  const check = createCheckClock(world);
  const seen: (ClockState | null)[] = [];
  const stop = clockItem(host).watch((s) => seen.push(s));
  // The banner's primary check, then the popup's full one, both running.
  const banner = check(host, 'primary');
  await settle();
  checks[0]?.progress(result('bad', 40_000, false));
  await settle();
  const popup = check(host, 'all');
  await settle();
  const popupStart = (await stored())?.startedAt;
  checks[1]?.progress(result('ok', 100, false));
  await settle();
  // The older check reports and ends after the later one has begun.
  checks[0]?.progress(result('bad', 40_000, false));
  await checks[0]?.finish(result('bad', 40_000, true));
  // The banner still gets its own answer.
  expect((await banner).result).toMatchObject({ verdict: 'bad', done: true });
  expect(await stored()).toMatchObject({
    scope: 'all',
    startedAt: popupStart,
    result: { verdict: 'ok' },
  });
  await checks[1]?.finish(result('ok', 100, true));
  expect((await popup).result).toMatchObject({ verdict: 'ok' });
  stop();
  // Storage went only forward: the older check's writes stopped once the later one began.
  const afterPopup = seen.slice(seen.findIndex((s) => s?.startedAt === popupStart));
  expect(afterPopup.every((s) => s?.startedAt === popupStart)).toBe(true);
  expect(afterPopup.at(-1)?.result).toMatchObject({ verdict: 'ok', done: true });
  // Nor did it set the badge.
  expect(badges).toEqual(['ok']);
});

test('progress is written in order: nothing, each better result, the final one', async () => {
  const { world, checks } = fakeWorld();
  const check = createCheckClock(world);
  const seen: (ClockResult | null | undefined)[] = [];
  const stop = clockItem(host).watch((s) => seen.push(s?.result));
  const done = check(host, 'all');
  await settle();
  checks[0]?.progress(result('ok', 300, false));
  checks[0]?.progress(result('ok', 200, false));
  await checks[0]?.finish(result('ok', 150, true));
  await done;
  await settle();
  stop();
  expect(seen.map((r) => (r ? `${r.skewMs}${r.done ? ' done' : ''}` : null))).toEqual([
    null,
    '300',
    '200',
    '150 done',
  ]);
});

test('each marketplace has its own check and its own state', async () => {
  const { world, checks } = fakeWorld();
  const check = createCheckClock(world);
  void check(host, 'all');
  void check('sellercentral.amazon.de', 'all');
  await settle();
  expect(checks.map((c) => c.options.primary)).toEqual([host, 'sellercentral.amazon.de']);
  await checks[1]?.finish(result('warn', 9_000, true));
  expect(await clockItem('sellercentral.amazon.de').get()).toMatchObject({
    result: { verdict: 'warn' },
  });
  expect((await stored())?.result).toBeNull();
});

test('where the trace says the connection leaves from is answered to the asker, never stored', async () => {
  const { world, checks } = fakeWorld();
  const check = createCheckClock(world);
  const asked = check(host, 'all');
  await settle();
  checks[0]?.options.onLocation?.({ country: 'US', warp: false });
  await checks[0]?.finish(result('ok', 100, true));
  expect((await asked).location).toEqual({ country: 'US', warp: false });
  const kept = JSON.stringify(await fakeBrowser.storage.session.get(null));
  expect(kept).toContain('"verdict":"ok"');
  expect(kept).not.toContain('US');
  expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('US');
});

test('no trace answered: no location', async () => {
  const { world, checks } = fakeWorld();
  const check = createCheckClock(world);
  const asked = check(host, 'primary');
  await settle();
  await checks[0]?.finish(result('ok', 100, true));
  expect((await asked).location).toBeNull();
});
