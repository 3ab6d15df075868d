/**
 * Issue 15: Firefox private windows, the add-on not allowed there (Firefox's default for an add-on
 * the seller installs): no banner in a private window, nothing read or written there, while a
 * normal tab of the same page still has it.
 * https://support.mozilla.org/kb/extensions-private-browsing
 */
import { bannerShows } from './cleanup-world';
import { expect, test } from './harness';

test.use({ privateBrowsingAllowed: false });

const page = 'https://sellercentral.amazon.com/ap/page/code-sms';

test('not allowed: no banner in a private window, the normal window still has it', async ({
  ffPage,
  openPrivatePage,
  openFirefoxExtensionPage,
}) => {
  const ext = await openFirefoxExtensionPage('src/options/index.html');
  expect(
    await ext.evaluate(() =>
      (
        globalThis as unknown as { browser: typeof chrome }
      ).browser.extension.isAllowedIncognitoAccess(),
    ),
  ).toBe(false);
  const sessionBefore = await ext.evaluate(async () =>
    Object.keys(
      await (globalThis as unknown as { browser: typeof chrome }).browser.storage.session.get(null),
    ).sort(),
  );

  const privateTab = await openPrivatePage(page);
  await privateTab.waitForFunction(
    () => document.readyState === 'complete' && document.querySelector('h1') !== null,
  );
  // The normal tab's banner shows within this time; the private one must stay bare.
  const normal = await ffPage();
  await normal.goto(page);
  await bannerShows(normal, 'otp-sms');
  await new Promise((r) => setTimeout(r, 1_000));
  expect(await privateTab.$$('[data-sc2sv="banner"]')).toHaveLength(0);
  // The add-on sees no private tab and no private store, and recorded only the normal tab.
  const seen = await ext.evaluate(async () => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    const stores = await b.cookies.getAllCookieStores();
    const session = Object.keys(await b.storage.session.get(null)).sort();
    return { stores: stores.map((s) => s.id), session };
  });
  expect(seen.stores).not.toContain('firefox-private');
  expect(
    seen.session.filter((k) => k.startsWith('tab:') && !sessionBefore.includes(k)),
  ).toHaveLength(1);
});
