/** The banner's own clock check on code pages, and the toolbar badge it leaves. */
import { banner, expect, test } from './harness';

// Clock checks with timed faults, and the toolbar badge: a browser of its own.
test.use({ freshProfile: true });

test.afterEach(({ sim }) => sim.reset());

const clockLine = (page: import('@playwright/test').Page) => banner(page).locator('p.clock-status');

test('a Seller Central clock 3 minutes behind: the banner warns without a click, asking only Seller Central', async ({
  sim,
  context,
  worker,
}) => {
  sim.setClockOffsetMs('sellercentral.amazon.com', -180_000);
  const page = await context.newPage();
  const pageHosts = new Set<string>();
  page.on('request', (r) => pageHosts.add(new URL(r.url()).host));
  await page.goto('https://sellercentral.amazon.com/ap/page/code-app');
  await expect(clockLine(page)).toHaveAttribute('data-verdict', 'bad', { timeout: 10_000 });
  await expect(clockLine(page)).toContainText('3 min 0 s ahead');
  expect([...pageHosts]).toEqual(['sellercentral.amazon.com']);
  expect(new Set(sim.requests.map((r) => r.host))).toEqual(new Set(['sellercentral.amazon.com']));
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');

  // The seller fixes the clock (here: the server's) and checks again: the badge goes.
  sim.reset();
  await banner(page).getByRole('button', { name: 'Check my clock' }).click();
  await expect(clockLine(page)).toHaveAttribute('data-verdict', 'ok', { timeout: 10_000 });
  await expect(clockLine(page)).toContainText('right');
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
});

test('a right clock: the banner stays quiet until asked', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.de/ap/page/code-app');
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-app');
  await page.waitForTimeout(1_500);
  await expect(clockLine(page)).toBeHidden();
  // A German page: the banner speaks German here (e2e/i18n.spec.ts), so the button by its class.
  await banner(page).locator('button.check').click();
  await expect(clockLine(page)).toHaveAttribute('data-verdict', 'ok', { timeout: 10_000 });
});

// A text or a call depends on no clock the seller owns (issue 13): a refused text gets none.
for (const [name, state] of [
  ['otp-limit', 'otp-limit'],
  ['code-sms', 'otp-sms'],
  ['code-rejected', 'code-rejected'],
] as const) {
  test(`no clock check and no clock button where the clock is not a cause: ${name}`, async ({
    sim,
    context,
  }) => {
    const page = await context.newPage();
    await page.goto(`https://sellercentral.amazon.com/ap/page/${name}`);
    await expect(banner(page)).toHaveAttribute('data-state', state);
    await page.waitForTimeout(1_000);
    await expect(banner(page).getByRole('button', { name: 'Check my clock' })).toBeHidden();
    expect(sim.requests.filter((r) => r.path === '/robots.txt')).toEqual([]);
  });
}
