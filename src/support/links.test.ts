import { expect, test } from 'vitest';
import { marketplaces } from '../sellercentral/marketplaces';
import { linkKinds, linksFor } from './links';

test.each(marketplaces.map((m) => m.host))('%s: every link on its own host, over https', (host) => {
  const links = linksFor(host);
  expect(Object.keys(links).sort()).toEqual([...linkKinds].sort());
  for (const kind of linkKinds) {
    const url = new URL(links[kind]);
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe(host);
  }
});

test('the routes PRODUCT.md names', () => {
  const de = linksFor('sellercentral.amazon.de');
  expect(de.contactUs).toBe('https://sellercentral.amazon.de/cu/contact-us');
  expect(de.signInHelp).toBe(
    'https://sellercentral.amazon.de/gp/help/external/help.html?itemID=200123250',
  );
});

test('User Permissions, where the owner gives each person a login, on that marketplace', () => {
  expect(linksFor('sellercentral.amazon.de').userPermissions).toBe(
    'https://sellercentral.amazon.de/gp/account-manager/home.html',
  );
  expect(linksFor('sellercentral.amazon.co.jp').userPermissions).toBe(
    'https://sellercentral.amazon.co.jp/gp/account-manager/home.html',
  );
});
