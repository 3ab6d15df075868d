import { expect, test } from 'vitest';
import { describeInUiLanguage } from './description-language';

test.each([
  ['en-US', 'en', true],
  ['de', 'de', true],
  ['pt-BR', 'pt-BR', true],
  ['pt_PT', 'pt-BR', true],
  ['en-GB', 'de', false],
  ['de', 'en', false],
  ['ja', 'ar', false],
])('UI %s, support %s → UI translator: %s', (ui, support, expected) => {
  expect(describeInUiLanguage(ui, support)).toBe(expected);
});
