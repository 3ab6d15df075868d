/**
 * Firefox refusing every cookie (`network.cookie.cookieBehavior` 2, "Block all cookies"): the
 * banner's test cookie does not read back, so every sign-in page says so first. Its own file:
 * the pref needs its own Firefox (a worker option, see harness.ts).
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from './harness';

test.use({ firefoxPrefs: { 'network.cookie.cookieBehavior': 2 } });

test.afterEach(({ sim }) => sim.reset());

async function bannerHint(page: Page, state: string): Promise<string> {
  const host = await page.waitForSelector(`[data-sc2sv="banner"][data-state="${state}"]`, {
    timeout: 10_000,
  });
  return (await host?.evaluate((h) => h.shadowRoot?.querySelector('p.hint')?.textContent)) ?? '';
}

test('every sign-in page says cookies are blocked first, with where to allow them in Firefox', async ({
  ffPage,
}) => {
  const page = await ffPage();
  for (const [host, path] of [
    ['sellercentral.amazon.com', '/ap/page/code-sms'],
    ['sellercentral.amazon.com', '/ap/signin'],
    ['sellercentral.amazon.de', '/ap/page/choose-device'],
  ] as const) {
    await page.goto(`https://${host}${path}`);
    const hint = await bannerHint(page, 'cookies-blocked');
    expect(hint, path).toContain('about:preferences#privacy');
    expect(hint, path).toContain(`https://${host}`);
  }
});
