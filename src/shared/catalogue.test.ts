import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import {
  createCatalogue,
  formatMessage,
  type Messages,
  parseMessages,
  type Translate,
  translator,
} from './catalogue';
import type { Locale } from './locales';

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
