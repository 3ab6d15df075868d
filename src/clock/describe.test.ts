import { describe, expect, test } from 'vitest';
import { describeSkew, detectOs } from './describe';

describe('describeSkew', () => {
  test.each([
    [
      '2 min 13 s behind, ±0.1 s',
      -133_000,
      57,
      {
        direction: 'behind',
        days: 0,
        hours: 0,
        minutes: 2,
        seconds: 13,
        uncertaintySeconds: '0.1',
      },
    ],
    [
      '2 min 13 s ahead, ±0.6 s',
      133_400,
      550,
      { direction: 'ahead', days: 0, hours: 0, minutes: 2, seconds: 13, uncertaintySeconds: '0.6' },
    ],
    [
      'tenths under 10 s',
      -8_040,
      120,
      { direction: 'behind', minutes: 0, seconds: 8, uncertaintySeconds: '0.2' },
    ],
    ['3.4 s ahead', 3_449, 31, { direction: 'ahead', seconds: 3.4, uncertaintySeconds: '0.1' }],
    ['rounds up to the next minute', 59_600, 20, { minutes: 1, seconds: 0 }],
    ['1 h ahead', 3_600_000, 40, { direction: 'ahead', hours: 1, minutes: 0, seconds: 0 }],
    [
      '1 day behind',
      -86_400_000,
      40,
      { direction: 'behind', days: 1, hours: 0, minutes: 0, seconds: 0 },
    ],
    [
      '400 days ahead',
      400 * 86_400_000 + 5 * 3_600_000 + 7_000,
      40,
      { direction: 'ahead', days: 400, hours: 5, minutes: 0, seconds: 7 },
    ],
    ['exact', 30, 45, { direction: 'exact', seconds: 0, uncertaintySeconds: '0.1' }],
    ['exact, negative', -49, 45, { direction: 'exact', seconds: 0 }],
    ['a large error bar in whole seconds', 45_000, 12_300, { uncertaintySeconds: '13' }],
    ['no error bar', 45_000, 0, { uncertaintySeconds: '0.0' }],
  ] as const)('%s', (_case, skew, uncertainty, expected) => {
    expect(describeSkew(skew, uncertainty)).toMatchObject(expected);
  });

  test('says when the skew is within the error bar', () => {
    expect(describeSkew(300, 550).withinUncertainty).toBe(true);
    expect(describeSkew(-600, 550).withinUncertainty).toBe(false);
  });
});

const ua = {
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  macos:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  firefoxMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0',
  chromeos:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  linux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  firefoxUbuntu: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  android:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  ios: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
};

describe('detectOs', () => {
  test.each([
    [ua.windows, undefined, 'windows'],
    [ua.windows, 'Win32', 'windows'],
    [ua.macos, undefined, 'macos'],
    [ua.firefoxMac, 'MacIntel', 'macos'],
    [ua.chromeos, undefined, 'chromeos'],
    [ua.chromeos, 'Chrome OS', 'chromeos'],
    [ua.linux, undefined, 'linux'],
    [ua.firefoxUbuntu, 'Linux x86_64', 'linux'],
    [ua.android, undefined, 'android'],
    [ua.ios, undefined, 'ios'],
    [ua.ipad, undefined, 'ios'],
    // userAgentData.platform wins over a frozen or spoofed string.
    [ua.windows, 'macOS', 'macos'],
    [ua.linux, 'ChromeOS', 'chromeos'],
    [ua.linux, 'Android', 'android'],
    // An empty or unknown platform falls back to the user agent.
    [ua.macos, '', 'macos'],
    [ua.windows, 'Unknown', 'windows'],
    ['', undefined, 'unknown'],
    ['curl/8.5.0', undefined, 'unknown'],
    ['Mozilla/5.0 (compatible; Googlebot/2.1)', undefined, 'unknown'],
  ])('%s, %s → %s', (userAgent, platform, expected) => {
    expect(detectOs(userAgent, platform)).toBe(expected);
  });
});
