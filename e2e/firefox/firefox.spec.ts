/**
 * The shipping dist-firefox/ in Firefox ESR: the banner on a code page and on the rest of the
 * journey (too many codes, no account), the popup's clock check and cleanup. Cookies refused:
 * cookies-refused.spec.ts (its own Firefox).
 */
import type { Page } from 'puppeteer-core';
import { catalogue } from '../harness';
import { allCookies } from './cleanup-world';
import { expect, test } from './harness';

// One simulator serves the whole worker: leave it as found (its request log, clock offsets).
test.afterEach(({ sim }) => sim.reset());

/** Waits for the banner to show `state` (`data-state` on its host) and returns its hint text. */
async function bannerShows(page: Page, state: string): Promise<string> {
  const host = await page.waitForSelector(`[data-sc2sv="banner"][data-state="${state}"]`, {
    timeout: 10_000,
  });
  return (await host?.evaluate((h) => h.shadowRoot?.querySelector('p.hint')?.textContent)) ?? '';
}

test('the banner shows the state of a code page', async ({ ffPage }) => {
  const page = await ffPage();
  await page.goto('https://sellercentral.amazon.com/ap/page/code-sms');
  expect(await bannerShows(page, 'otp-sms')).toContain('976');
  await page.goto('https://sellercentral.amazon.de/ap/page/code-rejected');
  expect(await bannerShows(page, 'code-rejected')).not.toBe('');
  expect(await page.$$('[data-sc2sv="banner"]')).toHaveLength(1);
});

// Firefox may run the document_start script before `<html lang>` is readable; the words still
// come (every table, when the language is not known yet): these states only words can tell.
test('the classifier gets the words of the page language', async ({ ffPage }) => {
  const page = await ffPage();
  for (const [host, name, state] of [
    ['sellercentral.amazon.de', 'code-expired', 'code-expired'],
    ['sellercentral.amazon.de', 'code-voice', 'otp-voice'],
    ['sellercentral.amazon.co.jp', 'no-account-email', 'no-account'],
    ['sellercentral.amazon.ae', 'code-expired', 'code-expired'],
  ] as const) {
    await page.goto(`https://${host}/ap/page/${name}`);
    await bannerShows(page, state);
  }
});

test("the banner's clock check gives a verdict", async ({ ffPage }) => {
  const page = await ffPage();
  await page.goto('https://sellercentral.amazon.com/ap/page/code-app');
  await bannerShows(page, 'otp-app');
  const host = await page.$('[data-sc2sv="banner"]');
  await host?.evaluate((h) => h.shadowRoot?.querySelector<HTMLElement>('button.check')?.click());
  const verdict = () =>
    document
      .querySelector('[data-sc2sv="banner"]')
      ?.shadowRoot?.querySelector('.clock-status')
      ?.getAttribute('data-verdict');
  await page.waitForFunction(`(${verdict})() === 'ok'`, { timeout: 20_000 });
});

/**
 * Checks the clock from the popup page as a seller would: storage.session outlives a test (one
 * Firefox per worker), so a verdict already shown is rechecked with the page's own button.
 */
async function checkClock(page: Page): Promise<string | null> {
  const done = '[data-testid="clock-verdict"][data-done="true"]';
  await page.waitForSelector(done, { timeout: 20_000 });
  await page.click('[data-testid="clock-verdict"] ~ p button');
  await page.waitForSelector('[data-testid="clock-verdict"][data-done="false"]', {
    timeout: 5_000,
  });
  const verdict = await page.waitForSelector(done, { timeout: 20_000 });
  return (await verdict?.evaluate((e) => e.getAttribute('data-verdict'))) ?? null;
}

for (const [offsetMs, verdict] of [
  [0, 'ok'],
  [120_000, 'bad'],
] as const) {
  test(`the popup page's clock check says ${verdict} for a clock ${offsetMs / 1000} s off`, async ({
    openFirefoxExtensionPage,
    sim,
  }) => {
    sim.setClockOffsetMs('*', -offsetMs);
    const asked = sim.requests.length;
    const page = await openFirefoxExtensionPage('src/popup/index.html#clock');
    expect(await checkClock(page)).toBe(verdict);
    expect(sim.requests.slice(asked).some((r) => r.host === 'www.cloudflare.com')).toBe(true);
  });
}

test('the one-click cleanup removes the host’s cookies only and says what Firefox could not clear', async ({
  ffPage,
  openFirefoxExtensionPage,
}) => {
  const site = await ffPage();
  for (const url of [
    'https://sellercentral.amazon.com/sim/cleanup/cookies',
    'https://sellercentral.amazon.com/sim/cleanup/parent-cookies',
    'https://sellercentral.amazon.de/sim/cleanup/cookies',
    // The sign-in page: the banner records this tab's cookie store (this test's container) as
    // the last Seller Central tab's, which the popup opened as a tab of its own cleans.
    'https://sellercentral.amazon.com/ap/page/code-rejected',
  ]) {
    await site.goto(url);
  }
  await bannerShows(site, 'code-rejected');
  const popup = await openFirefoxExtensionPage('src/popup/index.html#cleanup');
  const before = await allCookies(popup);
  const ofHost = (line: string) =>
    JSON.parse(line).domain.replace(/^\./, '') === 'sellercentral.amazon.com';
  const hostCount = before.filter(ofHost).length;
  expect(hostCount).toBeGreaterThan(3);

  const count = await popup.waitForSelector(
    `[data-testid="cleanup-count"][data-cookies="${hostCount}"]`,
    {
      timeout: 15_000,
    },
  );
  expect(count).not.toBeNull();
  await popup.click('[data-testid="cleanup-run"]');
  const result = await popup.waitForSelector(
    '[data-testid="cleanup-result"][data-finished="true"]',
    { timeout: 20_000 },
  );
  expect(await result?.evaluate((e) => e.getAttribute('data-removed-cookies'))).toBe(
    String(hostCount),
  );
  // Firefox clears site data per host only for some kinds; the popup names the rest.
  const skipped = await popup.$eval('[data-testid="cleanup-skipped"]', (e) => e.textContent ?? '');
  expect(skipped).not.toBe('');

  const after = await allCookies(popup);
  expect(after).toEqual(before.filter((line) => !ofHost(line)));
});

/** The banner's host, its hint and the text of its visible buttons. */
async function bannerView(page: Page) {
  const host = await page.waitForSelector('[data-sc2sv="banner"]', { timeout: 10_000 });
  return host?.evaluate((h) => ({
    state: h.getAttribute('data-state'),
    retryAt: h.getAttribute('data-retry-at'),
    hint: h.shadowRoot?.querySelector('p.hint')?.textContent ?? '',
    buttons: [...(h.shadowRoot?.querySelectorAll('button') ?? [])]
      .filter((b) => !b.hidden)
      .map((b) => b.textContent ?? ''),
  }));
}

const words = catalogue('en');

test('too many codes: when to try again, and no cookie cleanup on offer', async ({ ffPage }) => {
  const page = await ffPage();
  const before = Date.now();
  await page.goto('https://sellercentral.amazon.com/ap/page/otp-limit');
  await bannerShows(page, 'otp-limit');
  await page.waitForSelector('[data-sc2sv="banner"][data-retry-at]', { timeout: 10_000 });
  const view = await bannerView(page);
  expect(view?.hint).toBe(words.hintOtpLimit?.message);
  expect(Math.abs(Date.parse(view?.retryAt ?? '') - (before + 24 * 3_600_000))).toBeLessThan(
    10_000,
  );
  expect(view?.buttons.filter((b) => /cookie/i.test(b))).toEqual([]);
  // A reload does not move it.
  await page.reload();
  await bannerShows(page, 'otp-limit');
  await page.waitForSelector(`[data-sc2sv="banner"][data-retry-at="${view?.retryAt}"]`, {
    timeout: 10_000,
  });
});

test('no account for the email: do not create one, and no cookie cleanup', async ({ ffPage }) => {
  const page = await ffPage();
  for (const host of ['sellercentral.amazon.com', 'sellercentral.amazon.de']) {
    await page.goto(`https://${host}/ap/page/no-account`);
    await bannerShows(page, 'no-account');
    const view = await bannerView(page);
    expect(view?.buttons.filter((b) => /cookie/i.test(b))).toEqual([]);
  }
  const view = await bannerView(page);
  expect(view?.hint).toBe(catalogue('de').hintNoAccount?.message);
});
