/**
 * Languages: right to left in Arabic (popup, options, banner), the banner in the page's language
 * when the browser speaks another, and `formatMessage` giving what chrome.i18n gives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { shippedMessages } from '../scripts/ship-locales';
import { formatMessage, type Messages } from '../src/shared/catalogue';
import { banner, bannerHint, expect, test } from './harness';

const catalogue = (locale: string): Messages =>
  JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, `../public/_locales/${locale}/messages.json`),
      'utf8',
    ),
  );

const bannerBox = (page: Page) => page.locator('[data-sc2sv="banner"] section');
const subs = ['A1', 'B2', 'C3'];

/** Every message as chrome.i18n.getMessage gives it in this browser, with `subs`. */
async function browserMessages(page: Page, keys: string[]): Promise<Record<string, string>> {
  return page.evaluate(
    ([keys, subs]) => Object.fromEntries(keys.map((k) => [k, chrome.i18n.getMessage(k, subs)])),
    [keys, subs] as const,
  );
}

test.describe('browser in English', () => {
  test('formatMessage gives what chrome.i18n gives, for every message', async ({
    openExtensionPage,
  }) => {
    // The package's catalogue: the store listing's keys do not ship (scripts/ship-locales.ts).
    const en = shippedMessages(catalogue('en'));
    const page = await openExtensionPage('src/popup/index.html');
    const got = await browserMessages(page, Object.keys(en));
    for (const key of Object.keys(en)) {
      expect(formatMessage(en, key, subs), key).toBe(got[key]);
    }
  });

  test('the banner speaks German on a German page', async ({ context }) => {
    const de = catalogue('de');
    const page = await context.newPage();
    await page.goto('https://sellercentral.amazon.de/ap/page/code-sms');
    await expect(banner(page)).toHaveAttribute('data-state', 'otp-sms');
    await expect(bannerHint(page)).toHaveText(formatMessage(de, 'hintOtpSmsTo', ['976']) ?? '');
    await expect(bannerBox(page)).toHaveAttribute('lang', 'de');
    await expect(bannerBox(page)).toHaveAttribute('dir', 'ltr');
    await expect(bannerBox(page).locator('button.open')).toHaveText(
      formatMessage(de, 'bannerOpen') ?? '',
    );
    await expect(bannerBox(page)).toHaveAttribute(
      'aria-label',
      formatMessage(de, 'bannerRegion') ?? '',
    );
  });

  test('when to try again, on a German page, is German too', async ({ context }) => {
    const de = catalogue('de');
    const page = await context.newPage();
    await page.goto('https://sellercentral.amazon.de/ap/page/otp-limit');
    const notes = banner(page).locator('.notes p');
    // "Sie können es morgen ab 14:32 UTC erneut versuchen (in 24 Stunden)."
    const [before, after] = (formatMessage(de, 'bannerRetryTomorrow', ['\0', '\0']) ?? '').split(
      '\0',
    );
    await expect(notes.first()).toContainText(before ?? '');
    await expect(notes.first()).toContainText(after?.trim() ?? '');
    await expect(notes.last()).toHaveText(formatMessage(de, 'bannerRecovery') ?? '');
  });

  test('and English on an English page', async ({ context }) => {
    const en = catalogue('en');
    const page = await context.newPage();
    await page.goto('https://sellercentral.amazon.com/ap/page/code-sms');
    await expect(bannerHint(page)).toHaveText(formatMessage(en, 'hintOtpSmsTo', ['976']) ?? '');
    await expect(bannerBox(page)).toHaveAttribute('lang', /^en/);
  });

  test('Arabic and right to left on an Arabic page', async ({ context }) => {
    const ar = catalogue('ar');
    const page = await context.newPage();
    await page.goto('https://sellercentral.amazon.ae/ap/page/code-sms');
    await expect(bannerHint(page)).toHaveText(formatMessage(ar, 'hintOtpSmsTo', ['976']) ?? '');
    await expect(bannerBox(page)).toHaveAttribute('dir', 'rtl');
    await expect(bannerBox(page)).toHaveAttribute('lang', 'ar');
  });

  test('the banner counts in the page language: two days on an Arabic page is a word of its own', async ({
    sim,
    context,
  }) => {
    const ar = catalogue('ar');
    // Seller Central 2 d 3 h behind: this computer is that far ahead.
    sim.setClockOffsetMs('sellercentral.amazon.ae', -(2 * 86_400_000 + 3 * 3_600_000));
    try {
      const page = await context.newPage();
      await page.goto('https://sellercentral.amazon.ae/ap/page/code-app');
      const line = banner(page).locator('p.clock-status');
      await expect(line).toHaveAttribute('data-verdict', 'bad', { timeout: 10_000 });
      // Chrome's own digits and plural rules for Arabic: 2 is "two" (يومان), 3 is "few".
      const three = await page.evaluate(() => new Intl.NumberFormat('ar').format(3));
      const off = formatMessage(ar, 'durPair', [
        formatMessage(ar, 'durDays_two') ?? '',
        formatMessage(ar, 'durHours_few', [three]) ?? '',
      ]);
      const sentence = formatMessage(ar, 'clockAhead', [off ?? '', '']) ?? '';
      await expect(line).toContainText(sentence.split('(±')[0]?.trim() ?? '');
    } finally {
      sim.reset();
    }
  });
});

test.describe('browser in Arabic', () => {
  test.use({ locale: 'ar' });

  test('the popup is in Arabic and lays out right to left', async ({ openExtensionPage }) => {
    const ar = catalogue('ar');
    const page = await openExtensionPage('src/popup/index.html');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', /^ar/);
    await expect(page.locator('h1')).toHaveText(formatMessage(ar, 'extName') ?? '');
    const links = page.locator('nav a');
    await expect(links.first()).toHaveText(formatMessage(ar, 'sectionDiagnosis') ?? '');
    // The first section's link sits at the right and the row runs leftwards.
    const first = await links.first().boundingBox();
    const second = await links.nth(1).boundingBox();
    expect(first && second && first.x > second.x).toBe(true);
    const h1 = await page.locator('h1').boundingBox();
    const body = await page.locator('main').boundingBox();
    // Heading starts at the right edge (inline start in Arabic).
    expect(h1 && body && Math.abs(h1.x + h1.width - (body.x + body.width)) < 20).toBe(true);
  });

  test('formatMessage gives what chrome.i18n gives for every Arabic message', async ({
    openExtensionPage,
  }) => {
    // The package's catalogue: the store listing's keys do not ship (scripts/ship-locales.ts).
    const ar = shippedMessages(catalogue('ar'));
    const page = await openExtensionPage('src/popup/index.html');
    const got = await browserMessages(page, Object.keys(ar));
    for (const key of Object.keys(ar)) {
      expect(formatMessage(ar, key, subs), key).toBe(got[key]);
    }
  });

  test('options lay out right to left', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('src/options/index.html');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1')).toHaveText(
      formatMessage(catalogue('ar'), 'optionsTitle') ?? '',
    );
  });

  test('the banner is Arabic and right to left', async ({ context }) => {
    const ar = catalogue('ar');
    const page = await context.newPage();
    await page.goto('https://sellercentral.amazon.ae/ap/page/code-sms');
    await expect(bannerHint(page)).toHaveText(formatMessage(ar, 'hintOtpSmsTo', ['976']) ?? '');
    await expect(bannerBox(page)).toHaveAttribute('dir', 'rtl');
    // The close button is at the inline end of the heading row: the left in Arabic.
    const title = await bannerBox(page).locator('h2').boundingBox();
    const close = await bannerBox(page).locator('button.dismiss').boundingBox();
    expect(title && close && close.x < title.x).toBe(true);
  });
});
