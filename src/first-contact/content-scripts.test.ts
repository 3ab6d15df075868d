import { expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { marketplaces, pagePatterns } from '../sellercentral/marketplaces';
import { contentScriptsOf, scriptsForPattern } from './content-scripts';

test("the manifest's scripts: the sign-in pages get the banner's, Contact Us the paste banner's", () => {
  const scripts = contentScriptsOf(manifest);
  expect(scripts.length).toBe(manifest.content_scripts.length);
  for (const { host } of marketplaces) {
    for (const pattern of pagePatterns(host, 'sign-in')) {
      expect(scriptsForPattern(scripts, pattern), pattern).toEqual(['src/content/index.ts']);
    }
    for (const pattern of pagePatterns(host, 'contact')) {
      expect(scriptsForPattern(scripts, pattern), pattern).toEqual(['src/contact/index.ts']);
    }
  }
  expect(scriptsForPattern(scripts, 'https://sellercentral.amazon.de/home*')).toBeNull();
  expect(scriptsForPattern(scripts, 'https://example.com/ap/*')).toBeNull();
});

test('entries without matches or scripts (CSS only) are left out', () => {
  expect(
    contentScriptsOf({
      content_scripts: [{ matches: ['https://a.example/*'] }, { js: ['x.js'] }, {}],
    }),
  ).toEqual([]);
  expect(contentScriptsOf({})).toEqual([]);
});
