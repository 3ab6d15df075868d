/**
 * The popup's diagnosis on the shipping build: what it puts first for what the sign-in page
 * showed and what the clock check found, and that the support description says the same.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

// The phone clock is timed to ±0.7 s: a browser of its own.
test.use({ freshProfile: true });

test.afterEach(({ sim }) => sim.reset());

const popupPath = 'src/popup/index.html';
const diagnosis = (p: Page) => p.getByTestId('diagnosis');
const findings = (p: Page) => diagnosis(p).getByTestId('finding');
const first = (p: Page) => diagnosis(p).locator('[data-testid="finding"][data-rank="1"]');
const finding = (p: Page, id: string) =>
  diagnosis(p).locator(`[data-testid="finding"][data-id="${id}"]`);

/** Signs in to the simulated Seller Central up to the code page for `method`, then sends a wrong code. */
async function refusedCode(page: Page, method: 'sms' | 'app', wrong: string) {
  await page.goto(`https://sellercentral.amazon.com/ap/signin?method=${method}`);
  await page.locator('#ap_email').fill('seller@example.com');
  await page.locator('#continue').click();
  await page.locator('#ap_password').fill('any password');
  await page.locator('#signInSubmit').click();
  await page.locator('#auth-mfa-otpcode').fill(wrong);
  await page.locator('#auth-signin-button').click();
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute(
    'data-state',
    'code-rejected',
  );
}

/** A six-digit code that is none of the demo key's codes near now. */
const wrongCode = (valid: string) => (valid === '123456' ? '654321' : '123456');

test('no hash opens the diagnosis, and its first finding needs no network', async ({
  sim,
  openExtensionPage,
}) => {
  // The time sources answer late: the first finding must not wait for them.
  sim.setDelayMs('*', 2_000);
  const popup = await openExtensionPage(popupPath);
  await expect(popup.locator('section#diagnosis')).toBeVisible();
  await expect(diagnosis(popup)).toBeVisible();
  await expect(first(popup)).toHaveAttribute('data-id', 'no-page', { timeout: 1_500 });
  await expect(diagnosis(popup)).toHaveAttribute('data-done', 'false');
  await expect(diagnosis(popup)).toHaveAttribute('data-done', 'true', { timeout: 10_000 });
  await expect(finding(popup, 'computer-clock')).toHaveAttribute('data-severity', 'ok');
});

test('too many codes: the wait comes first, with the local time to try again, and no cleanup', async ({
  context,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.com/ap/page/otp-limit');
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute('data-state', 'otp-limit');
  const popup = await openExtensionPage(popupPath);
  await expect(first(popup)).toHaveAttribute('data-id', 'otp-limit');
  await expect(first(popup)).toHaveAttribute('data-severity', 'blocker');
  // "after 14:32 CET tomorrow": a clock time, said with its zone.
  await expect(first(popup)).toContainText(/\d{1,2}:\d{2}/);
  await expect(first(popup).getByTestId('wait-left')).toBeVisible();
  await expect(diagnosis(popup)).toHaveAttribute('data-done', 'true', { timeout: 10_000 });
  await expect(diagnosis(popup).locator('a[href="#cleanup"]')).toHaveCount(0);
  // It says not to clear cookies ("will not lift the limit"); nothing offers to.
  await expect(diagnosis(popup).getByRole('button', { name: /clear|clean/i })).toHaveCount(0);
  await expect(diagnosis(popup).getByRole('link', { name: /clear|clean/i })).toHaveCount(0);
  await expect(first(popup)).toContainText('will not lift the limit');
});

test('an app code refused with this computer 95 s ahead: its clock is off, the phone clock is the one to check', async ({
  context,
  sim,
  openExtensionPage,
}) => {
  // The servers run 95 s behind this machine: this computer is 95 s ahead.
  sim.setClockOffsetMs('*', -95_000);
  const page = await context.newPage();
  await refusedCode(page, 'app', wrongCode(sim.code()));
  const popup = await openExtensionPage(popupPath);
  await expect(diagnosis(popup)).toHaveAttribute('data-done', 'true', { timeout: 10_000 });
  await expect(finding(popup, 'computer-clock')).toHaveAttribute('data-severity', 'likely');
  await expect(finding(popup, 'computer-clock')).toContainText('1 min 35 s ahead');
  await expect(finding(popup, 'phone-clock')).toBeVisible();
  await expect(finding(popup, 'phone-clock').getByTestId('phone-clock-tap')).toBeVisible();
  const ranks = await findings(popup).evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-id'), e.getAttribute('data-rank')]),
  );
  const rank = (id: string) => Number(ranks.find(([i]) => i === id)?.[1]);
  expect(rank('computer-clock')).toBeLessThan(rank('phone-clock'));
});

test('a text code refused with the same clock: the clock is not called the likely cause', async ({
  context,
  sim,
  openExtensionPage,
}) => {
  sim.setClockOffsetMs('*', -95_000);
  const page = await context.newPage();
  await refusedCode(page, 'sms', wrongCode(sim.code()));
  const popup = await openExtensionPage(popupPath);
  await expect(diagnosis(popup)).toHaveAttribute('data-done', 'true', { timeout: 10_000 });
  await expect(first(popup)).toHaveAttribute('data-id', 'code-rejected');
  await expect(finding(popup, 'computer-clock')).toHaveAttribute('data-severity', 'check');
  await expect(finding(popup, 'phone-clock')).toHaveCount(0);
  await expect(
    diagnosis(popup).locator('[data-severity="likely"][data-id="computer-clock"]'),
  ).toHaveCount(0);
});

test('the support description carries the first finding, as the diagnosis says it', async ({
  context,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.com/ap/page/otp-limit');
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute('data-state', 'otp-limit');
  const popup = await openExtensionPage(popupPath);
  await expect(diagnosis(popup)).toHaveAttribute('data-done', 'true', { timeout: 10_000 });
  const said = (await first(popup).locator('p').nth(1).textContent())?.trim() ?? '';
  expect(said.length).toBeGreaterThan(20);
  await popup.goto(`${popup.url().split('#')[0]}#support`);
  await expect(popup.getByTestId('support-description')).toHaveValue(/What 2SV Helper found/, {
    timeout: 10_000,
  });
  expect(await popup.getByTestId('support-description').inputValue()).toContain(said);
});

test('phone clock: a tap when the app shows a new code gives its offset within ±0.7 s', async ({
  context,
  sim,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.com/ap/page/code-app');
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute('data-state', 'otp-app');
  // This computer 40 s behind the servers; the "phone" runs 7 s behind the servers.
  sim.setClockOffsetMs('*', 40_000);
  const popup = await openExtensionPage(popupPath);
  await expect(diagnosis(popup)).toHaveAttribute('data-done', 'true', { timeout: 10_000 });
  const skew = Number(await popup.getByTestId('clock-verdict').getAttribute('data-skew-ms'));
  expect(Math.abs(skew + 40_000)).toBeLessThan(1_000);
  const phoneBehindMs = 7_000;
  // Click when the phone's clock (reference − 7 s) crosses a 30 s boundary, as a seller would
  // when a new code appears; the click is scheduled inside the page, so it lands on time. One
  // tap (up to 30 s away) here; several taps are the unit table's (phone-clock.test.ts).
  await popup.evaluate(
    ({ skew, behind }) =>
      new Promise<void>((done) => {
        const now = Date.now();
        const phone = now - skew - behind;
        const wait = 30_000 - (((phone % 30_000) + 30_000) % 30_000);
        setTimeout(() => {
          (document.querySelector('[data-testid="phone-clock-tap"]') as HTMLElement).click();
          done();
        }, wait);
      }),
    { skew, behind: phoneBehindMs },
  );
  const result = finding(popup, 'phone-clock').getByTestId('phone-clock-result');
  await expect(result).toBeVisible();
  const offset = Number(await result.getAttribute('data-offset-ms'));
  expect(Math.abs(offset + phoneBehindMs)).toBeLessThanOrEqual(700);
  await expect(finding(popup, 'phone-clock')).toHaveAttribute('data-severity', 'likely');
  await expect(finding(popup, 'phone-clock')).toContainText('7 s behind');
});
