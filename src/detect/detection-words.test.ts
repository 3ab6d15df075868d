import { describe, expect, test } from 'vitest';
import { shippedLocales } from '../shared/locales';
import { detectionWords, wordLocales, wordsForPage } from './detection-words';
import { wordKeys } from './language-words';
import { parseWords } from './parse-words';

describe('the word tables', () => {
  test('one table per shipped locale, in the same order as shared/locales.ts', () => {
    expect([...wordLocales]).toEqual([...shippedLocales]);
    expect(Object.keys(detectionWords).sort()).toEqual([...shippedLocales].sort());
  });

  test.each(wordLocales)(
    '%s: every reader has its words, each a source the content script accepts',
    (locale) => {
      const table = detectionWords[locale];
      expect(Object.keys(table).sort()).toEqual([...wordKeys].sort());
      expect(parseWords([table])).toEqual([table]);
      // The prompt, the error box and the wait: every language can say each.
      for (const key of [
        'voice',
        'app',
        'seconds',
        'minutes',
        'hours',
        'days',
        'blocked',
        'expired',
        'noAccount',
      ] as const) {
        expect(table[key].length, key).toBeGreaterThan(0);
      }
      expect(table.endingBefore.length + table.endingAfter.length).toBeGreaterThan(0);
      // text.ts compiles its words without the `u` flag, as it always did, where `\p{L}` would
      // mean "p{L}": no property escapes there.
      for (const key of ['endingBefore', 'endingAfter', 'voice', 'app'] as const) {
        for (const entry of table[key]) expect(entry, key).not.toMatch(/\\[pP]\{/);
      }
    },
  );
});

describe('wordsForPage', () => {
  test('a page in a shipped language: its words and English, the same list every time', () => {
    expect(wordsForPage('de')).toEqual([detectionWords.de, detectionWords.en]);
    expect(wordsForPage('de')).toBe(wordsForPage('de'));
    expect(wordsForPage('en')).toEqual([detectionWords.en]);
  });

  test('a page whose language is not known: every table, and the unshipped ones too', () => {
    const every = wordsForPage(null);
    for (const l of wordLocales) expect(every).toContain(detectionWords[l]);
    expect(every.length).toBeGreaterThan(wordLocales.length);
    expect(parseWords(JSON.parse(JSON.stringify(every)))).toEqual(every);
  });
});
