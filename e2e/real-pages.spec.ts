/**
 * Amazon's own saved sign-in pages (found by scripts/saved-pages.ts, never copied into this repo),
 * served at a Seller Central host: the banner must read them as a seller would.
 */
import { savedPages } from '../scripts/saved-pages';
import { banner, expect, test } from './harness';

// Without them each test is listed as skipped, after one line that says where to get them;
// SC2SV_REQUIRE_SAVED_PAGES=1 (CI) makes their absence a failure naming the folder.
const pages = savedPages();
// biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring.
test.beforeAll(({}, testInfo) => {
  if (pages.skip) console.log(pages.problem);
  else if (pages.problem) throw new Error(pages.problem);
  testInfo.skip(pages.skip, pages.problem ?? '');
});

const expected = [
  ['post-signin-mfa', 'otp-sms'],
  ['post-signin-mfa-invalid-otp', 'code-rejected'],
  ['post-signin-new-otp', 'choose-device'],
  ['new-otp-failed', 'otp-limit'],
  ['post-signin-captcha-otp', 'cvf-code'],
  ['post-signin-captcha-1', 'captcha'],
  ['post-signin-captcha-invalid', 'captcha'],
  ['post-signin-captcha-2', 'captcha'],
  ['waf-challenge', 'captcha'],
  ['signin', null],
  ['signin-claim-password', null],
  ['post-signin-invalid-password', null],
] as const;

test('the real saved pages get the right state', async ({ context }) => {
  const page = await context.newPage();
  for (const [file, state] of expected) {
    const response = await page.goto(`https://sellercentral.amazon.com/ap/reference/${file}.html`);
    expect(response?.status(), `${file} is served`).toBe(200);
    if (state) {
      await expect(banner(page), file).toHaveAttribute('data-state', state);
    } else {
      await page.waitForTimeout(400);
      await expect(banner(page), file).toHaveCount(0);
    }
  }
});

test('the real code page shows the masked number from the page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.com/ap/reference/post-signin-mfa.html');
  await expect(banner(page)).toHaveAttribute('data-method', 'sms');
  await expect(banner(page).locator('p.hint')).toContainText('ending in 976');
});
