/**
 * The simulated sign-in's rest of the journey (issue 13): an email no account has, wrong codes
 * until the sign-in is blocked, a code that has expired. Each test uses its own email: the sim
 * (one per worker) remembers blocked emails until it is reset.
 */
import type { Page } from '@playwright/test';
import { banner, expect, test } from './harness';
import { wrongCodeLimit } from './sim/flow';

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
