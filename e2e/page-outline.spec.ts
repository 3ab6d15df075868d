/**
 * The support section's page outline, on the shipping build: made in the sign-in tab on a click,
 * shown before it is copied, and carrying the page's structure only (the seeded page's email,
 * phone number, tokens, typed code, text and query never appear). Over another page, or a tab
 * that cannot be read, one line and no outline.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { outlineLimitBytes, outlinePage } from '../src/support/page-outline';
import { banner, expect, recordedTabIds, test } from './harness';
import { outlineSecrets } from './sim/outline';

// Clipboard permission and content outlive a test: a browser of its own.
test.use({ freshProfile: true });

const host = 'sellercentral.amazon.de';
const query = 'openid.assoc_handle=OTLquerySecret&claim=outline.seller%40example.com';

/** The seeded sign-in page in a tab, and the popup over that tab opened on #support. */
async function seeded(
  context: import('@playwright/test').BrowserContext,
  worker: import('@playwright/test').Worker,
  openExtensionPage: (path: string) => Promise<Page>,
): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(`https://${host}/ap/page/outline-seeded?${query}`);
  await expect(banner(page)).toHaveCount(1);
  await expect.poll(() => recordedTabIds(worker)).toHaveLength(1);
  const [tabId] = await recordedTabIds(worker);
  const popup = await openExtensionPage(`src/popup/index.html?tab=${tabId}#support`);
  return { page, popup, tabId: tabId as number };
}

test('the outline keeps the structure and none of the seeded secrets', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const { page, popup } = await seeded(context, worker, openExtensionPage);
  const problems: string[] = [];
  popup.on('pageerror', (e) => problems.push(e.message));
  await expect(popup.getByTestId('page-outline')).toHaveCount(0);

  // By keyboard: the button takes the focus and Enter makes the outline.
  await popup.getByTestId('page-outline-make').focus();
  await popup.keyboard.press('Enter');
  const box = popup.getByTestId('page-outline');
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('readonly', '');
  await expect(box).toHaveAttribute('data-cut', 'false');
  const outline = await box.inputValue();

  // What a bug report needs: the path, the form's id, the code field with its autocomplete.
  expect(outline.split('\n')[0]).toBe('path /ap/page/outline-seeded');
  expect(outline).toMatch(/^ +form#auth-mfa-form\.a-spacing-none$/m);
  expect(outline).toMatch(
    /^ +input#auth-mfa-otpcode\.a-input-text\.a-span12\.auth-autofocus\.auth-required-field\[name="otpCode"\]\[type="tel"\]\[autocomplete="one-time-code"\]\[inputmode="numeric"\]\[maxlength="6"\]$/m,
  );
  expect(outline).toMatch(/^ +input\[name="appActionToken"\]\[type="hidden"\] \[hidden\]$/m);
  // Read through the prototypes: fields named after the form's DOM members change nothing.
  for (const name of ['id', 'className', 'attributes', 'children', 'getAttribute', 'localName']) {
    expect(outline).toMatch(
      new RegExp(`^ +input\\[name="${name}"\\]\\[type="hidden"\\] \\[hidden\\]$`, 'm'),
    );
  }

  // What it never carries, though the page shows or holds each of them.
  const pageText = await page.content();
  const secrets = [
    ...Object.values(outlineSecrets),
    ...outlineSecrets.phone.split(' ').filter((part) => /\d{3}/.test(part)),
    'OTLquerySecret',
    'outline.seller',
  ];
  for (const secret of secrets) {
    // Each is really there to leak (the query is in the tab's URL).
    expect(`${pageText}${page.url()}`, secret).toContain(secret);
    expect(outline, secret).not.toContain(secret);
  }
  expect(outline).not.toContain('@');
  expect(outline).not.toMatch(/\d{3}/);

  // Then the keyboard reaches the box and the copy button, and Enter copies what is shown.
  await popup.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByTestId('page-outline-copy')).toBeFocused();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: `https://${host}`,
  });
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('page-outline-copied')).toHaveAttribute('data-outcome', 'copied');
  await page.bringToFront();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(outline);

  // The section with the outline shown is axe-clean.
  await popup.bringToFront();
  const { violations } = await new AxeBuilder({ page: popup })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('#support')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(problems).toEqual([]);
});

test('over a Seller Central page that is not a sign-in page: one line, no button', async ({
  context,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto(`https://${host}/home`);
  const popup = await openExtensionPage('src/popup/index.html#support');
  // The popup opened as a tab is about the active tab; name this one.
  const tabId = await popup.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return tab?.id ?? null;
  }, `https://${host}/home`);
  expect(tabId).not.toBeNull();
  await popup.goto(popup.url().replace('index.html#support', `index.html?tab=${tabId}#support`));
  await expect(popup.getByTestId('page-outline-unavailable')).toHaveAttribute(
    'data-reason',
    'not-sign-in',
  );
  await expect(popup.getByTestId('page-outline-make')).toHaveCount(0);
  await expect(popup.getByTestId('page-outline')).toHaveCount(0);
});

test('a sign-in tab that was discarded or closed: one line, nothing thrown', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const { page, popup, tabId } = await seeded(context, worker, openExtensionPage);
  const problems: string[] = [];
  popup.on('pageerror', (e) => problems.push(e.message));
  await expect(popup.getByTestId('page-outline-make')).toBeVisible();

  // Discarded (as the browser does to save memory): the tab and its URL stay, no page runs.
  await popup.evaluate((id) => chrome.tabs.discard(id), tabId);
  await popup.getByTestId('page-outline-make').click();
  await expect(popup.getByTestId('page-outline-unavailable')).toHaveAttribute(
    'data-reason',
    'failed',
  );
  await expect(popup.getByTestId('page-outline-unavailable')).toHaveText(
    /could not be read.*Reload the sign-in page/,
  );
  await expect(popup.getByTestId('page-outline')).toHaveCount(0);
  await expect(popup.getByTestId('page-outline-make')).toBeEnabled();

  // Closed after the popup showed the button (a second popup, so no earlier line is reused).
  await page.close().catch(() => {});
  const other = await context.newPage();
  await other.goto(`https://${host}/ap/page/outline-seeded`);
  await expect(banner(other)).toHaveCount(1);
  const otherId = await popup.evaluate(
    async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? null,
    `https://${host}/ap/page/outline-seeded`,
  );
  const second = await openExtensionPage(`src/popup/index.html?tab=${otherId}#support`);
  second.on('pageerror', (e) => problems.push(e.message));
  await expect(second.getByTestId('page-outline-make')).toBeVisible();
  await other.close();
  await second.getByTestId('page-outline-make').click();
  await expect(second.getByTestId('page-outline-unavailable')).toHaveAttribute(
    'data-reason',
    'failed',
  );
  await expect(second.getByTestId('page-outline')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('hostile pages: clobbered names, 1,000 levels, 100,000 more nodes: outlined, cut with the note', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto(`https://${host}/ap/page/hostile/clobber`);
  await expect(banner(page)).toHaveCount(1);
  await expect.poll(() => recordedTabIds(worker)).toHaveLength(1);
  const [tabId] = await recordedTabIds(worker);
  const popup = await openExtensionPage(`src/popup/index.html?tab=${tabId}#support`);
  const problems: string[] = [];
  popup.on('pageerror', (e) => problems.push(e.message));
  const make = popup.getByTestId('page-outline-make');

  await make.click();
  await expect(popup.getByTestId('page-outline')).toHaveValue(/^ +form#auth-mfa-form/m);

  await page.goto(`https://${host}/ap/page/hostile/deep`);
  await expect(banner(page)).toHaveCount(1);
  await make.click();
  await expect(popup.getByTestId('page-outline')).toHaveValue(/\(\d+\) div\.sim-deep$/m);

  // The big page, and 100,000 more elements in it (each with a class, an id and text).
  await page.goto(`https://${host}/ap/page/hostile/big`);
  await expect(banner(page)).toHaveCount(1);
  await page.evaluate(() => {
    const box = document.createElement('div');
    for (let i = 0; i < 100_000; i++) {
      const span = document.createElement('span');
      span.id = `bulk-${i}`;
      span.className = 'sim-more';
      span.title = `title ${i}`;
      box.append(span);
    }
    document.body.prepend(box);
  });
  await make.click();
  const box = popup.getByTestId('page-outline');
  await expect(box).toHaveAttribute('data-cut', 'true');
  await expect(popup.locator('#support')).toContainText('the outline stops after 20 KB');
  const outline = await box.inputValue();
  expect(new TextEncoder().encode(outline).length).toBeLessThanOrEqual(20 * 1024);
  expect(outline.endsWith('\n… (cut)')).toBe(true);
  expect(outline).toMatch(/^ +span#bulk-###\.sim-more$/m);
  expect(outline).not.toContain('title');

  // Timed in the page itself (the same function, serialised the same way): well under 1 s.
  const timed = await page.evaluate<{ ms: number; cut: boolean }>(
    `(() => { const t0 = performance.now(); const r = (${outlinePage.toString()})(${outlineLimitBytes}); return { ms: performance.now() - t0, cut: r.cut }; })()`,
  );
  expect(timed.cut).toBe(true);
  expect(timed.ms).toBeLessThan(1000);
  expect(problems).toEqual([]);
});
