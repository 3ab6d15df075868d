/** Pages that are huge, deep, or fight the banner: no exception, no broken page, text as text. */
import { banner, bannerHint, expect, test } from './harness';

test.describe('bad input', () => {
  for (const kind of ['big', 'deep', 'clobber', 'markup'] as const) {
    test(`${kind} page: banner shown, page intact`, async ({ context }) => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`https://sellercentral.amazon.com/ap/page/hostile/${kind}`);
      await expect(banner(page)).toHaveAttribute('data-state', 'otp-sms');
      await expect(banner(page)).toHaveCount(1);
      expect(await page.evaluate(() => (window as { __pageOk?: boolean }).__pageOk)).toBe(true);
      expect(errors).toEqual([]);
      await page.locator('#auth-mfa-otpcode').fill('654321');
      await expect(page.locator('#auth-mfa-otpcode')).toHaveValue('654321');
    });
  }

  test('markup inside the masked number stays text', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://sellercentral.amazon.com/ap/page/hostile/markup');
    await expect(bannerHint(page)).toContainText('976');
    const inner = await banner(page).evaluate(
      (host) => host.shadowRoot?.querySelectorAll('img, b, script').length,
    );
    expect(inner).toBe(0);
  });

  test('a page that removes the banner is not fought forever', async ({ context }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('https://sellercentral.amazon.com/ap/page/hostile/remover');
    await page.waitForTimeout(3_000);
    const removed = await page.evaluate(() => (window as { __removed?: number }).__removed ?? 0);
    // The content script puts it back a bounded number of times (maxPlacements), then stops.
    expect(removed).toBeGreaterThan(0);
    expect(removed).toBeLessThanOrEqual(21);
    const later = await page.evaluate(async () => {
      const before = (window as { __removed?: number }).__removed ?? 0;
      await new Promise((r) => setTimeout(r, 1_000));
      return ((window as { __removed?: number }).__removed ?? 0) - before;
    });
    expect(later).toBe(0);
    expect(await page.evaluate(() => (window as { __pageOk?: boolean }).__pageOk)).toBe(true);
    expect(errors).toEqual([]);
  });
});
