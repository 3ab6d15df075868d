import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { methods, pageStates } from '../detect/classify';
import { bannerKeys, pickBannerMessages } from './banner-messages';
import { createCatalogue, formatMessage, translator } from './catalogue';
import type { Locale } from './locales';
import { situationOf } from './situations';

const read = (locale: Locale) =>
  JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`),
      'utf8',
    ),
  );
const en = read('en');

test('every hint the banner can show is among the keys sent to it', () => {
  for (const state of pageStates) {
    for (const method of methods) {
      for (const destination of [null, '12']) {
        expect(bannerKeys).toContain(situationOf({ state, method, destination }).hint.key);
      }
    }
  }
});

test('every key the banner words name is sent to it (else it speaks the browser language)', () => {
  const source = readFileSync(
    path.resolve(import.meta.dirname, '../content/banner-words.ts'),
    'utf8',
  );
  const named = [...source.matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]);
  expect(named.length).toBeGreaterThan(15);
  for (const key of named) expect(bannerKeys, key).toContain(key);
});

test('picks only the banner keys, with their placeholders, from a messages.json', () => {
  const picked = pickBannerMessages(en);
  expect(Object.keys(picked ?? {}).sort()).toEqual([...new Set(bannerKeys)].sort());
  expect(picked?.extName).toBeUndefined();
  expect(picked?.cleanupDone_one).toBeUndefined();
  expect(formatMessage(picked, 'hintOtpSmsTo', ['976'])).toContain('976');
  // Descriptions are for translators: not sent.
  expect(JSON.stringify(picked)).not.toContain('"description"');
});

test.each([
  ['not an object', 'x'],
  ['an array', []],
  ['no banner key', { extName: { message: 'X' } }],
  ['entries without text', { bannerTitle: { message: '' }, bannerOpen: { message: 3 } }],
])('a file with %s gives null', (_name, file) => {
  expect(pickBannerMessages(file)).toBeNull();
});

// Bug 5 (issue 12): the banner's page-language strings take Chrome's `$` rules on their whole way:
// the background's catalogue reads and picks them, the content script formats them.
test('bug 5: "$$$1 and $ x" with A reaches the banner as Chrome gives it, "$$1 and x"', async () => {
  const load = vi.fn(async () => ({ ...en, hintOtpSmsTo: { message: '$$$1 and $ x' } }));
  const picked = pickBannerMessages(await createCatalogue(load)('de'));
  const t = translator(picked ?? {}, (key) => `browser:${key}`);
  expect(t('hintOtpSmsTo', ['A'])).toBe('$$1 and x');
});
