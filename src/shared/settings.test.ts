import { expect, test } from 'vitest';
import { defaultSettings, parseSettings } from './settings';

test.each([
  ['missing', undefined, defaultSettings],
  ['not an object', 'garbage', defaultSettings],
  ['an array', [1, 2], defaultSettings],
  [
    'valid',
    { bannerEnabled: false, defaultHost: 'sellercentral.amazon.de' },
    { bannerEnabled: false, defaultHost: 'sellercentral.amazon.de' },
  ],
  ['wrong types', { bannerEnabled: 'no', defaultHost: 42 }, defaultSettings],
  ['an unknown host', { bannerEnabled: true, defaultHost: 'evil.example' }, defaultSettings],
  [
    'extra old keys are dropped',
    { bannerEnabled: false, version: 0, sources: [] },
    { ...defaultSettings, bannerEnabled: false },
  ],
])('%s loads as expected', (_case, raw, expected) => {
  expect(parseSettings(raw)).toEqual(expected);
});
