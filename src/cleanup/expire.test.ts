import { expect, test } from 'vitest';
import { type ExpiringCookie, expireDetails } from './expire';
import chromium from './fixtures/chromium-cookies.json' with { type: 'json' };
import firefoxCookies from './fixtures/firefox-cookies.handwritten-from-mdn.json' with {
  type: 'json',
};

const recorded: ExpiringCookie[] = chromium;
const firefox: ExpiringCookie[] = firefoxCookies.cookies;
const find = (name: string, domain: string) => {
  const c = recorded.find((x) => x.name === name && x.domain === domain);
  if (!c) throw new Error(`fixture lacks ${name}`);
  return c;
};

test('a host-only cookie is expired without a domain (a domain would make another cookie)', () => {
  expect(expireDetails(find('sc-ap-signin', 'sellercentral.amazon.com'))).toEqual({
    url: 'https://sellercentral.amazon.com/ap/signin',
    name: 'sc-ap-signin',
    value: '',
    path: '/ap/signin',
    secure: true,
    httpOnly: true,
    sameSite: 'unspecified',
    storeId: '0',
    expirationDate: 1,
  });
});

test('a domain cookie keeps its domain; a partitioned one its partition key', () => {
  expect(expireDetails(find('sc-domain-plain', '.sellercentral.amazon.com'))).toMatchObject({
    url: 'http://sellercentral.amazon.com/',
    domain: '.sellercentral.amazon.com',
    secure: false,
  });
  const partitioned = recorded.filter(
    (c) => c.name === 'sc-part' && c.domain === 'sellercentral.amazon.com',
  );
  expect(partitioned.map((c) => expireDetails(c).partitionKey)).toEqual([
    { hasCrossSiteAncestor: false, topLevelSite: 'https://amazon.com' },
    { hasCrossSiteAncestor: true, topLevelSite: 'https://amazon.de' },
  ]);
});

test('Firefox: the isolation key goes with it (first-party isolation refuses a set without it)', () => {
  const isolated = firefox.find((c) => c.firstPartyDomain === 'amazon.com');
  if (!isolated) throw new Error('fixture lacks an isolated cookie');
  expect(expireDetails(isolated)).toMatchObject({
    firstPartyDomain: 'amazon.com',
    expirationDate: 1,
  });
  const plain = firefox.find((c) => c.firstPartyDomain === '');
  if (!plain) throw new Error('fixture lacks a plain cookie');
  expect(expireDetails(plain)).toMatchObject({ firstPartyDomain: '' });
});
