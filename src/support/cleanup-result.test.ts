import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { type CleanupRun, runItem } from '../cleanup/run';
import { cleanupResultOf } from './cleanup-result';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());

const host = 'sellercentral.amazon.de';
const run: CleanupRun = {
  scope: 'seller-central',
  host,
  startedAt: 1_000,
  planned: ['a', 'b', 'c'],
  removed: ['a', 'b'],
  failed: ['c'],
  siteData: 'done',
  cleared: [],
  skipped: [],
  finishedAt: 5_000,
};

// What the description reads is what the cleanup stored, under the cleanup's own key.
test.each([
  ['missing', undefined, null],
  ['corrupted', 'yes', null],
  ['an array', [1], null],
  ['an old guessed shape', { finishedAt: 5, removedCookies: 12 }, null],
  ['still running (or cut short)', { ...run, finishedAt: null }, null],
  ['finished: what was really removed', run, { at: 5_000, removedCookies: 2 }],
  [
    'a key listed twice counts once',
    { ...run, removed: ['a', 'a'] },
    { at: 5_000, removedCookies: 1 },
  ],
  ['another host in the record', { ...run, host: 'example.com' }, null],
])('%s', async (_case, raw, expected) => {
  if (raw !== undefined) await fakeBrowser.storage.session.set({ [`cleanup:${host}`]: raw });
  expect(cleanupResultOf(await runItem(host).get())).toEqual(expected);
});
