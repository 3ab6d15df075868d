import { describe, expect, test } from 'vitest';
import { firefoxManifest, geckoId } from './firefox-manifest';

const built = {
  manifest_version: 3,
  name: '__MSG_extName__',
  minimum_chrome_version: '116',
  background: { service_worker: 'service-worker-loader.js', type: 'module' },
  web_accessible_resources: [
    { matches: ['https://a.example/*'], resources: ['x.js'], use_dynamic_url: true },
  ],
  permissions: ['storage'],
};

describe('firefoxManifest', () => {
  const ff = firefoxManifest(built);
  test.each([
    [
      'runs the worker module as a background script',
      ff.background,
      { scripts: ['service-worker-loader.js'], type: 'module' },
    ],
    ['drops the Chrome-only minimum version', ff.minimum_chrome_version, undefined],
    [
      'drops use_dynamic_url',
      ff.web_accessible_resources,
      [{ matches: ['https://a.example/*'], resources: ['x.js'] }],
    ],
    ['keeps permissions as they are', ff.permissions, ['storage']],
    [
      'names the gecko id',
      (ff.browser_specific_settings as { gecko: { id: string } }).gecko.id,
      geckoId,
    ],
  ])('%s', (_rule, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  test('refuses a manifest without a background worker', () => {
    expect(() => firefoxManifest({ manifest_version: 3 })).toThrow(/service_worker/);
  });
});
