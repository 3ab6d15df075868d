/**
 * The authenticator check (issue 5) with the simulator's demo key: an app clock 90 s behind, an
 * app in sync, another key; and afterwards no trace of the key in any storage area.
 */
import type { Page, Worker } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { banner, expect, test } from './harness';

// Codes are timed to their 30 s window: a browser of its own.
test.use({ freshProfile: true });

test.afterEach(({ sim }) => sim.reset());

const popupPath = 'src/popup/index.html#authenticator';

const codeAt = (base32: string, timestamp: number) =>
  TOTP.generate({ secret: Secret.fromBase32(base32), timestamp });

/**
 * Waits until this 30 s window has a few seconds left, so a code made now is still the current
 * one (or the same number of steps off) when the popup judges it.
 */
async function awayFromWindowEdge(): Promise<void> {
  const into = Date.now() % 30_000;
  if (into < 1_000 || into > 24_000) {
    await new Promise((r) => setTimeout(r, (31_500 - into) % 30_000));
  }
}

async function check(popup: Page, secret: string, code: () => string) {
  await popup.getByTestId('totp-secret').fill(secret);
  await awayFromWindowEdge();
  await popup.getByTestId('totp-code').fill(code());
  await popup.getByTestId('totp-check').click();
}

/** Every storage area as JSON, read from the extension's own worker. */
async function allStorage(worker: Worker): Promise<string> {
  return worker.evaluate(async () =>
    JSON.stringify({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
    }),
  );
}

test('an app 90 s behind, an app in sync, another key; the key is kept nowhere', async ({
  sim,
  worker,
  openExtensionPage,
}) => {
  const popup = await openExtensionPage(popupPath);
  const logged: string[] = [];
  popup.on('console', (m) => logged.push(m.text()));
  const secretField = popup.getByTestId('totp-secret');
  const result = popup.getByTestId('totp-result');
  await expect(secretField).toBeVisible();
  await expect(secretField).toHaveAttribute('autocomplete', 'off');
  await expect(secretField).toHaveAttribute('spellcheck', 'false');
  await expect(popup.getByTestId('totp-code')).toHaveAttribute('autocomplete', 'off');
  // Masked until the seller asks to see it.
  const masking = () =>
    secretField.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'));
  expect(await masking()).toBe('disc');
  await popup.getByRole('button', { name: 'Show key' }).click();
  expect(await masking()).toBe('none');
  await popup.getByRole('button', { name: 'Hide key' }).click();
  expect(await masking()).toBe('disc');

  // The demo key as the simulator prints it; the app's code is from 90 s ago.
  await check(popup, sim.secret, () => codeAt(sim.secret, Date.now() - 90_000));
  await expect(result).toHaveAttribute('data-drift-steps', '-3');
  await expect(result).toContainText('about 90 s behind');
  await expect(result).toContainText('automatic');

  // The same key as an otpauth:// link, and the code Seller Central expects now.
  await check(popup, sim.otpauthUri, () => sim.code());
  await expect(result).toHaveAttribute('data-drift-steps', '0');
  await expect(result).toContainText('in sync');

  // Spaced lower-case groups, and a code from another account's key.
  const grouped = sim.secret.toLowerCase().replace(/(.{4})/g, '$1 ');
  const other = new Secret({ size: 20 }).base32;
  await check(popup, grouped, () => codeAt(other, Date.now()));
  await expect(result).toHaveAttribute('data-drift-steps', 'none');
  await expect(result).toContainText('Advanced Security Settings');

  // Nothing holds the key: no storage area, not the URL, not the console.
  const stored = (await allStorage(worker)).toUpperCase();
  expect(stored).not.toContain(sim.secret.toUpperCase());
  expect(stored).not.toContain(sim.secret.slice(0, 16).toUpperCase());
  expect(popup.url()).not.toContain(sim.secret);
  expect(popup.url()).not.toContain(sim.secret.toLowerCase());
  expect(logged.join('\n').toUpperCase()).not.toContain(sim.secret.slice(0, 16).toUpperCase());
});

test('the time is corrected by the clock check: a computer 2 min behind, a phone in sync', async ({
  sim,
  openExtensionPage,
}) => {
  // The servers, and the phone that follows them, run 133 s ahead of this computer.
  sim.setClockOffsetMs('*', 133_000);
  const popup = await openExtensionPage('src/popup/index.html#clock');
  await expect(popup.getByTestId('clock-verdict')).toHaveAttribute('data-done', 'true', {
    timeout: 10_000,
  });
  await popup.getByRole('link', { name: 'Authenticator app' }).click();
  await check(popup, sim.secret, () => sim.code());
  const result = popup.getByTestId('totp-result');
  await expect(result).toHaveAttribute('data-drift-steps', '0');
  await expect(result).toHaveAttribute('data-time-basis', 'corrected');
  await expect(result).toContainText("Seller Central's time");
});

test('bad input gets a clear message and keeps what was typed', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage(popupPath);
  const result = popup.getByTestId('totp-result');
  await popup.getByTestId('totp-check').click();
  await expect(popup.getByTestId('totp-secret-error')).toHaveText('Enter the secret key first.');
  await expect(popup.getByTestId('totp-code-error')).toContainText('Enter the code');
  await expect(result).not.toHaveAttribute('data-drift-steps', /.*/);

  await popup.getByTestId('totp-secret').fill('JBSW Y3DP EHPK 0PXP JBSW Y3DP');
  await popup.getByTestId('totp-code').fill('12345');
  await popup.getByTestId('totp-check').click();
  await expect(popup.getByTestId('totp-secret-error')).toContainText('“0” cannot be in it');
  await expect(popup.getByTestId('totp-code-error')).toContainText('all 6 digits');
  await expect(popup.getByTestId('totp-secret')).toHaveValue('JBSW Y3DP EHPK 0PXP JBSW Y3DP');
  await expect(popup.getByTestId('totp-secret')).toHaveAttribute('aria-invalid', 'true');

  // A 1 MB paste: a message, no hang, and the field keeps it.
  const huge = 'A'.repeat(1024 * 1024);
  await popup.getByTestId('totp-secret').fill(huge);
  await popup.getByTestId('totp-check').click();
  await expect(popup.getByTestId('totp-secret-error')).toContainText('far too long');
  expect(
    await popup.getByTestId('totp-secret').evaluate((el) => (el as HTMLInputElement).value.length),
  ).toBe(huge.length);
});

test('the demo: Seller Central refuses an app 90 s behind, the check says why, one window late passes', async ({
  context,
  sim,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.com/ap/signin?method=app');
  await page.locator('#ap_email').fill('seller@example.com');
  await page.locator('#continue').click();
  await page.locator('#ap_password').fill('any password');
  await page.locator('#signInSubmit').click();
  await awayFromWindowEdge();
  const late = codeAt(sim.secret, Date.now() - 90_000);
  await page.locator('#auth-mfa-otpcode').fill(late);
  await page.locator('#auth-signin-button').click();
  await expect(banner(page)).toHaveAttribute('data-state', 'code-rejected');

  const popup = await openExtensionPage(popupPath);
  await popup.getByTestId('totp-secret').fill(sim.secret);
  await popup.getByTestId('totp-code').fill(late);
  await popup.getByTestId('totp-check').click();
  await expect(popup.getByTestId('totp-result')).toHaveAttribute('data-drift-steps', '-3');

  // One window either side is accepted, as Amazon does: a code from the previous window passes.
  await awayFromWindowEdge();
  await page.locator('#auth-mfa-otpcode').fill(codeAt(sim.secret, Date.now() - 30_000));
  await page.locator('#auth-signin-button').click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.locator('#sc-signin-status')).toContainText('seller@example.com');
});
