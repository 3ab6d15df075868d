import { expect, test } from 'vitest';
import { sameContent } from './same-content';

test('groups the files whose bytes are equal, and only those', () => {
  const b = (s: string) => Buffer.from(s);
  expect(
    sameContent([
      { name: 'en/1', data: b('a') },
      { name: 'de/1', data: b('b') },
      { name: 'fr/1', data: b('a') },
      { name: 'ja/1', data: b('c') },
    ]),
  ).toEqual([['en/1', 'fr/1']]);
  expect(sameContent([{ name: 'x', data: b('a') }])).toEqual([]);
});
