/**
 * Which cookie store a cleanup acts on: the one of the sign-in tab it is for, never every store
 * (a container's, a private window's and the regular sign-in are separate jars). Pure: it is given
 * what `cookies.getAllCookieStores` returned and what the background knows of the tab.
 * - The content script's own tab: its `cookieStoreId` (Firefox gives it on the tab), else the store
 *   whose `tabIds` hold the tab (Chrome).
 *   https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/cookies/CookieStore
 *   https://developer.chrome.com/docs/extensions/reference/api/cookies#type-CookieStore
 * - The popup: the tab it is about when the banner saw a sign-in page of this marketplace there;
 *   else the store recorded for the last Seller Central tab seen (that tab may be closed).
 * - Nothing known: the default store only.
 */
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import type { TabRecord } from '../shared/tab-record';
import type { Engine } from './site-data';

export interface CookieStoreLike {
  id: string;
  tabIds: readonly number[];
}

/** A tab: its id and, where the browser gives it (Firefox), its cookie store. */
export interface TabLike {
  id: number;
  cookieStoreId?: string | undefined;
}

export interface StoreClues {
  host: SellerCentralHost;
  /** The content script's own tab, when a content script asks. */
  signInTab: TabLike | null;
  /** The tab the popup is about, with what the banner recorded there (null: nothing seen). */
  popupTab: { id: number; record: TabRecord | null } | null;
  /** The last Seller Central tab seen, whichever it was. */
  lastPage: TabRecord | null;
}

/** The regular store of each engine (Chrome's "0", Firefox's "firefox-default"). */
export const defaultStoreIds = {
  chromium: '0',
  firefox: 'firefox-default',
} as const satisfies Record<Engine, string>;

/** The store a tab's cookies are in, or null when the browser does not say. */
export function storeOfTab(stores: readonly CookieStoreLike[], tab: TabLike): string | null {
  if (typeof tab.cookieStoreId === 'string' && tab.cookieStoreId !== '') return tab.cookieStoreId;
  return stores.find((s) => s.tabIds.includes(tab.id))?.id ?? null;
}

export function chooseStore(
  stores: readonly CookieStoreLike[],
  engine: Engine,
  clues: StoreClues,
): string {
  const fallback = defaultStoreIds[engine];
  if (clues.signInTab) return storeOfTab(stores, clues.signInTab) ?? fallback;
  const seen = clues.popupTab?.record;
  if (clues.popupTab && seen?.host === clues.host) {
    const live = storeOfTab(stores, { id: clues.popupTab.id });
    if (live) return live;
    if (seen.storeId) return seen.storeId;
  }
  const last = clues.lastPage;
  if (last?.host === clues.host && last.storeId) return last.storeId;
  return fallback;
}
