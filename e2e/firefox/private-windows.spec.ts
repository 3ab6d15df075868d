/**
 * Issue 15: Firefox private windows, the add-on allowed there ("Run in Private Windows", see
 * harness.ts for how the profile records it). A private window has its own cookie store
 * (`firefox-private`): the banner works there, and its cleanup and the popup's clean that store
 * and leave the normal one alone. The refused case is private-windows-refused.spec.ts.
 * https://support.mozilla.org/kb/extensions-private-browsing
 */
import {
  allCookies,
  bannerCleanup,
  bannerShows,
  cookieOf,
  isHostCookie,
  makeSignInCookies,
  popupCleanup,
  tabAt,
} from './cleanup-world';
import { expect, test } from './harness';

test.use({ privateBrowsingAllowed: true });
test.afterEach(({ sim }) => sim.reset());

const inStore = (store: string) => (lines: string[]) =>
  lines.filter((l) => cookieOf(l).storeId === store);

test('allowed: the banner works in a private window, and its cleanup clears the private store only', async ({
  ffPage,
  openPrivatePage,
  openFirefoxExtensionPage,
}) => {
  const normal = await ffPage();
  const normalSignIn = await makeSignInCookies(normal);
  const privateTab = await openPrivatePage('https://sellercentral.amazon.com/ap/page/code-sms');
  await bannerShows(privateTab, 'otp-sms');
  const privateSignIn = await makeSignInCookies(privateTab);

  const ext = await openFirefoxExtensionPage('src/options/index.html');
  expect(
    await ext.evaluate(() =>
      (
        globalThis as unknown as { browser: typeof chrome }
      ).browser.extension.isAllowedIncognitoAccess(),
    ),
  ).toBe(true);
  const normalStore = (await tabAt(ext, normalSignIn)).store;
  expect((await tabAt(ext, privateSignIn)).store).toBe('firefox-private');
  const before = await allCookies(ext);
  const inPrivate = inStore('firefox-private');
  const inNormal = inStore(normalStore);
  expect(inPrivate(before).filter(isHostCookie).length).toBeGreaterThan(5);
  expect(inNormal(before).filter(isHostCookie).length).toBeGreaterThan(5);

  await bannerCleanup(privateTab);
  const after = await allCookies(ext);
  // The normal store: every cookie as it was, byte for byte.
  expect(inNormal(after)).toEqual(inNormal(before));
  // The private one: none of the host's old cookies (the restarted sign-in set new ones); the
  // shop's and other sites' untouched.
  expect(inPrivate(after).filter((l) => inPrivate(before).includes(l) && isHostCookie(l))).toEqual(
    [],
  );
  expect(inPrivate(after).filter((l) => !isHostCookie(l))).toEqual(
    inPrivate(before).filter((l) => !isHostCookie(l)),
  );
});

test('allowed: the popup over the private sign-in tab cleans the private store only', async ({
  ffPage,
  openPrivatePage,
  openFirefoxExtensionPage,
}) => {
  const normal = await ffPage();
  const normalSignIn = await makeSignInCookies(normal);
  const privateTab = await openPrivatePage('https://sellercentral.amazon.com/ap/page/code-sms');
  const privateSignIn = await makeSignInCookies(privateTab);
  const ext = await openFirefoxExtensionPage('src/options/index.html');
  const normalStore = (await tabAt(ext, normalSignIn)).store;
  const { id } = await tabAt(ext, privateSignIn);
  const before = await allCookies(ext);
  const ours = inStore('firefox-private')(before).filter(isHostCookie);

  const popup = await openFirefoxExtensionPage(`src/popup/index.html?tab=${id}#cleanup`);
  expect(await popupCleanup(popup, ours.length)).toEqual({
    previewStore: 'firefox-private',
    runStore: 'firefox-private',
  });
  const after = await allCookies(ext);
  expect(after).toEqual(before.filter((l) => !ours.includes(l)));
  expect(inStore(normalStore)(after)).toEqual(inStore(normalStore)(before));
});
