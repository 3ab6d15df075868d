import { expect, test } from 'vitest';
import type { CleanupRun } from '../cleanup/run';
import { parseCleanupResult } from './cleanup-result';

const run: CleanupRun = {
  scope: 'seller-central',
  host: 'sellercentral.amazon.de',
  startedAt: 1_000,
  planned: ['a', 'b', 'c'],
  removed: ['a', 'b'],
  failed: ['c'],
  siteData: 'done',
  cleared: [],
  skipped: [],
  finishedAt: 5_000,
};

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
])('%s', (_case, raw, expected) => {
  expect(parseCleanupResult(raw)).toEqual(expected);
});
