import { fakeBrowser } from '@webext-core/fake-browser';
import { expect, test, vi } from 'vitest';
import { defaultSettings } from '../shared/settings';
import { cloudflareTrace, customSource, sourcesFor } from './sources';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const sc = {
  id: 'sellercentral.amazon.de',
  url: 'https://sellercentral.amazon.de/robots.txt',
  kind: 'robots',
  optional: false,
};

test('by default: Seller Central, which decides, then Cloudflare', () => {
  expect(sourcesFor('sellercentral.amazon.de', defaultSettings)).toEqual({
    sources: [sc, cloudflareTrace],
    primary: 'sellercentral.amazon.de',
  });
});

test('Cloudflare can be turned off; Seller Central cannot', () => {
  expect(
    sourcesFor('sellercentral.amazon.de', { cloudflareSource: false, customSource: null }),
  ).toEqual({ sources: [sc], primary: sc.id });
});

test('a custom source is added after the others', () => {
  const { sources } = sourcesFor('sellercentral.amazon.de', {
    cloudflareSource: true,
    customSource: 'https://time.example.org/now',
  });
  expect(sources.map((s) => [s.id, s.kind])).toEqual([
    [sc.id, 'robots'],
    ['www.cloudflare.com', 'trace'],
    ['time.example.org', 'date'],
  ]);
});

test('a custom source on a host already asked is not asked twice', () => {
  const { sources } = sourcesFor('sellercentral.amazon.de', {
    cloudflareSource: true,
    customSource: 'https://www.cloudflare.com/',
  });
  expect(sources).toHaveLength(2);
});

test.each([
  ['https://example.com/cdn-cgi/trace', { id: 'example.com', kind: 'trace' }],
  ['https://example.com:8443/', { id: 'example.com:8443', kind: 'date' }],
  ['https://example.com/robots.txt', { id: 'example.com', kind: 'robots' }],
  ['http://example.com/', null],
  ['https://user:pw@example.com/', null],
  ['not a url', null],
  ['javascript:alert(1)', null],
])('customSource(%s)', (url, expected) => {
  const s = customSource(url);
  expect(s && { id: s.id, kind: s.kind }).toEqual(expected);
});
