import { expect, test } from 'vitest';
import { parseCleanupResult } from './cleanup-result';

test.each([
  ['missing', undefined, null],
  ['corrupted', 'yes', null],
  ['an array', [1], null],
  ['no time', { removedCookies: 3 }, null],
  ['still running', { finishedAt: 5, done: false }, null],
  ['finished with a count', { finishedAt: 5, removedCookies: 12 }, { at: 5, removedCookies: 12 }],
  ['a nested count', { at: 5, removed: { cookies: 4 } }, { at: 5, removedCookies: 4 }],
  ['no count', { doneAt: 7 }, { at: 7, removedCookies: null }],
  ['a nonsense count', { at: 7, removedCookies: -1 }, { at: 7, removedCookies: null }],
  ['a nonsense time', { at: Number.NaN, removedCookies: 1 }, null],
])('%s', (_case, raw, expected) => {
  expect(parseCleanupResult(raw)).toEqual(expected);
});
