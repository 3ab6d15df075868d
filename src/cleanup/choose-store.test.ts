import { describe, expect, test } from 'vitest';
import type { TabRecord } from '../shared/tab-record';
import { chooseStore, type StoreClues, storeOfTab } from './choose-store';
import chrome from './fixtures/chrome-cookie-stores.written-from-chrome-docs.json' with {
  type: 'json',
};
import firefox from './fixtures/firefox-cookie-stores.written-from-mdn.json' with { type: 'json' };

const host = 'sellercentral.amazon.de';
const seen = (storeId?: string, h: TabRecord['host'] = host): TabRecord => ({
  host: h,
  state: 'code-rejected',
  method: 'sms',
  destination: null,
  waitMs: null,
  rememberDevice: null,
  at: 1,
  retryAt: null,
  latestRequestAt: null,
  privateWindow: false,
  ...(storeId ? { storeId } : {}),
});
const clues = (over: Partial<StoreClues>): StoreClues => ({
  host,
  signInTab: null,
  popupTab: null,
  lastPage: null,
  ...over,
});

const c = chrome.shapes;
const f = firefox.shapes;

describe('chooseStore over getAllCookieStores shapes from the Chrome docs', () => {
  test.each([
    [
      'a sign-in tab in a regular window',
      c['a regular window'],
      clues({ signInTab: { id: 2 } }),
      '0',
    ],
    [
      'a sign-in tab in an incognito window',
      c['a regular and an incognito window, the extension allowed in incognito'],
      clues({ signInTab: { id: 9 } }),
      '1',
    ],
    [
      'a sign-in tab the stores do not list (closed meanwhile): the default store',
      c['a regular window'],
      clues({ signInTab: { id: 99 } }),
      '0',
    ],
    [
      'the popup over the incognito sign-in tab',
      c['a regular and an incognito window, the extension allowed in incognito'],
      clues({ popupTab: { id: 7, record: seen() } }),
      '1',
    ],
    [
      'the popup over another tab: the last Seller Central tab seen, incognito',
      c['a regular and an incognito window, the extension allowed in incognito'],
      clues({ popupTab: { id: 1, record: null }, lastPage: seen('1') }),
      '1',
    ],
    [
      'the popup over another tab, the last page of another marketplace: the default store',
      c['a regular and an incognito window, the extension allowed in incognito'],
      clues({
        popupTab: { id: 1, record: null },
        lastPage: seen('1', 'sellercentral.amazon.com'),
      }),
      '0',
    ],
    ['nothing known, no tab open: the default store only', c['no tab open'], clues({}), '0'],
  ])('%s', (_case, stores, known, expected) => {
    expect(chooseStore(stores, 'chromium', known)).toBe(expected);
  });
});

describe('chooseStore over getAllCookieStores shapes from MDN', () => {
  const mixed = f['containers and a private window'];
  test.each([
    [
      'a sign-in tab in a container: the tab says its store',
      mixed,
      clues({ signInTab: { id: 4, cookieStoreId: 'firefox-container-1' } }),
      'firefox-container-1',
    ],
    [
      "the tab's own store wins over the list (a store Firefox has not listed yet)",
      f['the default store'],
      clues({ signInTab: { id: 3, cookieStoreId: 'firefox-container-9' } }),
      'firefox-container-9',
    ],
    [
      'a sign-in tab in a private window, found by its id',
      mixed,
      clues({ signInTab: { id: 8 } }),
      'firefox-private',
    ],
    [
      'the popup over a container sign-in tab',
      mixed,
      clues({ popupTab: { id: 6, record: seen('firefox-container-1') } }),
      'firefox-container-1',
    ],
    [
      'the popup over a sign-in tab the list no longer has: its recorded store',
      mixed,
      clues({ popupTab: { id: 40, record: seen('firefox-container-5') } }),
      'firefox-container-5',
    ],
    [
      'the popup over a tab the banner saw nothing in: the last Seller Central tab seen',
      mixed,
      clues({ popupTab: { id: 1, record: null }, lastPage: seen('firefox-private') }),
      'firefox-private',
    ],
    [
      'the popup as a tab of its own, every tab in a container: the last page',
      f['every tab in a container'],
      clues({ lastPage: seen('firefox-container-2') }),
      'firefox-container-2',
    ],
    [
      'a last page from before stores were recorded: the default store, never all',
      mixed,
      clues({ lastPage: seen() }),
      'firefox-default',
    ],
    [
      'a sign-in tab of another marketplace under the popup: not this one, the default',
      mixed,
      clues({
        popupTab: { id: 4, record: seen('firefox-container-1', 'sellercentral.amazon.com') },
      }),
      'firefox-default',
    ],
    [
      'nothing known: the default store only',
      f['every tab in a container'],
      clues({}),
      'firefox-default',
    ],
  ])('%s', (_case, stores, known, expected) => {
    expect(chooseStore(stores, 'firefox', known)).toBe(expected);
  });
});

describe('storeOfTab', () => {
  test('the tab’s own store, else the listed store holding it, else unknown', () => {
    const stores = f['containers and a private window'];
    expect(storeOfTab(stores, { id: 1, cookieStoreId: 'firefox-container-3' })).toBe(
      'firefox-container-3',
    );
    expect(storeOfTab(stores, { id: 6 })).toBe('firefox-container-1');
    expect(storeOfTab(stores, { id: 6, cookieStoreId: '' })).toBe('firefox-container-1');
    expect(storeOfTab(stores, { id: 77 })).toBeNull();
    expect(storeOfTab(c['no tab open'], { id: 1 })).toBeNull();
  });
});
