import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import {
  createCatalogue,
  expandAll,
  expandedTranslator,
  formatMessage,
  type MessageKey,
  type Messages,
  parseMessages,
  plural,
  type Translate,
  translator,
} from './catalogue';
import { type Locale, shippedLocales, tagOf } from './locales';

const ph = (content: string) => ({ content });

// Each row: a messages.json entry, the substitutions, and what chrome.i18n.getMessage answers
// (https://developer.chrome.com/docs/extensions/how-to/ui/localization-message-formats).
const rows: [
  string,
  { message: string; placeholders?: Record<string, { content: string }> },
  string | string[] | undefined,
  string,
][] = [
  ['plain text', { message: 'Hello' }, undefined, 'Hello'],
  [
    'named placeholder with $1',
    { message: 'Ends in $DIGITS$.', placeholders: { digits: ph('$1') } },
    '976',
    'Ends in 976.',
  ],
  [
    'placeholder names are case-insensitive',
    { message: 'A $Digits$ b', placeholders: { DIGITS: ph('$1') } },
    ['7'],
    'A 7 b',
  ],
  [
    'placeholder with fixed content',
    { message: 'Go to $SITE$', placeholders: { site: ph('Example.com') } },
    undefined,
    'Go to Example.com',
  ],
  [
    'two placeholders, reordered by the translator',
    { message: '$B$ then $A$', placeholders: { a: ph('$1'), b: ph('$2') } },
    ['one', 'two'],
    'two then one',
  ],
  [
    'positional $1 directly in the message',
    { message: 'Is $1 off by $2?' },
    ['clock', '3 s'],
    'Is clock off by 3 s?',
  ],
  ['missing substitution is empty', { message: 'x$1y$2z' }, ['A'], 'xAyz'],
  ['no substitutions at all', { message: 'x$1y' }, undefined, 'xy'],
  ['$$ is a dollar', { message: 'Costs $$5' }, undefined, 'Costs $5'],
  ['$$$ is two dollars', { message: 'a$$$b' }, undefined, 'a$$b'],
  ['$ followed by a letter is dropped with it', { message: 'a$xb' }, undefined, 'ab'],
  ['trailing $ is dropped', { message: 'a$' }, undefined, 'a'],
  ['substitution text is not expanded again', { message: 'a $1 b' }, ['$2 $$'], 'a $2 $$ b'],
  ['a single string substitution', { message: '$1!' }, 'hi', 'hi!'],
  // Bug 5 (issue 12): the old support-text copy gave "$A and $ x".
  ['$$$1 is two dollars and a 1; "$ " is dropped', { message: '$$$1 and $ x' }, 'A', '$$1 and x'],
  [
    'right-to-left text keeps the digits',
    { message: 'المنتهي بـ $DIGITS$', placeholders: { digits: ph('$1') } },
    ['976'],
    'المنتهي بـ 976',
  ],
];

describe('formatMessage applies Chrome placeholder rules', () => {
  test.each(rows)('%s', (_name, entry, subs, want) => {
    expect(formatMessage({ k: entry }, 'k', subs)).toBe(want);
  });
});

test('a missing key or a malformed file gives null (the caller falls back to the browser language)', () => {
  expect(formatMessage({}, 'k')).toBeNull();
  expect(formatMessage(null, 'k')).toBeNull();
  expect(formatMessage({ k: { message: 3 } }, 'k')).toBeNull();
  expect(formatMessage({ k: 'text' }, 'k')).toBeNull();
  expect(formatMessage({}, 'toString')).toBeNull();
  expect(formatMessage({}, '__proto__')).toBeNull();
});

const read = (locale: Locale): Messages =>
  JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`),
      'utf8',
    ),
  );

describe('translator', () => {
  const messages = { k: { message: '$$$1 and $ x' }, hi: { message: 'Hi $1' } };

  test('formats as formatMessage does (bug 5: "$$$1 and $ x" with A is "$$1 and x")', () => {
    const t = translator(messages) as (key: string, subs?: string | string[]) => string;
    expect(t('k', 'A')).toBe('$$1 and x');
    expect(t('hi', ['you'])).toBe('Hi you');
  });

  test('a key the catalogue lacks goes to the fallback, else shows itself', () => {
    const fallback: Translate = (key) => `browser:${key}`;
    expect(translator({}, fallback)('bannerTitle')).toBe('browser:bannerTitle');
    expect(translator({})('bannerTitle')).toBe('bannerTitle');
  });
});

describe('plural picks the category Intl.PluralRules gives, in every shipped language', () => {
  // Each row: locale, count, the CLDR category (https://cldr.unicode.org, plural rules).
  const rows: [Locale, number, Intl.LDMLPluralRule][] = [
    ['ar', 0, 'zero'],
    ['ar', 1, 'one'],
    ['ar', 2, 'two'],
    ['ar', 3, 'few'],
    ['ar', 10, 'few'],
    ['ar', 11, 'many'],
    ['ar', 99, 'many'],
    ['ar', 100, 'other'],
    ['ar', 102, 'other'],
    ['pl', 1, 'one'],
    ['pl', 2, 'few'],
    ['pl', 5, 'many'],
    ['pl', 12, 'many'],
    ['pl', 22, 'few'],
    ['pl', 25, 'many'],
    ['pl', 1.5, 'other'],
    ['fr', 0, 'one'],
    ['fr', 1, 'one'],
    ['fr', 2, 'other'],
    ['fr', 1_000_000, 'many'],
    ['pt_BR', 0, 'one'],
    ['es', 0, 'other'],
    ['es', 1, 'one'],
    ['it', 1_000_000, 'many'],
    ['en', 0, 'other'],
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['de', 1, 'one'],
    ['nl', 1, 'one'],
    ['sv', 1, 'one'],
    ['tr', 1, 'one'],
    ['ja', 1, 'other'],
    ['ja', 2, 'other'],
    ['zh_CN', 1, 'other'],
  ];
  test.each(rows)('%s %d → %s', (locale, count, category) => {
    const t: Translate = (key, subs) => `${key}|${[subs ?? []].flat().join(',')}`;
    const digits = new Intl.NumberFormat(tagOf(locale)).format(count);
    expect(plural(t, 'cleanupDone', count, tagOf(locale))).toBe(
      `cleanupDone_${category}|${digits}`,
    );
  });

  test('every shipped locale: each category reads its own variant from its own file', () => {
    for (const locale of shippedLocales) {
      const file = read(locale);
      const t = translator(file);
      const tag = tagOf(locale);
      const rules = new Intl.PluralRules(tag);
      for (const category of rules.resolvedOptions().pluralCategories) {
        const count = [0, 1, 2, 3, 5, 11, 22, 100, 1.5, 1_000_000].find(
          (n) => rules.select(n) === category,
        );
        expect(count, `${locale} ${category}`).toBeDefined();
        if (count === undefined) continue;
        const digits = new Intl.NumberFormat(tag).format(count);
        expect(plural(t, 'cleanupDone', count, tag), `${locale} ${count}`).toBe(
          formatMessage(file, `cleanupDone_${category}`, [digits]),
        );
      }
    }
  });

  test('a category the catalogue lacks falls back to _other (English strings, Arabic rules)', () => {
    const en = translator(read('en'));
    const ar = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(plural(en, 'cleanupDone', 3, 'ar')).toBe(
      `Done: ${ar(3)} Seller Central cookies removed.`,
    );
    expect(plural(en, 'cleanupDone', 0, 'ar')).toBe(
      `Done: ${ar(0)} Seller Central cookies removed.`,
    );
    expect(plural(en, 'cleanupDone', 1, 'ar')).toBe(
      `Done: ${ar(1)} Seller Central cookie removed.`,
    );
  });

  test("the count is $1 in the locale's digits; extra substitutions follow", () => {
    const en = translator(read('en'));
    expect(plural(en, 'supportDescCleanupCount', 1234, 'en', ['noon'])).toBe(
      "I cleared Seller Central's cookies and site data in this browser at noon (1,234 cookies removed).",
    );
    expect(plural(en, 'durSeconds', 0.1, 'de')).toBe('0,1 s');
  });

  test('the same decimals go to the rules and the digits: "1.0" is not singular', () => {
    const t: Translate = (key, subs) => `${key}|${[subs ?? []].flat().join(',')}`;
    const tenths = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    expect(plural(t, 'durSeconds', 1, 'en', [], tenths)).toBe('durSeconds_other|1.0');
    expect(plural(t, 'durSeconds', 1, 'en')).toBe('durSeconds_one|1');
  });

  // Bug 3 (issue 12): "1 Seller Central cookies will be removed".
  test('bug 3: with count 1 the English text is singular', () => {
    const en = translator(read('en'));
    expect(plural(en, 'cleanupWillRemove', 1, 'en')).toMatch(
      /^1 Seller Central cookie will be removed,/,
    );
    expect(plural(en, 'cleanupWillRemove', 2, 'en')).toMatch(
      /^2 Seller Central cookies will be removed,/,
    );
    for (const base of ['cleanupDone', 'cleanupNotRemoved', 'cleanupWiderList'] as const) {
      expect(plural(en, base, 1, 'en')).not.toMatch(/\bcookies\b/);
    }
  });
});

test('a count message is named by its base; a plain key or a wrong base does not compile', () => {
  const t: Translate = (key) => key;
  // @ts-expect-error bannerTitle carries no count
  expect(plural(t, 'bannerTitle', 1, 'en')).toBe('bannerTitle_other');
  // @ts-expect-error a variant is not a base
  expect(plural(t, 'cleanupDone_one', 1, 'en')).toBe('cleanupDone_one_other');
});

describe('parseMessages', () => {
  test.each([
    ['the English file', read('en'), true],
    ['the Arabic file', read('ar'), true],
    ['not an object', 'x', false],
    ['an array', [], false],
    ['an entry without message', { a: { description: 'x' } }, false],
    ['a placeholder without content', { a: { message: '$X$', placeholders: { x: {} } } }, false],
    ['placeholders that are not an object', { a: { message: 'x', placeholders: 'y' } }, false],
  ])('%s', (_case, raw, ok) => {
    expect(parseMessages(raw) !== null).toBe(ok);
  });
});

describe('createCatalogue', () => {
  test('each locale is read once; a failed or malformed read is tried again', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new Error('not packaged'))
      .mockResolvedValueOnce({ bannerTitle: { text: 'no message' } })
      .mockResolvedValue({ bannerTitle: { message: 'Hallo' } });
    const catalogue = createCatalogue(load);
    expect(await catalogue('de')).toBeNull();
    expect(await catalogue('de')).toBeNull();
    expect(await catalogue('de')).toEqual({ bannerTitle: { message: 'Hallo' } });
    expect(await catalogue('de')).toEqual({ bannerTitle: { message: 'Hallo' } });
    expect(load).toHaveBeenCalledTimes(3);
    expect(load).toHaveBeenCalledWith('de');
  });

  test('two asks at once share one read; locales are kept apart', async () => {
    const load = vi.fn(async (locale: Locale) => ({ k: { message: locale } }));
    const catalogue = createCatalogue(load);
    const [a, b, c] = await Promise.all([catalogue('fr'), catalogue('fr'), catalogue('ar')]);
    expect(a).toBe(b);
    expect(c).toEqual({ k: { message: 'ar' } });
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('expandedTranslator over expandAll (what the banner formats with)', () => {
  const locales = readdirSync(path.resolve(import.meta.dirname, '../../public/_locales'));
  test.each(locales)('%s: every message reads as translator reads it', (locale) => {
    const file = JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`),
        'utf8',
      ),
    ) as Messages;
    const full = translator(file);
    const lean = expandedTranslator(expandAll(file));
    for (const key of Object.keys(file)) {
      for (const subs of [undefined, 'x$1y', ['14:32', '2 h', 'Fri $$ $2']]) {
        expect(lean(key as MessageKey, subs), key).toBe(full(key as MessageKey, subs));
      }
    }
    expect(lean('noSuchKey' as MessageKey)).toBe('noSuchKey');
  });
});
