import { fakeBrowser } from '@webext-core/fake-browser';
import { expect, test, vi } from 'vitest';
import { draftItem, maxDraftLength, parseDraft } from './draft';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

test.each([
  ['missing', undefined, null],
  ['null', null, null],
  ['a number', 3, null],
  ['an array', ['x'], null],
  [
    'a current draft',
    { text: 'Hello', edited: true, at: 9 },
    { text: 'Hello', edited: true, at: 9 },
  ],
  ['an unedited draft', { text: 'Hi', edited: 'no', at: 1 }, { text: 'Hi', edited: false, at: 1 }],
  ['no time', { text: 'Hi', edited: true }, { text: 'Hi', edited: true, at: 0 }],
  [
    'a bare string is kept as the seller text',
    'My words',
    { text: 'My words', edited: true, at: 0 },
  ],
  ['text that is not a string', { text: 5, edited: true }, null],
  ['an oversized text', { text: 'x'.repeat(maxDraftLength + 1), edited: true, at: 1 }, null],
])('%s', (_case, raw, expected) => {
  expect(parseDraft(raw)).toEqual(expected);
});

test('the worst case takes under a third of the storage.local quota (10 MB in Chrome)', () => {
  // Every marketplace with a longest draft of characters JSON writes as \uXXXX escapes.
  const worst = JSON.stringify({
    text: '\u0000'.repeat(maxDraftLength),
    edited: true,
    at: Date.now(),
  });
  const quotaBytes = 10 * 1024 * 1024;
  expect(24 * worst.length).toBeLessThan(quotaBytes / 3);
});

test('kept in storage.local per marketplace; an oversized one loads as no draft', async () => {
  fakeBrowser.reset();
  const host = 'sellercentral.amazon.de';
  await draftItem(host).set({ text: 'Hello', edited: true, at: 1 });
  expect(await fakeBrowser.storage.local.get(null)).toEqual({
    [`support:${host}`]: { text: 'Hello', edited: true, at: 1 },
  });
  await fakeBrowser.storage.local.set({
    [`support:${host}`]: { text: 'x'.repeat(maxDraftLength + 1) },
  });
  expect(await draftItem(host).get()).toBeNull();
});
