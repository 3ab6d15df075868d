import { describe, expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { cloudflareTrace } from '../clock/sources';
import {
  findMarketplace,
  isSellerCentralHost,
  marketplaceOfUrl,
  marketplaces,
  pageOfUrl,
  pagePatterns,
} from './marketplaces';

describe('the marketplace table and the manifest', () => {
  const scripts = (js: string) => manifest.content_scripts.filter((c) => c.js.includes(js));
  const matchesOf = (js: string) => scripts(js).flatMap((c) => c.matches);

  test('the sign-in pages are /ap/ and the newer /ax/ ("claim") pages', () => {
    expect(pagePatterns('sellercentral.amazon.de', 'sign-in')).toEqual([
      'https://sellercentral.amazon.de/ap/*',
      'https://sellercentral.amazon.de/ax/*',
    ]);
  });

  test('the content script matches exactly the sign-in pages of every listed host', () => {
    expect([...matchesOf('src/content/index.ts')].sort()).toEqual(
      marketplaces.flatMap((m) => pagePatterns(m.host, 'sign-in')).sort(),
    );
  });

  test('the Contact Us script matches exactly the Contact Us pages of every listed host', () => {
    expect([...matchesOf('src/contact/index.ts')].sort()).toEqual(
      marketplaces.flatMap((m) => pagePatterns(m.host, 'contact')).sort(),
    );
  });

  test('no other content script', () => {
    expect(manifest.content_scripts.flatMap((c) => c.js).sort()).toEqual([
      'src/contact/index.ts',
      'src/content/index.ts',
    ]);
  });

  test('each host is listed once', () => {
    const hosts = marketplaces.map((m) => m.host);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  test('the manifest asks for no host beyond them and the clock sources', () => {
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    // Seller Central hosts: their `Date` header is the clock that judges the code.
    expect(manifest.host_permissions).toEqual([
      // `*://`: Chromium shows an extension a cookie only if it may access the cookie's URL, and a
      // cookie without Secure has an http URL; the cleanup must see those too (issue 4).
      ...marketplaces.map((m) => `*://${m.host}/*`),
      cloudflareTrace.url,
    ]);
    // Only a custom clock source, asked for when the seller adds it in Options.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    // cookies + browsingData: the site-data cleanup (issue 4), never with `cookies: true`;
    // cookies also tells whether a Seller Central session exists (support/signed-in.ts);
    // scripting: the page outline, made in the sign-in tab on request (support/page-outline.ts).
    expect(manifest.permissions).toEqual(['storage', 'cookies', 'browsingData', 'scripting']);
  });

  test('every host in PRODUCT.md is in the table', () => {
    const fromSpec = [
      'sellercentral.amazon.com',
      'sellercentral.amazon.ca',
      'sellercentral.amazon.com.mx',
      'sellercentral.amazon.com.br',
      'sellercentral-europe.amazon.com',
      'sellercentral.amazon.co.uk',
      'sellercentral.amazon.de',
      'sellercentral.amazon.fr',
      'sellercentral.amazon.it',
      'sellercentral.amazon.es',
      'sellercentral.amazon.nl',
      'sellercentral.amazon.se',
      'sellercentral.amazon.pl',
      'sellercentral.amazon.com.be',
      'sellercentral.amazon.com.tr',
      'sellercentral.amazon.ae',
      'sellercentral.amazon.sa',
      'sellercentral.amazon.eg',
      'sellercentral.amazon.in',
      'sellercentral.amazon.co.za',
      'sellercentral.amazon.ie',
      'sellercentral.amazon.co.jp',
      'sellercentral.amazon.com.au',
      'sellercentral.amazon.sg',
    ];
    expect(marketplaces.map((m) => m.host).sort()).toEqual(fromSpec.sort());
  });
});

describe('host lookups', () => {
  test.each([
    ['sellercentral.amazon.de', true],
    ['SELLERCENTRAL.AMAZON.DE', true],
    ['www.amazon.de', false],
    ['sellercentral.amazon.de.evil.example', false],
    ['evil-sellercentral.amazon.de', false],
    ['', false],
  ])('%s is a Seller Central host: %s', (host, yes) => {
    expect(isSellerCentralHost(host)).toBe(yes);
  });

  test.each([
    ['https://sellercentral.amazon.co.jp/ap/mfa', 'JP'],
    ['http://sellercentral.amazon.co.jp/ap/mfa', undefined],
    ['https://sellercentral.amazon.com:8443/ap/mfa', 'US'],
    ['not a url', undefined],
    [undefined, undefined],
  ])('marketplace of %s is %s', (url, country) => {
    expect(marketplaceOfUrl(url)?.country).toBe(country);
  });

  test.each([
    ['https://sellercentral.amazon.de/ap/mfa?arb=1', 'sign-in'],
    ['https://sellercentral.amazon.de/ap/cvf/approval', 'sign-in'],
    ['https://sellercentral.amazon.de/ax/claim?arb=1', 'sign-in'],
    ['https://sellercentral.amazon.de/ax/aaut/verify/ap/challenge', 'sign-in'],
    ['https://sellercentral.amazon.de/axe/claim', null],
    ['https://sellercentral.amazon.de/ax', null],
    ['https://www.amazon.de/ax/claim', null],
    ['https://sellercentral.amazon.de/cu/contact-us', 'contact'],
    ['https://sellercentral.amazon.de/home', null],
    ['https://sellercentral.amazon.de/apx/signin', null],
    ['https://sellercentral.amazon.de/x/ap/signin', null],
    ['http://sellercentral.amazon.de/ap/signin', null],
    ['https://amazon.de/ap/signin', null],
    ['https://sellercentral.amazon.de.example/ap/signin', null],
  ])('%s is a %s page', (url, kind) => {
    expect(pageOfUrl(url)?.kind ?? null).toBe(kind);
  });

  test('findMarketplace knows the support language', () => {
    expect(findMarketplace('sellercentral.amazon.ae')?.language).toBe('ar');
  });
});
