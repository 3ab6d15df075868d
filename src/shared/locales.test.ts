import { describe, expect, test } from 'vitest';
import {
  browserLocaleFor,
  directionOf,
  isLocale,
  localeForTag,
  pageLocaleToFetch,
  shippedLocales,
  tagOf,
  textTagFor,
} from './locales';

describe('localeForTag', () => {
  // Tags as browsers and Seller Central pages write them (`<html lang="de-de">`, navigator.language).
  test.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-gb', 'en'],
    ['de-DE', 'de'],
    ['de-de', 'de'],
    ['de-AT', 'de'],
    ['de_DE', 'de'],
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['it-IT', 'it'],
    ['es-ES', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['pt-BR', 'pt_BR'],
    ['pt-br', 'pt_BR'],
    ['pt-PT', 'pt_BR'],
    ['pt', 'pt_BR'],
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['pl-PL', 'pl'],
    ['sv-SE', 'sv'],
    ['tr-TR', 'tr'],
    ['ja-JP', 'ja'],
    ['ja', 'ja'],
    ['zh-CN', 'zh_CN'],
    ['zh-cn', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['zh-Hans-CN', 'zh_CN'],
    ['zh-SG', 'zh_CN'],
    ['ar', 'ar'],
    ['ar-AE', 'ar'],
    ['ar-SA', 'ar'],
    ['ar-EG', 'ar'],
    [' AR-ae ', 'ar'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(localeForTag(tag)).toBe(locale);
  });

  test.each([
    ['zh-TW'],
    ['zh-Hant'],
    ['zh-Hant-HK'],
    ['zh-HK'],
    ['ko-KR'],
    ['hi-IN'],
    ['he'],
    [''],
    ['   '],
    ['x'],
    ['de DE'],
    ['<script>'],
    ['english'],
  ])('%s → null (not shipped or not a tag)', (tag) => {
    expect(localeForTag(tag)).toBeNull();
  });

  test('null and undefined → null', () => {
    expect(localeForTag(null)).toBeNull();
    expect(localeForTag(undefined)).toBeNull();
  });

  test('every shipped folder maps to itself', () => {
    for (const l of shippedLocales) expect(localeForTag(tagOf(l))).toBe(l);
  });
});

test('direction and tags', () => {
  expect(shippedLocales.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar']);
  expect(tagOf('pt_BR')).toBe('pt-BR');
  expect(tagOf('zh_CN')).toBe('zh-CN');
  expect(tagOf('de')).toBe('de');
});

test('isLocale accepts folder names only', () => {
  expect(isLocale('pt_BR')).toBe(true);
  expect(isLocale('pt-BR')).toBe(false);
  expect(isLocale('__proto__')).toBe(false);
  expect(isLocale(3)).toBe(false);
});

// What chrome.i18n picks from the browser's UI language (getUILanguage answers e.g. `en-US`).
test.each([
  ['en-US', 'en'],
  ['de', 'de'],
  ['de-AT', 'de'],
  ['pt-BR', 'pt_BR'],
  ['pt-PT', 'en'],
  ['zh-CN', 'zh_CN'],
  ['zh-TW', 'en'],
  ['ar', 'ar'],
  ['es-419', 'es'],
  ['ko', 'en'],
  ['', 'en'],
] as const)('browser UI %s → extension strings in %s', (ui, locale) => {
  expect(browserLocaleFor(ui)).toBe(locale);
});

// The tag for lang and Intl: the UI's own when our strings are in its language, else theirs.
test.each([
  ['en-US', 'en-US'],
  ['de-AT', 'de-AT'],
  ['es-419', 'es-419'],
  ['pt-BR', 'pt-BR'],
  ['pt-PT', 'en'],
  ['zh-TW', 'en'],
  ['zh-CN', 'zh-CN'],
  ['ru', 'en'],
  ['ar', 'ar'],
  ['', 'en'],
] as const)('browser UI %s → text tag %s', (ui, tag) => {
  expect(textTagFor(ui)).toBe(tag);
});

// Which page languages need strings from the background (the i18n API has the browser's only).
test.each([
  ['de-de', 'en-US', 'de'],
  ['de-de', 'de', null],
  ['de-DE', 'de-AT', null],
  ['en-us', 'de', 'en'],
  ['ar-ae', 'en-US', 'ar'],
  ['ar', 'ar', null],
  ['pt-br', 'pt-PT', 'pt_BR'],
  ['zh-TW', 'en-US', null],
  ['ko-KR', 'de', null],
  [null, 'de', null],
  ['', 'en-US', null],
  // The background is given the page's locale name (the content script's `localeForTag`).
  ['pt_BR', 'en-US', 'pt_BR'],
  ['zh_CN', 'zh-CN', null],
  ['de', 'de-DE', null],
] as const)('page %s, browser %s → fetch %s', (page, ui, want) => {
  expect(pageLocaleToFetch(page, ui)).toBe(want);
});
