/**
 * A simulated sign-in up to the code page, and through it: for the "you're in" card's tests
 * (e2e/signed-in.spec.ts, e2e/a11y.spec.ts).
 */
import type { Page, Worker } from '@playwright/test';
import { banner, expect, recordedTabIds } from './harness';
import type { Sim } from './sim/server';

/** Email and password on `host`, up to the app's code page; the tab's id, from its record. */
export async function toCodePage(page: Page, worker: Worker, host: string): Promise<number> {
  await page.goto(`https://${host}/ap/signin?method=app`);
  await page.locator('#ap_email').fill('seller@example.com');
  await page.locator('#continue').click();
  await page.locator('#ap_password').fill('any password');
  await page.locator('#signInSubmit').click();
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-app');
  await expect.poll(() => recordedTabIds(worker)).toHaveLength(1);
  const [tabId] = await recordedTabIds(worker);
  if (tabId === undefined) throw new Error('no tab recorded');
  return tabId;
}

/** The right code on the code page: Seller Central's home page follows. */
export async function submitCode(page: Page, sim: Sim, host: string): Promise<void> {
  await page.locator('#auth-mfa-otpcode').fill(sim.code());
  await page.locator('#auth-signin-button').click();
  await page.waitForURL(`https://${host}/home`);
}
