import { expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { contentScriptsOf, matchesPattern, scriptsForUrl } from './content-scripts';

test.each([
  ['https://sellercentral.amazon.de/ap/*', 'https://sellercentral.amazon.de/ap/mfa?arb=1', true],
  ['https://sellercentral.amazon.de/ap/*', 'https://sellercentral.amazon.de/ap/', true],
  ['https://sellercentral.amazon.de/ap/*', 'https://sellercentral.amazon.de/ap', false],
  ['https://sellercentral.amazon.de/ap/*', 'https://sellercentral.amazon.de/home', false],
  ['https://sellercentral.amazon.de/ap/*', 'http://sellercentral.amazon.de/ap/mfa', false],
  ['https://sellercentral.amazon.de/ap/*', 'https://sellercentral.amazon.com/ap/mfa', false],
  [
    'https://sellercentral.amazon.de/ap/*',
    'https://evil.example/?https://sellercentral.amazon.de/ap/',
    false,
  ],
  [
    'https://sellercentral.amazon.de/ap/*',
    'https://sellercentral.amazon.de.evil.example/ap/',
    false,
  ],
  ['https://sellercentral.amazon.de/ap/*', 'https://sellercentral.amazon.de/x/ap/mfa', false],
  // The fragment is not part of what the browser matches.
  ['https://sellercentral.amazon.de/ap/*', 'https://sellercentral.amazon.de/ap/#x', true],
  ['*://sellercentral.amazon.de/*', 'http://sellercentral.amazon.de/', true],
  ['*://sellercentral.amazon.de/*', 'ftp://sellercentral.amazon.de/', false],
  ['https://*.amazon.com/*', 'https://sellercentral-europe.amazon.com/ap/x', true],
  ['https://*.amazon.com/*', 'https://amazon.com/', true],
  ['https://*.amazon.com/*', 'https://notamazon.com/', false],
  ['https://*/*', 'https://anything.example/a', true],
  ['https://sellercentral.amazon.de/ap/*', 'chrome://extensions/', false],
  ['https://sellercentral.amazon.de/ap/*', 'not a url', false],
  ['not a pattern', 'https://sellercentral.amazon.de/ap/', false],
])('%s matches %s: %s', (pattern, url, expected) => {
  expect(matchesPattern(pattern, url)).toBe(expected);
});

test("the manifest's scripts: the sign-in pages get the banner's, Contact Us the paste banner's", () => {
  const scripts = contentScriptsOf(manifest);
  expect(scripts.length).toBe(manifest.content_scripts.length);
  expect(scriptsForUrl(scripts, 'https://sellercentral.amazon.co.jp/ap/mfa')).toEqual([
    'src/content/index.ts',
  ]);
  expect(scriptsForUrl(scripts, 'https://sellercentral.amazon.co.jp/cu/contact-us')).toEqual([
    'src/contact/index.ts',
  ]);
  expect(scriptsForUrl(scripts, 'https://sellercentral.amazon.co.jp/home')).toBeNull();
  expect(scriptsForUrl(scripts, undefined)).toBeNull();
});

test('entries without matches or scripts (CSS only) are left out', () => {
  expect(
    contentScriptsOf({
      content_scripts: [{ matches: ['https://a.example/*'] }, { js: ['x.js'] }, {}],
    }),
  ).toEqual([]);
  expect(contentScriptsOf({})).toEqual([]);
});
