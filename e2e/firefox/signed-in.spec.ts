/**
 * "After you're in" in Firefox ESR: with the host permissions only (no `tabs`), the background
 * sees a Seller Central tab's new address, so the popup over the tab opens on the card there too.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from './harness';

test.afterEach(({ sim }) => sim.reset());

const de = 'sellercentral.amazon.de';

/** The tabs with a sign-in record (storage.session `tab:<id>`), read from an extension page. */
const recordedTabs = (extensionPage: Page) =>
  extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const all = await api.storage.session.get(null);
    return Object.keys(all)
      .filter((k) => k.startsWith('tab:'))
      .map((k) => Number(k.slice(4)));
  });

/** Types into a field of the simulated sign-in and submits its form, waiting for the next page. */
async function submit(page: Page, field: string, value: string, button: string) {
  await page.waitForSelector(field);
  await page.type(field, value);
  await Promise.all([page.waitForNavigation(), page.click(button)]);
}

test('a code page on .de, then its home page: the popup over the tab opens on the card, every link on .de', async ({
  sim,
  ffPage,
  openFirefoxExtensionPage,
}) => {
  const page = await ffPage();
  await page.goto(`https://${de}/ap/signin?method=app`);
  await submit(page, '#ap_email', 'seller@example.com', '#continue');
  await submit(page, '#ap_password', 'any password', '#signInSubmit');
  await page.waitForSelector('[data-sc2sv="banner"][data-state="otp-app"]', { timeout: 10_000 });
  const extensionPage = await openFirefoxExtensionPage('src/options/index.html');
  await expect.poll(() => recordedTabs(extensionPage)).toHaveLength(1);
  const [tabId] = await recordedTabs(extensionPage);

  await submit(page, '#auth-mfa-otpcode', sim.code(), '#auth-signin-button');
  expect(new URL(page.url()).pathname).toBe('/home');
  // The sign-in is closed once the seller is in.
  await expect.poll(() => recordedTabs(extensionPage)).toEqual([]);

  const popup = await openFirefoxExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="signed-in"][data-state="otp-app"]', {
    timeout: 10_000,
  });
  const ids = await popup.$$eval('[data-testid="prevention-item"]', (els) =>
    els.map((e) => e.getAttribute('data-id')),
  );
  expect(ids).toEqual([
    'app-preferred',
    'backup-method',
    'backup-codes',
    'remember-browser',
    'phone-time-auto',
  ]);
  const hosts = await popup.$$eval('[data-testid="signed-in"] a', (els) =>
    els.map((a) => new URL((a as HTMLAnchorElement).href).host),
  );
  expect(hosts).toEqual([de, de, de, de, de]);
});
