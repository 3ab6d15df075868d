/**
 * Issue 20, Amazon's newer pages, in Chromium: the AWS WAF visual puzzle is a robot check, the
 * `/ax/` ("claim") pages are sign-in pages like `/ap/`, a code step with new ids is `unknown-step`
 * (never a guessed method), and a sign-in page without a code field stays bannerless. Pages:
 * e2e/sim/newer.ts.
 */
import type { Page } from '@playwright/test';
import { banner, bannerHint, expect, test } from './harness';

const host = 'https://sellercentral.amazon.com';

test('the AWS WAF visual puzzle gets the robot-check banner', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${host}/ax/aaut/verify/ap/challenge`);
  await expect(banner(page)).toHaveAttribute('data-state', 'captcha');
  await expect(banner(page)).toHaveAttribute('data-method', 'unknown');
  await expect(bannerHint(page)).toContainText('not a two-step verification problem');
  // A puzzle of pictures, not characters: the words cover both.
  await expect(bannerHint(page)).toContainText('choose the pictures it names');
  await expect(banner(page)).toHaveCount(1);
});

test('a code page under /ax/ gets its banner, as under /ap/', async ({ context }) => {
  const page = await context.newPage();
  for (const [name, state, method] of [
    ['code-sms', 'otp-sms', 'sms'],
    ['code-app', 'otp-app', 'app'],
    ['code-rejected', 'code-rejected', 'sms'],
  ] as const) {
    await page.goto(`https://sellercentral.amazon.de/ax/page/${name}`);
    await expect(banner(page), name).toHaveAttribute('data-state', state);
    await expect(banner(page), name).toHaveAttribute('data-method', method);
    await expect(banner(page)).toHaveCount(1);
  }
});

test('a code step with new ids: unknown-step, quietly, with no guessed method', async ({
  context,
}) => {
  const page = await context.newPage();
  for (const kind of ['unknown-one-time-code', 'unknown-otp-id', 'unknown-passcode-name']) {
    await page.goto(`${host}/ax/newer/${kind}`);
    await expect(banner(page), kind).toHaveAttribute('data-state', 'unknown-step');
    await expect(banner(page), kind).toHaveAttribute('data-method', 'unknown');
    await expect(banner(page)).toHaveCount(1);
    await expect(bannerHint(page)).toContainText('new to this helper');
    await expect(bannerHint(page)).toContainText('newest');
    await expect(bannerHint(page)).toContainText('outline');
    // Quiet: the weight of a normal step, never an alarm.
    await expect(banner(page).locator('section.box')).toHaveAttribute('data-severity', 'step');
    // It sits above the form, never over the field.
    const bannerFirst = await page.evaluate(() => {
      const host = document.querySelector('[data-sc2sv="banner"]');
      const form = document.getElementById('claim-verify-form');
      return !!host && !!form && !!(host.compareDocumentPosition(form) & 4);
    });
    expect(bannerFirst).toBe(true);
  }
});

/**
 * The content script is running on `page` and reads it as bannerless: a code field added by the
 * page brings `unknown-step` (so the script is live here), and once it is gone again the banner
 * goes. This waits for events, not for a guess of how long the script takes to start.
 */
async function bannerlessWhileLive(page: Page, formSelector: string) {
  await page.evaluate((sel) => {
    const input = document.createElement('input');
    input.id = 'sim-added-code';
    input.autocomplete = 'one-time-code';
    document.querySelector(sel)?.append(input);
  }, formSelector);
  await expect(banner(page)).toHaveAttribute('data-state', 'unknown-step');
  await page.evaluate(() => document.getElementById('sim-added-code')?.remove());
  await expect(banner(page)).toHaveCount(0);
}

test('no banner on a sign-in page without a code field', async ({ context }) => {
  const page = await context.newPage();
  for (const [kind, form] of [
    ['claim-email', 'form[name="signIn"]'],
    // The password page's "Passkey error" box is not a 2SV problem.
    ['passkey-error', 'form[name="signIn"]'],
    ['no-code-field', '#account-picker-form'],
  ] as const) {
    await page.goto(`${host}/ax/newer/${kind}`);
    await expect(page.locator(form), kind).toHaveCount(1);
    await bannerlessWhileLive(page, form);
    await expect(banner(page), kind).toHaveCount(0);
  }
});
