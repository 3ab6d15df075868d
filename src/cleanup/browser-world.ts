/**
 * The real world the cleanup runs in: the browser's cookie stores, `browsingData` and permissions.
 * Kept apart so that cleanup-engine.ts can be tested with fakes.
 */
import browser from 'webextension-polyfill';
import type { CleanupWorld } from './cleanup-engine';
import type { ExpiringCookie } from './expire';
import { runItem } from './run';
import type { Engine } from './site-data';

/** Only Firefox has `runtime.getBrowserInfo`. */
const engine: Engine =
  typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function'
    ? 'firefox'
    : 'chromium';

/**
 * `partitionKey: {}` asks for partitioned cookies too (Chrome 119+, Firefox 94+); Firefox also
 * needs `firstPartyDomain: null` to answer when first-party isolation is on.
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/cookies/getAll
 */
async function readCookies(): Promise<ExpiringCookie[]> {
  const stores = await browser.cookies.getAllCookieStores();
  const lists = await Promise.all(
    stores.map((s) =>
      browser.cookies.getAll({
        storeId: s.id,
        partitionKey: {},
        ...(engine === 'firefox' ? { firstPartyDomain: null } : {}),
      } as browser.Cookies.GetAllDetailsType),
    ),
  );
  return lists.flat() as ExpiringCookie[];
}

export const browserWorld: CleanupWorld = {
  engine,
  readCookies,
  // The browser answers null (or nothing) when it removed nothing.
  removeCookie: async (details) =>
    Boolean(await browser.cookies.remove(details as browser.Cookies.RemoveDetailsType)),
  setCookie: async (details) => {
    await browser.cookies.set(details as browser.Cookies.SetDetailsType);
  },
  removeSiteData: (data) =>
    // `origins` (Chromium) and `hostnames` (Firefox) are missing from the polyfill's types.
    browser.browsingData.remove(
      data.options as browser.BrowsingData.RemovalOptions,
      data.dataToRemove,
    ),
  hasOrigin: (origin) => browser.permissions.contains({ origins: [origin] }),
  runs: runItem,
  now: () => Date.now(),
};
