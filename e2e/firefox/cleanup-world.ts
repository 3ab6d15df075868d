/**
 * What the Firefox cleanup tests set up, do and compare (as e2e/cleanup-world.ts for Chromium):
 * cookies made by the simulator's real Set-Cookie responses in one tab (so in that tab's cookie
 * store, container, private window or isolation key), full cookie lists of every store read
 * through the add-on's own cookies API, and the popup's and the banner's one-click cleanup.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { expect } from './harness';

export const host = 'sellercentral.amazon.com';
export const otherSite = 'sellercentral.amazon.de';

/** A cookie as `cookies.getAll` lists it (the fields the tests read). */
export interface ListedCookie {
  name: string;
  domain: string;
  path: string;
  storeId: string;
  firstPartyDomain: string;
  partitionKey: { topLevelSite?: string } | null;
}

export const cookieOf = (line: string) => JSON.parse(line) as ListedCookie;

export const isHostCookie = (line: string) => cookieOf(line).domain.replace(/^\./, '') === host;

/**
 * In `page`'s tab: the Seller Central host's own cookies, a shop's on `.amazon.com`, another
 * site's framed by the host and on its own, the host framed by another site, then a sign-in page,
 * so that the banner records the tab (and its cookie store) as the last Seller Central tab seen.
 */
export async function makeSignInCookies(page: Page): Promise<string> {
  await page.goto(`https://${host}/sim/cleanup/cookies`);
  await page.goto(`https://${host}/sim/cleanup/parent-cookies`);
  for (const [top, framed] of [
    [host, otherSite],
    [otherSite, host],
  ]) {
    await page.goto(`https://${top}/sim/cleanup/embed?host=${framed}`);
    await page.waitForSelector('html[data-ready]');
  }
  await page.goto(`https://${otherSite}/sim/cleanup/cookies`);
  // A mark of its own, so that the tab can be told from another tab on the same page.
  const signIn = `https://${host}/ap/page/code-rejected?tab=${randomUUID()}`;
  await page.goto(signIn);
  await bannerShows(page, 'code-rejected');
  return signIn;
}

/** Waits for the banner to show `state` (`data-state` on its host). */
export async function bannerShows(page: Page, state: string): Promise<void> {
  await page.waitForSelector(`[data-sc2sv="banner"][data-state="${state}"]`, { timeout: 10_000 });
}

/**
 * Every cookie in every store the add-on can see (values included), one JSON line each, sorted;
 * read on one of its pages. `firstPartyDomain: null` lists every isolation key (and is required
 * under first-party isolation), `partitionKey: {}` partitioned cookies too, as the cleanup does.
 */
export async function allCookies(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // `browser` is Firefox's own WebExtension namespace on extension pages.
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const stores = await api.cookies.getAllCookieStores();
    const lists = await Promise.all(
      stores.map((s) =>
        api.cookies.getAll({
          storeId: s.id,
          firstPartyDomain: null,
          partitionKey: {},
        } as chrome.cookies.GetAllDetails),
      ),
    );
    return lists
      .flat()
      .map((c) => JSON.stringify(c))
      .sort();
  });
}

/** The tabs showing exactly `url`, with their cookie stores, asked on an extension page. */
async function tabsAt(extensionPage: Page, url: string) {
  return extensionPage.evaluate(async (u) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    // Host permission lets the add-on see these tabs' URLs (no `tabs` permission).
    const tabs = await api.tabs.query({ url: `${new URL(u).origin}/*` });
    return tabs
      .filter((t) => t.url === u)
      .map((t) => ({ id: t.id ?? -1, store: (t as { cookieStoreId?: string }).cookieStoreId }));
  }, url);
}

/** The cookie store and tab id of the one tab at `url` (a mark made by `makeSignInCookies`). */
export async function tabAt(
  extensionPage: Page,
  url: string,
): Promise<{ id: number; store: string }> {
  const tabs = await tabsAt(extensionPage, url);
  expect(tabs, `one tab at ${url}`).toHaveLength(1);
  return { id: tabs[0]?.id ?? -1, store: tabs[0]?.store ?? '' };
}

/**
 * The popup's one click, as a seller makes it: the count shown first, the button, then what went.
 * The host's run record outlives a test (one Firefox per worker): it is removed first, so the
 * result waited for is this click's. Returns the cookie store the preview and the run named.
 */
export async function popupCleanup(
  popup: Page,
  count: number,
): Promise<{ previewStore: string | null; runStore: string | null }> {
  const shown = await popup.waitForSelector(
    `[data-testid="cleanup-count"][data-cookies="${count}"]`,
    { timeout: 15_000 },
  );
  const previewStore = (await shown?.evaluate((e) => e.getAttribute('data-store'))) ?? null;
  await popup.evaluate(async (key) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    await api.storage.session.remove(key);
  }, `cleanup:${host}`);
  await popup.waitForSelector('[data-testid="cleanup-result"]', { hidden: true });
  await popup.click('[data-testid="cleanup-run"]');
  const result = await popup.waitForSelector(
    '[data-testid="cleanup-result"][data-finished="true"]',
    { timeout: 20_000 },
  );
  const attr = (name: string) => result?.evaluate((e, n) => e.getAttribute(n), name) ?? null;
  expect(await attr('data-removed-cookies')).toBe(String(count));
  expect(await attr('data-not-removed-cookies')).toBe('0');
  return { previewStore, runStore: await attr('data-store') };
}

/**
 * The banner's "clear and start again" on a sign-in page: the first press shows the warning that
 * Amazon may ask to verify the browser again, the second clears. Resolves once the sign-in
 * restarted (the home redirects to /ap/signin, which sets its own new session cookies).
 */
export async function bannerCleanup(page: Page): Promise<void> {
  const banner = await page.waitForSelector('[data-sc2sv="banner"]');
  const press = () =>
    banner?.evaluate((b) =>
      b.shadowRoot?.querySelector<HTMLElement>('button.cleanup:not([hidden])')?.click(),
    );
  await press();
  await page.waitForFunction(
    () =>
      document
        .querySelector('[data-sc2sv="banner"]')
        ?.shadowRoot?.querySelector<HTMLElement>('p.warn:not([hidden])') != null,
    { timeout: 5_000 },
  );
  await press();
  await page.waitForFunction(
    () => location.pathname === '/ap/signin' && document.readyState === 'complete',
    { timeout: 20_000 },
  );
}
