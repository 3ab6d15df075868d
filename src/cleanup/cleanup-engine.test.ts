import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import type { StoreClues } from './choose-store';
import { batchSize, type CleanupWorld, createCleanupEngine } from './cleanup-engine';
import { cookieKey } from './cookie-key';
import type { ExpiringCookie } from './expire';
import { runItem, summarize } from './run';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const host: SellerCentralHost = 'sellercentral.amazon.de';

const cookie = (name: string, domain: string = host, storeId = '0'): ExpiringCookie => ({
  name,
  domain,
  path: '/',
  storeId,
  secure: true,
  hostOnly: !domain.startsWith('.'),
  httpOnly: false,
  sameSite: 'lax',
});

/** A browser's cookie jar and the calls made to it; `hold` stops removals until released. */
function fakeWorld(jar: ExpiringCookie[], over: Partial<CleanupWorld> = {}) {
  let held: Promise<void> | null = null;
  let release = () => {};
  const calls: string[] = [];
  const drop = (name: string, domain: string, storeId: string) => {
    const i = jar.findIndex(
      (c) => c.name === name && c.domain.replace(/^\./, '') === domain && c.storeId === storeId,
    );
    if (i >= 0) jar.splice(i, 1);
    return i >= 0;
  };
  let clock = 1_000;
  const world: CleanupWorld = {
    engine: 'firefox',
    cookieStores: async () => stores,
    // Every store's cookies, as a careless browser might answer: the engine keeps the one asked.
    readCookies: async () => [...jar],
    removeCookie: async (d) => {
      calls.push(`remove ${d.name}`);
      await held;
      return drop(d.name, new URL(d.url).hostname, d.storeId);
    },
    setCookie: async (d) => {
      calls.push(`expire ${d.name}`);
      await held;
      drop(d.name, d.domain ? d.domain.replace(/^\./, '') : new URL(d.url).hostname, d.storeId);
    },
    removeSiteData: async () => {
      calls.push('site data');
    },
    hasOrigin: async () => true,
    runs: runItem,
    now: () => clock++,
    ...over,
  };
  return {
    world,
    calls,
    hold() {
      held = new Promise((r) => {
        release = r;
      });
    },
    release: () => release(),
  };
}

/** Tab 5 is a regular tab (store "0"), tab 6 a container tab. */
const stores = [
  { id: '0', tabIds: [5] },
  { id: 'firefox-container-1', tabIds: [6] },
];
const inTab = (id: number): StoreClues => ({
  host,
  signInTab: { id },
  popupTab: null,
  lastPage: null,
});
const regular = inTab(5);

beforeEach(() => fakeBrowser.reset());

describe('a run', () => {
  test('removes every cookie of the scope in batches, records each batch, then checks the jar', async () => {
    const mine = Array.from({ length: batchSize * 2 + 5 }, (_, i) => cookie(`c${i}`));
    const jar = [...mine, cookie('session-id', '.amazon.de'), cookie('other', 'example.com')];
    const { world, calls } = fakeWorld(jar);
    const writes: number[] = [];
    const stop = runItem(host).watch((r) => writes.push(r?.removed.length ?? -1));
    const run = await createCleanupEngine(world).run('seller-central', host, regular);
    stop();
    expect(run).toMatchObject({ scope: 'seller-central', siteData: 'done', failed: [] });
    expect(run.removed.length).toBe(mine.length);
    expect(run.finishedAt).not.toBeNull();
    // The plan, one write per batch, the end.
    expect(writes).toEqual([0, 100, 200, 205, 205]);
    expect(jar.map((c) => c.name)).toEqual(['session-id', 'other']);
    // Expired one by one (exact), never removed by URL.
    expect(calls.filter((c) => c.startsWith('expire')).length).toBe(mine.length);
    expect(calls.filter((c) => c.startsWith('remove'))).toEqual([]);
    expect(await runItem(host).get()).toEqual(run);
  });

  test('Chromium: expired, and what an expiry missed is removed once more and checked', async () => {
    const jar = [cookie('a'), cookie('b')];
    const { world, calls } = fakeWorld(jar, {
      engine: 'chromium',
      // This browser ignores the expiry of `b`.
      setCookie: async (d) => {
        calls.push(`expire ${d.name}`);
        if (d.name === 'a') jar.splice(0, 1);
      },
    });
    const run = await createCleanupEngine(world).run('seller-central', host, regular);
    expect(calls).toEqual(['expire a', 'expire b', 'site data', 'remove b']);
    expect(run).toMatchObject({ removed: ['a', 'b'].map((n) => cookieKey(cookie(n))), failed: [] });
  });

  test('a cookie that stays is reported as not removed; a refused site-data removal as failed', async () => {
    const jar = [cookie('a'), cookie('stuck')];
    const { world } = fakeWorld(jar, {
      // The browser ignores the expiry of `stuck`, and says it removed it, but it is still there.
      setCookie: async (d) => {
        if (d.name !== 'stuck') jar.splice(0, 1);
      },
      removeCookie: async () => true,
      removeSiteData: () => Promise.reject(new Error('refused')),
    });
    const run = await createCleanupEngine(world).run('seller-central', host, regular);
    expect(run.failed).toEqual([cookieKey(cookie('stuck'))]);
    expect(run.siteData).toBe('failed');
  });

  test('an expiry the browser refuses: removed once more, and counted as removed', async () => {
    const jar = [cookie('a'), cookie('b')];
    const { world, calls } = fakeWorld(jar, {
      // As Firefox refuses to expire a partitioned cookie under first-party isolation.
      setCookie: async (d) => {
        calls.push(`expire ${d.name}`);
        if (d.name === 'b') throw new Error('Partitioned cookies cannot have a firstPartyDomain');
        jar.splice(0, 1);
      },
    });
    const run = await createCleanupEngine(world).run('seller-central', host, regular);
    expect(calls).toEqual(['expire a', 'expire b', 'site data', 'remove b']);
    expect(summarize(run)).toMatchObject({ removedCookies: 2, notRemovedCookies: 0 });
    expect(jar).toEqual([]);
  });

  test('a missed expiry is not retried by URL where that would remove a shopping cookie', async () => {
    // Firefox's `cookies.remove` takes the first cookie of that name its URL is sent.
    const shopping = cookie('session-id', '.amazon.de');
    const jar = [shopping, cookie('session-id'), cookie('a')];
    const { world, calls } = fakeWorld(jar, {
      setCookie: async (d) => {
        calls.push(`expire ${d.name}`);
        if (d.name === 'a') jar.splice(jar.length - 1, 1);
      },
      removeCookie: async (d) => {
        calls.push(`remove ${d.name}`);
        const i = jar.findIndex((c) => c.name === d.name);
        if (i >= 0) jar.splice(i, 1);
        return i >= 0;
      },
    });
    const run = await createCleanupEngine(world).run('seller-central', host, regular);
    expect(calls).toEqual(['expire session-id', 'expire a', 'site data']);
    expect(run.failed).toEqual([cookieKey(cookie('session-id'))]);
    expect(jar).toEqual([shopping, cookie('session-id')]);
  });

  test('the wider scope without its permission does nothing', async () => {
    const jar = [cookie('a'), cookie('at-acbde', '.amazon.de')];
    const { world, calls } = fakeWorld(jar, { hasOrigin: async () => false });
    const engine = createCleanupEngine(world);
    await expect(engine.run('amazon-sign-in', host, regular)).rejects.toThrow('permission needed');
    expect(calls).toEqual([]);
    // Its preview lists only what the narrow scope would take, and says it is not permitted.
    const preview = await engine.preview('amazon-sign-in', host, regular);
    expect(preview).toMatchObject({ permitted: false, scope: 'amazon-sign-in' });
    expect(preview.cookies.map((c) => c.name)).toEqual(['a']);
  });
});

describe('one run per host at a time', () => {
  test('a second request of the same scope joins the run under way', async () => {
    const jar = [cookie('a'), cookie('b')];
    const fake = fakeWorld(jar);
    fake.hold();
    const engine = createCleanupEngine(fake.world);
    const first = engine.run('seller-central', host, regular);
    const second = engine.run('seller-central', host, regular);
    fake.release();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(fake.calls.filter((c) => c.startsWith('expire')).length).toBe(2);
  });

  test('a request of the other scope waits for the run under way, then gets its own run', async () => {
    const jar = [cookie('a'), cookie('at-acbde', '.amazon.de'), cookie('session-id', '.amazon.de')];
    const fake = fakeWorld(jar);
    fake.hold();
    const engine = createCleanupEngine(fake.world);
    const narrow = engine.run('seller-central', host, regular);
    const wide = engine.run('amazon-sign-in', host, regular);
    expect(wide).not.toBe(narrow);
    await new Promise((r) => setTimeout(r, 0));
    // Only the first run has started: one removal asked, held.
    expect(fake.calls).toEqual(['expire a']);
    fake.release();
    const [n, w] = await Promise.all([narrow, wide]);
    expect(n).toMatchObject({ scope: 'seller-central', removed: [cookieKey(cookie('a'))] });
    expect(n.finishedAt).not.toBeNull();
    expect(w).toMatchObject({
      scope: 'amazon-sign-in',
      planned: [cookieKey(cookie('at-acbde', '.amazon.de'))],
      removed: [cookieKey(cookie('at-acbde', '.amazon.de'))],
    });
    expect(w.startedAt).toBeGreaterThan(n.finishedAt ?? Number.POSITIVE_INFINITY);
    // The wider run came second: its record is the host's record now.
    expect(await runItem(host).get()).toEqual(w);
    expect(jar.map((c) => c.name)).toEqual(['session-id']);
  });

  test('a run cut short (its worker stopped) is resumed by the next request of its scope', async () => {
    const jar = [cookie('a'), cookie('b'), cookie('c')];
    const { world } = fakeWorld(jar);
    const engine = createCleanupEngine(world);
    // What a stopped worker left: a plan of three, `a` written down as removed, `b` gone unrecorded.
    const keys = ['a', 'b', 'c'].map((n) => cookieKey(cookie(n)));
    await runItem(host).set({
      scope: 'seller-central',
      host,
      storeId: '0',
      startedAt: 1,
      planned: keys,
      removed: [keys[0] ?? ''],
      failed: [],
      siteData: 'pending',
      cleared: [],
      skipped: [],
      finishedAt: null,
    });
    jar.splice(0, 2);
    const run = await engine.run('seller-central', host, regular);
    expect(run.startedAt).toBe(1);
    expect([...run.removed].sort()).toEqual([...keys].sort());
  });

  test('a run an update cut short is finished in its own store, with no tab to tell it', async () => {
    const jar = [
      cookie('a'),
      cookie('b', host, 'firefox-container-1'),
      cookie('c', host, 'firefox-container-1'),
    ];
    const { world } = fakeWorld(jar);
    const keys = ['b', 'c'].map((n) => cookieKey(cookie(n, host, 'firefox-container-1')));
    const cut = {
      scope: 'seller-central' as const,
      host,
      storeId: 'firefox-container-1',
      startedAt: 1,
      planned: keys,
      removed: [],
      failed: [],
      siteData: 'pending' as const,
      cleared: [],
      skipped: [],
      finishedAt: null,
    };
    await runItem(host).set(cut);
    jar.splice(1, 1);
    const run = await createCleanupEngine(world).resume(cut);
    // The same run, finished: what went before the update counts, the regular store is untouched.
    expect(run).toMatchObject({ startedAt: 1, storeId: 'firefox-container-1', failed: [] });
    expect(run.finishedAt).not.toBeNull();
    expect([...run.removed].sort()).toEqual([...keys].sort());
    expect(jar.map((c) => `${c.name} ${c.storeId}`)).toEqual(['a 0']);
  });
});

describe("the sign-in tab's cookie store only", () => {
  test('a container tab: its store is cleaned, the regular one keeps every cookie', async () => {
    const container = 'firefox-container-1';
    const jar = [
      cookie('a'),
      cookie('b'),
      cookie('a', host, container),
      cookie('c', host, container),
    ];
    const { world } = fakeWorld(jar);
    const engine = createCleanupEngine(world);
    const preview = await engine.preview('seller-central', host, inTab(6));
    expect(preview.storeId).toBe(container);
    expect(preview.cookies.map((c) => c.name)).toEqual(['a', 'c']);
    const run = await engine.run('seller-central', host, inTab(6));
    expect(run).toMatchObject({ storeId: container, failed: [] });
    expect(run.removed).toEqual(['a', 'c'].map((n) => cookieKey(cookie(n, host, container))));
    expect(jar).toEqual([cookie('a'), cookie('b')]);
  });

  test('runs of one host in two stores: the second waits for the first, each its own plan', async () => {
    const jar = [cookie('a'), cookie('b', host, 'firefox-container-1')];
    const fake = fakeWorld(jar);
    fake.hold();
    const engine = createCleanupEngine(fake.world);
    const first = engine.run('seller-central', host, regular);
    const second = engine.run('seller-central', host, inTab(6));
    expect(second).not.toBe(first);
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.calls).toEqual(['expire a']);
    fake.release();
    const [r1, r2] = await Promise.all([first, second]);
    expect(r1).toMatchObject({ storeId: '0', planned: [cookieKey(cookie('a'))] });
    expect(r2).toMatchObject({
      storeId: 'firefox-container-1',
      planned: [cookieKey(cookie('b', host, 'firefox-container-1'))],
    });
    expect(jar).toEqual([]);
  });
});
