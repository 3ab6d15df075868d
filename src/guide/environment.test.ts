import { expect, test } from 'vitest';
import { detectEnvironment, type Environment, environmentWords, type UaData } from './environment';

// User-agent strings as the browsers send them (UA reduction: frozen OS parts, x.0.0.0 versions).
const chromeWin =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const edgeWin = `${chromeWin} Edg/131.0.0.0`;
const firefoxMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0';
const chromiumLinux =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const operaWin = `${chromeWin} OPR/115.0.0.0`;
const safariMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';

const brands = (...list: [string, string][]) =>
  list.map(([brand, version]) => ({ brand, version }));

test.each([
  [
    'Chrome on Windows 11 (userAgentData with platformVersion 15)',
    chromeWin,
    {
      brands: brands(['Google Chrome', '131'], ['Chromium', '131'], ['Not_A Brand', '24']),
      platform: 'Windows',
      platformVersion: '15.0.0',
    },
    { browser: 'Chrome', browserVersion: '131', os: 'windows', osVersion: '11' },
  ],
  [
    'Edge on Windows 10 (platformVersion 10)',
    edgeWin,
    {
      brands: brands(['Chromium', '131'], ['Microsoft Edge', '131']),
      platform: 'Windows',
      platformVersion: '10.0.0',
    },
    { browser: 'Edge', browserVersion: '131', os: 'windows', osVersion: '10' },
  ],
  [
    'Edge, string only',
    edgeWin,
    null,
    { browser: 'Edge', browserVersion: '131', os: 'windows', osVersion: null },
  ],
  [
    'Opera, string only',
    operaWin,
    null,
    { browser: 'Opera', browserVersion: '115', os: 'windows', osVersion: null },
  ],
  [
    'Firefox on macOS (no userAgentData)',
    firefoxMac,
    null,
    { browser: 'Firefox', browserVersion: '133', os: 'macos', osVersion: null },
  ],
  [
    'Safari on macOS',
    safariMac,
    null,
    { browser: 'Safari', browserVersion: '18', os: 'macos', osVersion: null },
  ],
  [
    "Debian's Chromium (the e2e browser)",
    chromiumLinux,
    {
      brands: brands(['Chromium', '140'], ['Not=A?Brand', '24']),
      platform: 'Linux',
      platformVersion: '6.1.0',
    },
    { browser: 'Chromium', browserVersion: '140', os: 'linux', osVersion: null },
  ],
  [
    'macOS version from userAgentData',
    chromeWin.replace('Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7'),
    { brands: brands(['Google Chrome', '131']), platform: 'macOS', platformVersion: '14.5.0' },
    { browser: 'Chrome', browserVersion: '131', os: 'macos', osVersion: '14.5.0' },
  ],
  [
    'nothing known',
    '',
    null,
    { browser: null, browserVersion: null, os: 'unknown', osVersion: null },
  ],
  [
    'a nonsense platformVersion is ignored',
    chromeWin,
    { platform: 'Windows', platformVersion: '<b>' },
    { browser: 'Chrome', browserVersion: '131', os: 'windows', osVersion: null },
  ],
] as [string, string, UaData | null, Environment][])('%s', (_case, ua, data, expected) => {
  expect(detectEnvironment(ua, data)).toEqual(expected);
});

test.each([
  [
    { browser: 'Chrome', browserVersion: '131', os: 'windows', osVersion: '11' },
    { browser: 'Chrome 131', os: 'Windows 11' },
  ],
  [
    { browser: 'Firefox', browserVersion: null, os: 'linux', osVersion: null },
    { browser: 'Firefox', os: 'Linux' },
  ],
  [
    { browser: null, browserVersion: null, os: 'unknown', osVersion: null },
    { browser: null, os: null },
  ],
] as [Environment, ReturnType<typeof environmentWords>][])('words for %j', (env, words) => {
  expect(environmentWords(env)).toEqual(words);
});
