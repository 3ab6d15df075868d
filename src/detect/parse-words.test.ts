import { describe, expect, test } from 'vitest';
import { wordsForPage } from './detection-words';
import { wordKeys } from './language-words';
import { parseWords } from './parse-words';

const through = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const de = wordsForPage('de');
const table = de[0] as NonNullable<(typeof de)[number]>;

describe('parseWords', () => {
  test.each([
    ['a page language', 'de'],
    ['English', 'en'],
    ['no known language (every table)', null],
  ] as const)('takes what the background sends for %s', (_name, locale) => {
    const sent = wordsForPage(locale);
    expect(parseWords(through(sent))).toEqual(sent);
  });

  test.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a table, not a list', table],
    ['a string', 'de'],
    ['a list with a non-table', [table, 'x']],
    ['a key missing', [{ ...table, app: undefined }]],
    ['a key not a list', [{ ...table, app: 'app' }]],
    ['an entry not a string', [{ ...table, app: ['app', 3] }]],
    ['an empty entry (it would match everywhere)', [{ ...table, app: [''] }]],
    ['an entry that does not compile', [{ ...table, app: ['(?:app'] }]],
    ['an entry that breaks out of its group', [{ ...table, app: ['app)|(?:x'] }]],
    ['a capturing group (it would shift a reader’s groups)', [{ ...table, hours: ['(h)'] }]],
    [
      'an entry ending in a backslash (it would escape what follows)',
      [{ ...table, app: ['app\\'] }],
    ],
    ['far more than the tables: one huge entry', [{ ...table, app: ['a'.repeat(40_000)] }]],
    ['far more than the tables: many tables', Array.from({ length: 100 }, () => table)],
  ])('gives no words at all for %s', (_name, raw) => {
    expect(parseWords(raw)).toEqual([]);
  });

  test('keeps only the keys it knows', () => {
    const [parsed] = parseWords([{ ...table, extra: ['x'] }]);
    expect(Object.keys(parsed ?? {}).sort()).toEqual([...wordKeys].sort());
  });
});
