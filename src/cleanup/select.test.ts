import { describe, expect, test } from 'vitest';
import { cookieKey } from './cookie-key';
import chromium from './fixtures/chromium-cookies.json' with { type: 'json' };
import firefox from './fixtures/firefox-cookies.handwritten-from-mdn.json' with { type: 'json' };
import { type CookieLike, selectCookies } from './select';

/** Recorded from Chromium (e2e/cleanup-record.ts): real Set-Cookie responses of the simulator. */
const recorded: CookieLike[] = chromium;
const names = (list: { name: string; domain: string; path: string }[]) =>
  list.map((c) => `${c.domain} ${c.path} ${c.name}`).sort();

/**
 * The extension saw no .amazon.com cookie while recording (no permission for it, as shipped), so
 * parent-domain cookies are the recorded host cookie with the domain changed: same shape.
 */
const base = recorded.find((c) => c.name === 'sc-host' && c.domain === 'sellercentral.amazon.com');
if (!base) throw new Error('fixture lacks sc-host');
const parent = [
  'session-id',
  'ubid-main',
  'i18n-prefs',
  'at-main',
  'sess-at-main',
  'x-main',
  'sst-main',
  'session-token',
].map((name) => ({ ...base, name, domain: '.amazon.com', hostOnly: false }));

describe('selectCookies over recorded Chromium cookies', () => {
  test('seller-central: every cookie of the host and below, nothing of another marketplace', () => {
    expect(
      names(selectCookies([...recorded, ...parent], 'seller-central', 'sellercentral.amazon.com')),
    ).toEqual([
      '.sellercentral.amazon.com / sc-domain',
      '.sellercentral.amazon.com / sc-domain-plain',
      'sellercentral.amazon.com / sc-host',
      'sellercentral.amazon.com / sc-lax',
      'sellercentral.amazon.com / sc-part',
      // The same name under the amazon.de partition (set while framed there): a second cookie.
      'sellercentral.amazon.com / sc-part',
      'sellercentral.amazon.com / sc-plain',
      'sellercentral.amazon.com /ap sc-ap',
      'sellercentral.amazon.com /ap/signin sc-ap-signin',
      'sellercentral.amazon.com /sim/cleanup sc-sim',
    ]);
  });

  test('amazon-sign-in adds the parent domain sign-in cookies only, not shopping ones', () => {
    const picked = selectCookies(
      [...recorded, ...parent],
      'amazon-sign-in',
      'sellercentral.amazon.com',
    );
    expect(names(picked.filter((s) => s.domain === '.amazon.com'))).toEqual([
      '.amazon.com / at-main',
      '.amazon.com / sess-at-main',
      '.amazon.com / session-token',
      '.amazon.com / sst-main',
      '.amazon.com / x-main',
    ]);
  });

  test('the remove details match each cookie: scheme from Secure, partition key kept', () => {
    const picked = selectCookies(recorded, 'seller-central', 'sellercentral.amazon.com');
    const byName = (n: string) => picked.filter((s) => s.name === n).map((s) => s.details);
    expect(byName('sc-plain')).toEqual([
      { url: 'http://sellercentral.amazon.com/', name: 'sc-plain', storeId: '0' },
    ]);
    expect(byName('sc-domain')).toEqual([
      { url: 'https://sellercentral.amazon.com/', name: 'sc-domain', storeId: '0' },
    ]);
    expect(byName('sc-ap-signin')[0]?.url).toBe('https://sellercentral.amazon.com/ap/signin');
    expect(byName('sc-part').map((d) => d.partitionKey)).toEqual([
      { hasCrossSiteAncestor: false, topLevelSite: 'https://amazon.com' },
      { hasCrossSiteAncestor: true, topLevelSite: 'https://amazon.de' },
    ]);
  });

  test('a cookie read twice (two stores answering alike) is removed once', () => {
    const twice = selectCookies(
      [...recorded, ...recorded],
      'seller-central',
      'sellercentral.amazon.de',
    );
    expect(twice.length).toBe(new Set(twice.map((s) => s.key)).size);
    expect(twice.length).toBe(9);
  });

  test.each([
    ['a look-alike host', 'evil-sellercentral.amazon.com'],
    ['a suffix trick', 'sellercentral.amazon.com.evil.example'],
    ['the parent domain', '.amazon.com'],
  ])('%s is never selected', (_case, domain) => {
    const cookie = { ...base, domain };
    expect(selectCookies([cookie], 'seller-central', 'sellercentral.amazon.com')).toEqual([]);
  });
});

describe('selectCookies over Firefox-shaped cookies (hand-written from MDN)', () => {
  const cookies: CookieLike[] = firefox.cookies;

  test('every store and first-party domain of the host; the details carry both', () => {
    const picked = selectCookies(cookies, 'seller-central', 'sellercentral.amazon.com');
    expect(picked.map((s) => s.details)).toEqual([
      {
        url: 'https://sellercentral.amazon.com/',
        name: 'sc-host',
        storeId: 'firefox-default',
        firstPartyDomain: '',
      },
      {
        url: 'http://sellercentral.amazon.com/',
        name: 'sc-plain',
        storeId: 'firefox-default',
        firstPartyDomain: '',
      },
      {
        url: 'https://sellercentral.amazon.com/',
        name: 'sc-domain',
        storeId: 'firefox-default',
        firstPartyDomain: '',
      },
      {
        url: 'https://sellercentral.amazon.com/ap',
        name: 'sc-ap',
        storeId: 'firefox-default',
        firstPartyDomain: '',
      },
      {
        url: 'https://sellercentral.amazon.com/',
        name: 'sc-part',
        storeId: 'firefox-default',
        firstPartyDomain: '',
        partitionKey: { topLevelSite: 'https://amazon.de' },
      },
      {
        url: 'https://sellercentral.amazon.com/',
        name: 'sc-container',
        storeId: 'firefox-container-1',
        firstPartyDomain: '',
      },
      {
        url: 'https://sellercentral.amazon.com/',
        name: 'sc-private',
        storeId: 'firefox-private',
        firstPartyDomain: '',
      },
      {
        url: 'https://sellercentral.amazon.com/',
        name: 'sc-fpi',
        storeId: 'firefox-default',
        firstPartyDomain: 'amazon.com',
      },
    ]);
  });

  test('amazon-sign-in: sign-in cookies on .amazon.com, not on www, not shopping, not trackers', () => {
    const picked = selectCookies(cookies, 'amazon-sign-in', 'sellercentral.amazon.com');
    expect(names(picked.filter((s) => !s.domain.includes('sellercentral')))).toEqual([
      '.amazon.com / at-main',
      '.amazon.com / session-token',
      '.amazon.com / x-main',
    ]);
  });

  test('keys tell cookies apart by store, partition and first-party domain', () => {
    const keys = cookies.map(cookieKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
