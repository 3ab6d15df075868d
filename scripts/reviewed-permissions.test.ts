import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import manifest from '../manifest.json' with { type: 'json' };
import { grantKeys, grantsOf, manifestProblems, reviewed } from './reviewed-permissions';

describe('the source manifest', () => {
  test('grants exactly the reviewed list', () => {
    expect(grantKeys(grantsOf(manifest))).toEqual(grantKeys(reviewed));
  });

  test('keeps every rule', () => {
    expect(manifestProblems(manifest)).toEqual([]);
  });

  test('every reviewed entry has a reason', () => {
    for (const g of reviewed) expect(g.reason.length, g.value).toBeGreaterThan(20);
  });
});

describe('manifestProblems catches a widened manifest', () => {
  test.each([
    ['<all_urls>', { ...manifest, host_permissions: ['<all_urls>'] }, /all_urls/],
    ['a wildcard host', { ...manifest, host_permissions: ['https://*/*'] }, /wildcard host/],
    [
      'a content script on every page',
      { ...manifest, content_scripts: [{ matches: ['https://*.amazon.com/*'], js: ['x.js'] }] },
      /content-script/,
    ],
    [
      'a content script beyond sign-in pages',
      {
        ...manifest,
        content_scripts: [{ matches: ['https://sellercentral.amazon.com/*'], js: ['x.js'] }],
      },
      /beyond the reviewed content-script pages/,
    ],
    [
      'web-accessible resources for any page',
      {
        ...manifest,
        web_accessible_resources: [{ matches: ['https://*/*'], resources: ['a.js'] }],
      },
      /web-accessible/,
    ],
    [
      'unsafe-eval',
      {
        ...manifest,
        content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" },
      },
      /unsafe/,
    ],
    [
      'a remote script source',
      {
        ...manifest,
        content_security_policy: { extension_pages: "script-src 'self' https://cdn.example" },
      },
      /script-src other than 'self'/,
    ],
    ['no CSP', { ...manifest, content_security_policy: undefined }, /no extension-page CSP/],
    [
      'web pages allowed to message',
      { ...manifest, externally_connectable: { matches: ['https://*.example/*'] } },
      /may message the background/,
    ],
  ])('%s', (_case, widened, problem) => {
    expect(manifestProblems(widened).join('\n')).toMatch(problem);
  });
});

describe('the README', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '..', 'README.md'), 'utf8');
  const section = readme.split('## Permissions, and why')[1]?.split('\n## ')[0] ?? '';

  // Hosts are listed once, as the marketplace table; every other entry by its exact value.
  const named = [
    ...new Set(reviewed.map((g) => (g.value.includes('sellercentral') ? null : g.value))),
  ];
  test.each(named.filter((v): v is string => v !== null))('names %s', (value) => {
    expect(section).toContain(value);
  });

  test('says where the Seller Central hosts are listed', () => {
    expect(section).toContain('src/sellercentral/marketplaces.ts');
  });
});
