import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, test, vi } from 'vitest';
import {
  finishRun,
  parseRun,
  planRun,
  recordRemoved,
  recordSiteData,
  runItem,
  summarize,
} from './run';
import type { Selected } from './select';
import { siteDataRemoval } from './site-data';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const host = 'sellercentral.amazon.com';
const cookie = (key: string): Selected => ({
  key,
  name: key,
  domain: host,
  path: '/',
  details: { url: `https://${host}/`, name: key, storeId: '0' },
  cookie: { name: key, domain: host, path: '/', storeId: '0', secure: true },
});

describe('a cleanup run', () => {
  test('runs to the end: everything planned is removed once', () => {
    let { run, toRemove } = planRun(
      null,
      [cookie('a'), cookie('b')],
      'seller-central',
      host,
      '0',
      1,
    );
    expect(toRemove.map((c) => c.key)).toEqual(['a', 'b']);
    run = recordRemoved(run, ['a', 'b']);
    run = recordSiteData(run, 'done', ['localStorage'], []);
    run = finishRun(run, [], 2);
    expect(summarize(run)).toEqual({
      removedCookies: 2,
      notRemovedCookies: 0,
      finished: true,
      siteData: 'done',
    });
  });

  test('cut short after one cookie, resumed: nothing twice, the count covers both parts', () => {
    const first = planRun(
      null,
      [cookie('a'), cookie('b'), cookie('c')],
      'seller-central',
      host,
      '0',
      1,
    );
    // The worker stopped after removing `a` and `b`, but only `a` was written down.
    const stored = parseRun(JSON.parse(JSON.stringify(recordRemoved(first.run, ['a']))));
    expect(summarize(stored ?? first.run)).toMatchObject({ removedCookies: 1, finished: false });
    const resumed = planRun(stored, [cookie('c')], 'seller-central', host, '0', 5);
    expect(resumed.toRemove.map((c) => c.key)).toEqual(['c']);
    expect(resumed.run.startedAt).toBe(1);
    const end = finishRun(recordRemoved(resumed.run, ['c']), [], 6);
    expect(end.removed.sort()).toEqual(['a', 'b', 'c']);
    expect(summarize(end).removedCookies).toBe(3);
  });

  test('a finished run, or one of another scope, is not resumed: a new click starts anew', () => {
    const done = finishRun(planRun(null, [cookie('a')], 'seller-central', host, '0', 1).run, [], 2);
    expect(planRun(done, [cookie('z')], 'seller-central', host, '0', 3).run.planned).toEqual(['z']);
    const open = planRun(null, [cookie('a')], 'seller-central', host, '0', 1).run;
    expect(planRun(open, [cookie('z')], 'amazon-sign-in', host, '0', 3).run.planned).toEqual(['z']);
  });

  test('an open run of another cookie store is not resumed: its plan says nothing of this one', () => {
    const open = planRun(null, [cookie('a'), cookie('b')], 'seller-central', host, '0', 1).run;
    const other = planRun(open, [cookie('c')], 'seller-central', host, 'firefox-container-1', 3);
    expect(other.run).toMatchObject({
      storeId: 'firefox-container-1',
      planned: ['c'],
      removed: [],
    });
    expect(other.run.startedAt).toBe(3);
  });

  test('a record from before stores reads, and is not resumed by a run that names one', () => {
    const { storeId: _, ...old } = planRun(null, [cookie('a')], 'seller-central', host, '0', 1).run;
    const stored = parseRun(JSON.parse(JSON.stringify(old)));
    expect(stored).toEqual(old);
    expect(planRun(stored, [], 'seller-central', host, '0', 2).run).toMatchObject({
      startedAt: 2,
      removed: [],
    });
  });

  test('a cookie still there at the end is reported as not removed', () => {
    const { run } = planRun(null, [cookie('a'), cookie('b')], 'seller-central', host, '0', 1);
    const end = finishRun(recordRemoved(run, ['a', 'b']), ['b', 'unrelated'], 2);
    expect(end.failed).toEqual(['b']);
    expect(summarize(end)).toMatchObject({ removedCookies: 1, notRemovedCookies: 1 });
  });

  test.each([
    ['nothing', undefined],
    ['another shape', { scope: 'seller-central' }],
    [
      'a store that is not text',
      { ...planRun(null, [], 'seller-central', host, '0', 1).run, storeId: 0 },
    ],
    [
      'an unlisted host',
      { ...planRun(null, [], 'seller-central', host, '0', 1).run, host: 'amazon.com' },
    ],
  ])('a stored value that is %s reads as no run', async (_case, raw) => {
    expect(parseRun(raw)).toBeNull();
    fakeBrowser.reset();
    if (raw !== undefined) await fakeBrowser.storage.session.set({ [`cleanup:${host}`]: raw });
    expect(await runItem(host).get()).toBeNull();
  });

  test('the record round-trips through its item, one key per marketplace', async () => {
    fakeBrowser.reset();
    const { run } = planRun(null, [cookie('a')], 'seller-central', host, '0', 1);
    await runItem(host).set(run);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ [`cleanup:${host}`]: run });
    expect(await runItem(host).get()).toEqual(run);
  });
});

describe('siteDataRemoval', () => {
  test('Chromium: the origin, every type, never cookies', () => {
    const r = siteDataRemoval(host, 'chromium');
    expect(r.options).toEqual({ origins: [`https://${host}`] });
    expect(Object.keys(r.dataToRemove).sort()).toEqual(
      ['cache', 'cacheStorage', 'indexedDB', 'localStorage', 'serviceWorkers'].sort(),
    );
    expect(r.skipped).toEqual([]);
  });

  test('Firefox: the hostname, only what it can clear per site, the rest said', () => {
    const r = siteDataRemoval(host, 'firefox');
    expect(r.options).toEqual({ hostnames: [host] });
    expect(Object.keys(r.dataToRemove).sort()).toEqual([
      'indexedDB',
      'localStorage',
      'serviceWorkers',
    ]);
    expect(r.skipped).toEqual(['cache', 'cacheStorage']);
    expect('cookies' in r.dataToRemove).toBe(false);
  });
});
