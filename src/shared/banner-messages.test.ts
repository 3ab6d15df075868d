import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { methods, pageStates } from '../detect/classify';
import { bannerKeys, createBannerMessages, pickBannerMessages } from './banner-messages';
import { formatMessage } from './format-message';
import { situationOf } from './situations';

const en = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
);

test('every hint the banner can show is among the keys sent to it', () => {
  for (const state of pageStates) {
    for (const method of methods) {
      for (const destination of [null, '12']) {
        expect(bannerKeys).toContain(situationOf({ state, method, destination }).hint.key);
      }
    }
  }
});

test('picks only the banner keys, with their placeholders, from a messages.json', () => {
  const picked = pickBannerMessages(en);
  expect(Object.keys(picked ?? {}).sort()).toEqual([...bannerKeys].sort());
  expect(picked?.extName).toBeUndefined();
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

test('each locale is read once; a failed read is retried', async () => {
  const load = vi
    .fn()
    .mockRejectedValueOnce(new Error('not packaged'))
    .mockResolvedValue({ bannerTitle: { message: 'Hallo' } });
  const messages = createBannerMessages(load);
  expect(await messages('de')).toBeNull();
  expect(await messages('de')).toEqual({ bannerTitle: { message: 'Hallo' } });
  expect(await messages('de')).toEqual({ bannerTitle: { message: 'Hallo' } });
  expect(load).toHaveBeenCalledTimes(2);
});
