/**
 * Issue 15: Firefox with first-party isolation (`privacy.firstparty.isolate`), as store reviewers
 * and privacy-minded sellers run it. Every cookie then carries the first-party domain of the tab
 * that set it, and `cookies.getAll` refuses a call without `firstPartyDomain`.
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/cookies#first-party_isolation
 */
import {
  allCookies,
  cookieOf,
  isHostCookie,
  makeSignInCookies,
  otherSite,
  popupCleanup,
  tabAt,
} from './cleanup-world';
import { expect, test } from './harness';
import { popupClockCheck } from './popup-clock-check';

test.use({ firefoxPrefs: { 'privacy.firstparty.isolate': true } });
test.afterEach(({ sim }) => sim.reset());

test('first-party isolation: the one click removes the Seller Central host’s cookies, the shop’s and other sites’ stay', async ({
  ffPage,
  openFirefoxExtensionPage,
}) => {
  const site = await ffPage();
  const signIn = await makeSignInCookies(site);
  const popup = await openFirefoxExtensionPage('src/popup/index.html#cleanup');
  // The mode is on: a call without `firstPartyDomain` is refused, cookies carry their key.
  const refused = await popup.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return api.cookies.getAll({}).then(
      () => '',
      (e: Error) => e.message,
    );
  });
  expect(refused).toContain('firstPartyDomain');
  const { store } = await tabAt(popup, signIn);
  const before = await allCookies(popup);
  const inStore = before.filter((l) => cookieOf(l).storeId === store);
  const key = (fpd: string) => inStore.filter((l) => cookieOf(l).firstPartyDomain === fpd);
  const ours = inStore.filter(isHostCookie);
  // The sign-in's isolation key (amazon.com) holds the host's cookies, the shop's and another
  // site's framed by the host; the other site's own key holds the host framed by it.
  expect(key('amazon.com').filter(isHostCookie).length).toBeGreaterThan(5);
  expect(key('amazon.com').map((l) => cookieOf(l).name)).toEqual(
    expect.arrayContaining(['session-id', 'ubid-main', 'at-main']),
  );
  expect(key('amazon.com').some((l) => cookieOf(l).domain.endsWith(otherSite))).toBe(true);
  expect(key('amazon.de').some(isHostCookie)).toBe(true);

  const { previewStore, runStore } = await popupCleanup(popup, ours.length);
  expect([previewStore, runStore]).toEqual([store, store]);
  const after = await allCookies(popup);
  // Full lists, every field: only the host's cookies went, in every key of the sign-in's store
  // (as partitioned ones do: they are the host's); the shop's and the other site's are untouched.
  expect(after).toEqual(before.filter((l) => !ours.includes(l)));
  expect(after.filter((l) => cookieOf(l).storeId === store && isHostCookie(l))).toEqual([]);
});

test('first-party isolation: the clock verdict’s error bar covers the true skew', async ({
  openFirefoxExtensionPage,
  sim,
}) => {
  // Every time source 20 s behind: the computer's clock is 20 s ahead of them.
  sim.setClockOffsetMs('*', -20_000);
  const page = await openFirefoxExtensionPage('src/popup/index.html#clock');
  const { verdict, skewMs, uncertaintyMs } = await popupClockCheck(page);
  expect(verdict).toBe('warn');
  expect(Math.abs(skewMs - 20_000)).toBeLessThanOrEqual(uncertaintyMs);
  expect(uncertaintyMs).toBeLessThan(1_000);
});
