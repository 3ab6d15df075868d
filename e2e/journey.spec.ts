/**
 * The simulated sign-in's rest of the journey (issue 13): an email no account has, wrong codes
 * until the sign-in is blocked, a code that has expired; and what the banner knows on top: code
 * requests, waits, the remember box, cookies the browser refuses. Each test uses its own email:
 * the sim (one per worker) remembers blocked emails until it is reset.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { extensionId, launchChromium, tempProfile } from './browser';
import { banner, bannerHint, bannerNotes, expect, test } from './harness';
import { wrongCodeLimit } from './sim/flow';
import { stopWorkers } from './stop-workers';

const host = 'sellercentral.amazon.com';

async function toCodePage(page: Page, email: string): Promise<void> {
  await page.goto(`https://${host}/ap/signin?method=sms`);
  await page.locator('#ap_email').fill(email);
  await page.locator('#ap_email').press('Enter');
  await page.locator('#ap_password').fill('a password');
  await page.locator('#ap_password').press('Enter');
  await expect(page.locator('#auth-mfa-otpcode')).toBeVisible();
}

test.afterEach(({ sim }) => sim.reset());

test('an email no account has leads to the no-account pages', async ({ context }) => {
  const page = await context.newPage();
  for (const email of ['new-seller@example.com', 'nobody@example.com']) {
    await page.goto(`https://${host}/ap/signin`);
    await page.locator('#ap_email').fill(email);
    await page.locator('#ap_email').press('Enter');
    await expect(banner(page), email).toHaveAttribute('data-state', 'no-account');
  }
  await expect(page.locator('#auth-error-message-box')).toContainText('cannot find an account');
});

test(`${wrongCodeLimit} wrong codes in a row block the sign-in, then the password page says so`, async ({
  context,
  sim,
}) => {
  const page = await context.newPage();
  const email = 'wrong-codes@example.com';
  await toCodePage(page, email);
  // A code the sim cannot accept: the right one with its last digit changed.
  const wrong = () => sim.code(host).replace(/\d$/, (d) => String((Number(d) + 5) % 10));
  for (let i = 1; i <= wrongCodeLimit; i++) {
    await page.locator('#auth-mfa-otpcode').fill(wrong());
    await page.locator('#auth-mfa-otpcode').press('Enter');
    const state = i < wrongCodeLimit ? 'code-rejected' : 'signin-blocked';
    await expect(banner(page), `after ${i} wrong codes`).toHaveAttribute('data-state', state);
  }
  await page.goto(`https://${host}/ap/signin?method=sms`);
  await page.locator('#ap_email').fill(email);
  await page.locator('#ap_email').press('Enter');
  await page.locator('#ap_password').fill('a password');
  await page.locator('#ap_password').press('Enter');
  await expect(page.locator('#ap_password')).toBeVisible();
  await expect(banner(page)).toHaveAttribute('data-state', 'signin-blocked');
});

test('a code past its life has expired, even the right one', async ({ context, sim }) => {
  const page = await context.newPage();
  await toCodePage(page, 'expired-code@example.com');
  await page.goto(`https://${host}/ap/mfa?expired=1`);
  await page.locator('#auth-mfa-otpcode').fill(sim.code(host));
  await page.locator('#auth-mfa-otpcode').press('Enter');
  await expect(banner(page)).toHaveAttribute('data-state', 'code-expired');
  await expect(page.locator('#auth-error-message-box')).toContainText('has expired');
});

test("Amazon's cookie warning stays hidden while the browser keeps cookies", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(`https://${host}/ap/page/code-sms`);
  await expect(page.locator('#auth-cookie-warning-message')).toBeHidden();
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-sms');
});

const isoNear = (iso: string | null, ms: number, slack: number) => {
  expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(Math.abs(Date.parse(iso ?? '') - ms)).toBeLessThan(slack);
};

test('a code asked for from the code page and the chooser: the code page says to use only the newest, also after a reload and a worker restart', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await toCodePage(page, 'asks-again@example.com');
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-sms');
  // Amazon sent the first code by itself: the extension saw no request.
  await expect(banner(page)).not.toHaveAttribute('data-latest-request-at', /./);
  await page.locator('#auth-get-new-otp-link').click();
  await expect(banner(page)).toHaveAttribute('data-state', 'choose-device');
  const before = Date.now();
  await page.locator('#auth-send-code').click();
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-sms');
  await expect(banner(page)).toHaveAttribute('data-latest-request-at', /Z$/);
  const at = await banner(page).getAttribute('data-latest-request-at');
  isoNear(at, before, 10_000);
  // The chooser's send came after the link: the time is the send's.
  expect(Date.parse(at ?? '')).toBeGreaterThanOrEqual(before - 1_000);
  await expect(bannerNotes(page).filter({ hasText: 'Use only the newest code' })).toHaveCount(1);

  await page.reload();
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-sms');
  await expect(banner(page)).toHaveAttribute('data-latest-request-at', at ?? '');
  await expect(bannerNotes(page).filter({ hasText: 'You last asked for one at' })).toHaveCount(1);

  // The browser stops the service worker when it likes: the time is in storage.session.
  const options = await openExtensionPage('src/options/index.html');
  await stopWorkers(context, options, worker);
  await page.reload();
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-sms');
  await expect(banner(page)).toHaveAttribute('data-latest-request-at', at ?? '');
});

test('"Resend code" on the verification page: the request and the countdown the page shows are followed', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(`https://${host}/ap/page/cvf-code`);
  await expect(banner(page)).toHaveAttribute('data-state', 'cvf-code');
  await expect(banner(page)).not.toHaveAttribute('data-retry-at', /./);
  const before = Date.now();
  await page.locator('#resend-approval-link').click();
  // "Please wait 30 seconds before requesting another code."
  await expect(banner(page)).toHaveAttribute('data-retry-at', /Z$/);
  isoNear(await banner(page).getAttribute('data-retry-at'), before + 30_000, 5_000);
  await expect(banner(page)).toHaveAttribute('data-latest-request-at', /Z$/);
  isoNear(await banner(page).getAttribute('data-latest-request-at'), before, 5_000);
  const retry = bannerNotes(page).filter({ hasText: 'You can try again after' });
  await expect(retry).toHaveCount(1);
  // The countdown moves: "(in 29 s)", then less.
  const first = await retry.textContent();
  await expect(retry).not.toHaveText(first ?? '', { timeout: 3_000 });
});

test('the remember nudge shows while the box is unticked, and goes once it is ticked', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(`https://${host}/ap/page/code-sms`);
  const nudge = bannerNotes(page).filter({ hasText: 'never a shared one' });
  await expect(banner(page)).toHaveAttribute('data-remember-device', 'unchecked');
  await expect(nudge).toHaveCount(1);
  await page.locator('#auth-mfa-remember-device').check();
  await expect(banner(page)).not.toHaveAttribute('data-remember-device', /./);
  await expect(nudge).toHaveCount(0);
  await page.locator('#auth-mfa-remember-device').uncheck();
  await expect(banner(page)).toHaveAttribute('data-remember-device', 'unchecked');
  // Not a private window here.
  await expect(banner(page)).not.toHaveAttribute('data-private', /./);
});

test('a wait the page names: the end is kept from the first sight, a reload does not move it', async ({
  context,
}) => {
  const page = await context.newPage();
  const before = Date.now();
  await page.goto(`https://${host}/ap/page/otp-limit`);
  await expect(banner(page)).toHaveAttribute('data-retry-at', /Z$/);
  const first = await banner(page).getAttribute('data-retry-at');
  // "You can request a new OTP in 24 hours."
  isoNear(first, before + 24 * 3_600_000, 10_000);
  await expect(bannerNotes(page).first()).toContainText('You can try again tomorrow after');
  await expect(bannerNotes(page).first()).toContainText('(in 24 hours)');
  await page.waitForTimeout(1_500);
  await page.reload();
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-limit');
  await expect(banner(page)).toHaveAttribute('data-retry-at', first ?? '');

  // Calls are limited on their own ("Please wait 10 minutes"): another wait, its own end.
  await page.goto(`https://${host}/ap/page/otp-limit-voice`);
  await expect(banner(page)).not.toHaveAttribute('data-retry-at', first ?? '');
  isoNear(await banner(page).getAttribute('data-retry-at'), Date.now() + 600_000, 10_000);
  // A page that names no wait shows none.
  await page.goto(`https://${host}/ap/page/signin-blocked`);
  await expect(banner(page)).toHaveAttribute('data-state', 'signin-blocked');
  await expect(banner(page)).not.toHaveAttribute('data-retry-at', /./);
});

test('cookies really blocked in the browser: every sign-in page says so first, and where to allow them', async ({
  sim,
}) => {
  // Chromium's own setting "Don't allow sites to save data", written as the settings page does.
  const profile = tempProfile('sc2sv-no-cookies-');
  mkdirSync(join(profile, 'Default'));
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
  );
  const context = await launchChromium({ port: sim.port, userDataDir: profile });
  try {
    const page = await context.newPage();
    for (const [h, path] of [
      [host, '/ap/page/code-sms'],
      [host, '/ap/signin'],
      ['sellercentral.amazon.de', '/ap/page/choose-device'],
    ] as const) {
      await page.goto(`https://${h}${path}`);
      await expect(banner(page), path).toHaveAttribute('data-state', 'cookies-blocked');
      await expect(bannerHint(page)).toContainText('chrome://settings/content/siteData');
      await expect(bannerHint(page)).toContainText(h);
    }
    // The test cookie left nothing behind (and the page could keep none of its own).
    expect(await context.cookies()).toEqual([]);
    // The popup's diagnosis puts it first too (issue 14): nothing else helps until it is gone.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${await extensionId(context)}/src/popup/index.html`);
    const first = popup.locator('[data-testid="diagnosis"] [data-testid="finding"][data-rank="1"]');
    await expect(first).toHaveAttribute('data-id', 'cookies-blocked');
    await expect(first).toHaveAttribute('data-severity', 'blocker');
    await expect(first).toContainText('Allow cookies for this site first');
  } finally {
    await context.close();
  }
});
