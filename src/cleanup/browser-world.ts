/**
 * The real world the cleanup runs in: the browser's cookie stores, `browsingData` and permissions.
 * Kept apart so that cleanup-engine.ts can be tested with fakes.
 */
import browser from 'webextension-polyfill';
import type { CleanupWorld } from './cleanup-engine';
import type { ExpiringCookie } from './expire';
import { keptRun } from './kept-run';
import type { Engine } from './site-data';

/** Only Firefox has `runtime.getBrowserInfo`. */
const engine: Engine =
  typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function'
    ? 'firefox'
    : 'chromium';

/**
 * One store's cookies. `partitionKey: {}` asks for partitioned cookies too (Chrome 119+, Firefox
 * 94+); Firefox also needs `firstPartyDomain: null` to answer when first-party isolation is on
 * (without it, it refuses the call), and then lists every first-party domain's cookies.
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/cookies/getAll
 */
async function readCookies(storeId: string): Promise<ExpiringCookie[]> {
  return (await browser.cookies.getAll({
    storeId,
    partitionKey: {},
    ...(engine === 'firefox' ? { firstPartyDomain: null } : {}),
  } as browser.Cookies.GetAllDetailsType)) as ExpiringCookie[];
}

export const browserWorld: CleanupWorld = {
  engine,
  cookieStores: () => browser.cookies.getAllCookieStores(),
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
  // Kept through an update of the extension, which empties the session (kept-run.ts).
  runs: keptRun,
  now: () => Date.now(),
};
