import { expect, test } from 'vitest';
import { marketplaces } from '../sellercentral/marketplaces';
import { linkKinds, linkPatterns, supportLinks } from './links';

test('every listed host has every link, on its own host, over https', () => {
  expect([...supportLinks.keys()].sort()).toEqual(marketplaces.map((m) => m.host).sort());
  for (const { host } of marketplaces) {
    const links = supportLinks.get(host);
    for (const kind of linkKinds) {
      const url = new URL(links?.[kind] ?? 'x:');
      expect(url.protocol).toBe('https:');
      expect(url.host).toBe(host);
    }
  }
});

test.each(linkKinds)('%s names its source', (kind) => {
  expect(linkPatterns[kind].source.length).toBeGreaterThan(10);
});

test('the routes PRODUCT.md names', () => {
  const de = supportLinks.get('sellercentral.amazon.de');
  expect(de?.contactUs).toBe('https://sellercentral.amazon.de/cu/contact-us');
  expect(de?.signInHelp).toBe(
    'https://sellercentral.amazon.de/gp/help/external/help.html?itemID=200123250',
  );
});
