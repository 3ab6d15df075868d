import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { defaultSettings, parseSettings, settingsItem } from './settings';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());

const valid = {
  bannerEnabled: false,
  defaultHost: 'sellercentral.amazon.de',
  cloudflareSource: false,
  customSource: 'https://time.example/now',
};

test.each([
  ['missing', undefined, defaultSettings],
  ['not an object', 'garbage', defaultSettings],
  ['an array', [1, 2], defaultSettings],
  ['null', null, defaultSettings],
  ['a number', 7, defaultSettings],
  [
    'an older format (other key names)',
    { enabled: false, marketplace: 'DE', showBanner: 'yes' },
    defaultSettings,
  ],
  [
    'a partial object keeps what is valid',
    { defaultHost: 'sellercentral.amazon.co.jp' },
    { ...defaultSettings, defaultHost: 'sellercentral.amazon.co.jp' },
  ],
  ['a custom source that is a number', { customSource: 443 }, defaultSettings],
  ['valid', valid, valid],
  ['wrong types', { bannerEnabled: 'no', defaultHost: 42, cloudflareSource: 1 }, defaultSettings],
  ['an unknown host', { bannerEnabled: true, defaultHost: 'evil.example' }, defaultSettings],
  ['an http custom source', { customSource: 'http://time.example/' }, defaultSettings],
  [
    'a custom source with credentials',
    { customSource: 'https://a:b@time.example/' },
    defaultSettings,
  ],
  ['a custom source that is not a URL', { customSource: 'javascript:alert(1)' }, defaultSettings],
  [
    'a huge custom source',
    { customSource: `https://a.example/${'x'.repeat(5000)}` },
    defaultSettings,
  ],
  [
    'extra old keys are dropped',
    { bannerEnabled: false, version: 0, sources: [] },
    { ...defaultSettings, bannerEnabled: false },
  ],
])('%s loads as expected', (_case, raw, expected) => {
  expect(parseSettings(raw)).toEqual(expected);
});

test.each([
  ['a string', 'garbage'],
  ['a number', 42],
  ['an array', [1, 2]],
  ['null', null],
  ['an old-format object', { enabled: false, marketplace: 'DE', version: 1 }],
])('settings stored as %s load as the defaults', async (_case, raw) => {
  await fakeBrowser.storage.local.set({ settings: raw });
  expect(await settingsItem.get()).toEqual(defaultSettings);
});

test('nothing stored: the defaults; what is saved is normalised first', async () => {
  expect(await settingsItem.get()).toEqual(defaultSettings);
  await settingsItem.set({ ...defaultSettings, bannerEnabled: false, customSource: 'http://x/' });
  expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({
    ...defaultSettings,
    bannerEnabled: false,
    customSource: null,
  });
});
