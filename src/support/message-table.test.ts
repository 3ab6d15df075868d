import { expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { parseMessageTable, tableTranslate } from './message-table';

const t = tableTranslate(messages);

test.each([
  ['a plain message', 'supportDescGreeting', undefined, 'Hello Seller Support,'],
  ['one named placeholder', 'endingIn', '76', '(number ending in 76)'],
  [
    'two placeholders',
    'supportDescBrowserOs',
    ['Chrome 131', 'Windows 11'],
    'Browser: Chrome 131 on Windows 11.',
  ],
  ['a missing substitution is blank', 'endingIn', undefined, '(number ending in )'],
] as const)('%s', (_case, key, subs, expected) => {
  expect(t(key, subs as string | string[] | undefined)).toBe(expected);
});

test('a missing key shows itself, as browser.i18n does in this project', () => {
  expect(tableTranslate({})('supportDescGreeting')).toBe('supportDescGreeting');
});

test('$$ is a dollar sign; a substitution is never re-read as a placeholder', () => {
  const table = { price: { message: 'Costs $$5 and $1', placeholders: {} } };
  expect(tableTranslate(table)('supportDescGreeting' as never)).toBe('supportDescGreeting');
  expect(tableTranslate(table)('price' as never, '$2 $NAME$')).toBe('Costs $5 and $2 $NAME$');
});

test.each([
  ['the English table', messages, true],
  ['not an object', 'x', false],
  ['an entry without message', { a: { description: 'x' } }, false],
])('parse %s', (_case, raw, ok) => {
  expect(parseMessageTable(raw) !== null).toBe(ok);
});
