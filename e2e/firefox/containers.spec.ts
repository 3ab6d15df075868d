/**
 * Issue 15: Firefox containers (`privacy.userContext.enabled`, contextualIdentities). A container
 * has its own cookie store (`firefox-container-<n>`): a sign-in in a container tab is cleaned in
 * that store only, never in the default one, and the reverse. The test's own container is a BiDi
 * user context, which Firefox makes as a container (see harness.ts).
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Work_with_contextual_identities
 */
import type { Page } from 'puppeteer-core';
import {
  allCookies,
  bannerCleanup,
  cookieOf,
  isHostCookie,
  makeSignInCookies,
  popupCleanup,
  tabAt,
} from './cleanup-world';
import { expect, test } from './harness';

test.use({ firefoxPrefs: { 'privacy.userContext.enabled': true } });
test.afterEach(({ sim }) => sim.reset());

const inStore = (store: string) => (lines: string[]) =>
  lines.filter((l) => cookieOf(l).storeId === store);

/** The same sign-in in this test's container tab and in a default tab; both tabs named. */
async function twoSignIns(
  ffPage: () => Promise<Page>,
  defaultPage: () => Promise<Page>,
  openFirefoxExtensionPage: (path: string) => Promise<Page>,
) {
  const container = await ffPage();
  const regular = await defaultPage();
  const urls = {
    container: await makeSignInCookies(container),
    regular: await makeSignInCookies(regular),
  };
  const ext = await openFirefoxExtensionPage('src/options/index.html');
  const tabs = {
    container: await tabAt(ext, urls.container),
    regular: await tabAt(ext, urls.regular),
  };
  const stores = { container: tabs.container.store, regular: tabs.regular.store };
  expect(stores.container).toMatch(/^firefox-container-\d+$/);
  expect(stores.regular).toBe('firefox-default');
  // Both stores hold the same sign-in's cookies.
  const before = await allCookies(ext);
  for (const store of Object.values(stores)) {
    expect(inStore(store)(before).filter(isHostCookie).length).toBeGreaterThan(5);
  }
  return { container, regular, ext, tabs, stores, before };
}

test.describe('containers', () => {
  let opened: Page[] = [];
  test.afterEach(async () => {
    for (const p of opened) await p.close().catch(() => {});
    opened = [];
  });
  const defaultPageOf = (browser: { newPage(): Promise<Page> }) => async () => {
    const page = await browser.newPage();
    opened.push(page);
    return page;
  };

  test("the banner in a container tab cleans that container's store only, and the reverse", async ({
    ffPage,
    firefox,
    openFirefoxExtensionPage,
  }) => {
    const { container, regular, ext, stores, before } = await twoSignIns(
      ffPage,
      defaultPageOf(firefox.browser),
      openFirefoxExtensionPage,
    );
    const inContainer = inStore(stores.container);
    const inRegular = inStore(stores.regular);

    await bannerCleanup(container);
    const middle = await allCookies(ext);
    // The default store: every cookie as it was, byte for byte.
    expect(inRegular(middle)).toEqual(inRegular(before));
    // The container: none of the host's old cookies left (the restarted sign-in set new ones), the
    // shop's and other sites' untouched.
    expect(
      inContainer(middle).filter((l) => inContainer(before).includes(l) && isHostCookie(l)),
    ).toEqual([]);
    expect(inContainer(middle).filter((l) => !isHostCookie(l))).toEqual(
      inContainer(before).filter((l) => !isHostCookie(l)),
    );

    await bannerCleanup(regular);
    const after = await allCookies(ext);
    expect(inContainer(after)).toEqual(inContainer(middle));
    expect(
      inRegular(after).filter((l) => inRegular(before).includes(l) && isHostCookie(l)),
    ).toEqual([]);
    expect(inRegular(after).filter((l) => !isHostCookie(l))).toEqual(
      inRegular(before).filter((l) => !isHostCookie(l)),
    );
  });

  test("the popup over a container sign-in tab cleans that container's store only, and the reverse", async ({
    ffPage,
    firefox,
    openFirefoxExtensionPage,
  }) => {
    const { ext, tabs, stores, before } = await twoSignIns(
      ffPage,
      defaultPageOf(firefox.browser),
      openFirefoxExtensionPage,
    );
    const inContainer = inStore(stores.container);
    const inRegular = inStore(stores.regular);

    // The popup about the container tab (as the browser opens it for that tab: `?tab=<id>`).
    const popup = await openFirefoxExtensionPage(
      `src/popup/index.html?tab=${tabs.container.id}#cleanup`,
    );
    const ours = inContainer(before).filter(isHostCookie);
    expect(await popupCleanup(popup, ours.length)).toEqual({
      previewStore: stores.container,
      runStore: stores.container,
    });
    const middle = await allCookies(ext);
    expect(middle).toEqual(before.filter((l) => !ours.includes(l)));

    const other = await openFirefoxExtensionPage(
      `src/popup/index.html?tab=${tabs.regular.id}#cleanup`,
    );
    const theirs = inRegular(before).filter(isHostCookie);
    expect(await popupCleanup(other, theirs.length)).toEqual({
      previewStore: stores.regular,
      runStore: stores.regular,
    });
    expect(await allCookies(ext)).toEqual(middle.filter((l) => !theirs.includes(l)));
  });
});
