import { describe, expect, test } from 'vitest';
import { formatMessage } from './format-message';

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
