/**
 * First contact in Firefox: the add-on installed while the stuck sign-in tab is open, then
 * updated. Firefox runs an add-on's declared content scripts in the tabs already open, at install
 * and at update, so the background leaves them alone there (src/first-contact/inject-open-tabs.ts):
 * the seller must see what Chrome gives, one banner without a reload, and one after an update.
 * This file removes and installs the add-on again: it gets its own Firefox (a worker option).
 */
import type { Page } from 'puppeteer-core';
import { geckoId } from '../../scripts/firefox-manifest';
import { expect, firefoxDistDir, test } from './harness';

// Firefox's default since 127, set here because this file depends on it: an MV3 add-on's host
// permissions are granted at install, so its content scripts may run in the open tabs at once.
test.use({ firefoxPrefs: { 'extensions.originControls.grantByDefault': true } });

test.afterEach(({ sim }) => sim.reset());

const banners = (page: Page) => page.$$('[data-sc2sv="banner"]');

test('a code page open before the install gets one banner, and one after an update', async ({
  firefox,
  ffPage,
}) => {
  const { browser } = firefox;
  await browser.uninstallExtension(geckoId);
  try {
    const page = await ffPage();
    await page.goto('https://sellercentral.amazon.de/ap/page/code-sms');
    expect(await page.$$('form')).not.toHaveLength(0);
    expect(await banners(page)).toHaveLength(0);

    await browser.installExtension(firefoxDistDir);
    // No reload: Firefox ran the content script in the open tab, and only once.
    await page.waitForSelector('[data-sc2sv="banner"][data-state="otp-sms"]', { timeout: 10_000 });
    // The background's answer (which may hide it) has come when the banner is visible.
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-sc2sv="banner"]') as HTMLElement | null)?.style
          .visibility === '',
      { timeout: 10_000 },
    );
    expect(await banners(page)).toHaveLength(1);

    // An update: the same add-on installed over itself.
    await page.$eval('[data-sc2sv="banner"]', (el) => el.setAttribute('data-old-version', ''));
    await browser.installExtension(firefoxDistDir);
    await page.waitForSelector('[data-sc2sv="banner"]:not([data-old-version])', {
      timeout: 10_000,
    });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-sc2sv="banner"]').length === 1,
      { timeout: 10_000 },
    );
    const left = await page.$$eval('[data-sc2sv="banner"]', (els) =>
      els.map((el) => ({
        state: el.getAttribute('data-state'),
        old: el.hasAttribute('data-old-version'),
      })),
    );
    expect(left).toEqual([{ state: 'otp-sms', old: false }]);
  } finally {
    // Leave the worker's Firefox with the add-on installed, whatever happened.
    await browser.installExtension(firefoxDistDir).catch(() => {});
  }
});
