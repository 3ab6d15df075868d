/**
 * Issue 15: Firefox with resist-fingerprinting (`privacy.resistFingerprinting`), as store reviewers
 * and privacy-minded sellers run it: coarse timers, and web pages are told the time zone is UTC
 * (Atlantic/Reykjavik in Firefox 153). Firefox runs here in New York's zone, so that a time shown
 * without its zone would read as hours off against the seller's phone.
 * https://support.mozilla.org/kb/firefox-protection-against-fingerprinting
 */
import type { Page } from 'puppeteer-core';
import {
  allCookies,
  cookieOf,
  isHostCookie,
  makeSignInCookies,
  popupCleanup,
  tabAt,
} from './cleanup-world';
import { expect, test } from './harness';
import { popupClockCheck } from './popup-clock-check';

test.use({
  firefoxPrefs: { 'privacy.resistFingerprinting': true },
  firefoxTimeZone: 'America/New_York',
});
test.afterEach(({ sim }) => sim.reset());

/** The zone a page reports: its IANA name, and the short name its own Intl gives now. */
const zoneOf = (page: Page) =>
  page.evaluate(() => ({
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offset: new Date().getTimezoneOffset(),
    short:
      new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' })
        .formatToParts(Date.now())
        .find((p) => p.type === 'timeZoneName')?.value ?? '',
  }));

test('resist-fingerprinting: the one click removes the Seller Central host’s cookies, the shop’s and other sites’ stay', async ({
  ffPage,
  openFirefoxExtensionPage,
}) => {
  const site = await ffPage();
  const signIn = await makeSignInCookies(site);
  // The mode is on: the sign-in page is told UTC, though Firefox runs in New York's zone.
  expect((await zoneOf(site)).offset).toBe(0);
  const popup = await openFirefoxExtensionPage('src/popup/index.html#cleanup');
  const { store } = await tabAt(popup, signIn);
  const before = await allCookies(popup);
  const ours = before.filter((l) => cookieOf(l).storeId === store && isHostCookie(l));
  expect(ours.length).toBeGreaterThan(5);
  expect(before.filter((l) => !isHostCookie(l)).map((l) => cookieOf(l).name)).toEqual(
    expect.arrayContaining(['session-id', 'ubid-main', 'at-main', 'sc-host']),
  );
  const { previewStore, runStore } = await popupCleanup(popup, ours.length);
  expect([previewStore, runStore]).toEqual([store, store]);
  expect(await allCookies(popup)).toEqual(before.filter((l) => !ours.includes(l)));
});

test('resist-fingerprinting: the clock verdict’s error bar covers a 45 s skew', async ({
  openFirefoxExtensionPage,
  sim,
}) => {
  sim.setClockOffsetMs('*', -45_000);
  const page = await openFirefoxExtensionPage('src/popup/index.html#clock');
  const { verdict, skewMs, uncertaintyMs } = await popupClockCheck(page);
  expect(verdict).toBe('bad');
  expect(Math.abs(skewMs - 45_000)).toBeLessThanOrEqual(uncertaintyMs);
  expect(uncertaintyMs).toBeLessThan(1_000);
});

test('resist-fingerprinting: the times the popup shows say their zone', async ({
  ffPage,
  openFirefoxExtensionPage,
  sim,
}) => {
  sim.setClockOffsetMs('*', -45_000);
  const site = await ffPage();
  await site.goto('https://sellercentral.amazon.com/ap/page/code-rejected');
  await site.waitForSelector('[data-sc2sv="banner"][data-state="code-rejected"]');
  const page = await openFirefoxExtensionPage('src/popup/index.html#clock');
  await popupClockCheck(page);
  const { short } = await zoneOf(page);
  expect(short).not.toBe('');
  // The reference clock: the correct time now, with the zone it is in ("12:49:03 PM EST").
  const reference = await page.$eval('[data-testid="clock-reference"]', (e) => e.textContent);
  expect(reference).toMatch(new RegExp(`^\\d{1,2}:\\d{2}:\\d{2}\\s[AP]M ${short}$`));
  // The support description: when the page was seen and the clock checked, each with its zone.
  await page.evaluate(() => {
    location.hash = '#support';
  });
  const description = await page.waitForSelector(
    '[data-testid="support-description"]:not([disabled])',
    { timeout: 10_000 },
  );
  const text = (await description?.evaluate((e) => (e as HTMLTextAreaElement).value)) ?? '';
  const times = [...text.matchAll(/\d{1,2}:\d{2}:\d{2}\s[AP]M( [A-Z]{2,5}(?:[+-]\d{1,2})?)?/g)];
  expect(times.length).toBeGreaterThanOrEqual(2);
  for (const [time, zone] of times) expect(zone, time).toBe(` ${short}`);
});
