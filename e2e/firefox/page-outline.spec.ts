/**
 * The page outline in Firefox ESR (dist-firefox/): `scripting.executeScript` with the function
 * runs in the sign-in tab there too, and the outline carries the structure, not the secrets.
 */
import { outlineSecrets } from '../sim/outline';
import { tabAt } from './cleanup-world';
import { expect, test } from './harness';

test.afterEach(({ sim }) => sim.reset());

test('the popup over a sign-in tab makes the outline in the tab', async ({
  ffPage,
  openFirefoxExtensionPage,
}) => {
  const page = await ffPage();
  const url = 'https://sellercentral.amazon.de/ap/page/outline-seeded?claim=OTLquerySecret';
  await page.goto(url);
  await page.waitForSelector('[data-sc2sv="banner"]', { timeout: 10_000 });
  const ext = await openFirefoxExtensionPage('src/options/index.html');
  const { id } = await tabAt(ext, url);
  const popup = await openFirefoxExtensionPage(`src/popup/index.html?tab=${id}#support`);
  const make = await popup.waitForSelector('[data-testid="page-outline-make"]', {
    timeout: 10_000,
  });
  await make?.click();
  const box = await popup.waitForSelector('[data-testid="page-outline"]', { timeout: 10_000 });
  const outline = (await box?.evaluate((t) => (t as HTMLTextAreaElement).value)) ?? '';
  expect(outline.split('\n')[0]).toBe('path /ap/page/outline-seeded');
  expect(outline).toMatch(/^ +form#auth-mfa-form\.a-spacing-none$/m);
  expect(outline).toMatch(/\[autocomplete="one-time-code"\]/);
  for (const secret of [...Object.values(outlineSecrets), 'OTLquerySecret', '@']) {
    expect(outline, secret).not.toContain(secret);
  }
});
