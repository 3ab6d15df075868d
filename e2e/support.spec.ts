import type { BrowserContext, Page } from '@playwright/test';
import { expect, recordedTabIds, test } from './harness';
import type { Sim } from './sim/server';

// Clipboard permission and content outlive a test: a browser of its own.
test.use({ freshProfile: true });

const host = 'sellercentral.amazon.com';

/** Signs in through the simulated Seller Central (email, password, the app's code). */
async function signIn(context: BrowserContext, sim: Sim): Promise<void> {
  const page = await context.newPage();
  await page.goto(`https://${host}/ap/signin?method=app`);
  await page.locator('#ap_email').fill('seller@example.com');
  await page.locator('#ap_email').press('Enter');
  await page.locator('#ap_password').fill('a password');
  await page.locator('#ap_password').press('Enter');
  await page.locator('#auth-mfa-otpcode').fill(sim.code(host));
  await page.locator('#auth-mfa-otpcode').press('Enter');
  await expect(page).toHaveURL(`https://${host}/home`);
  await page.close();
}

async function openSupport(
  openExtensionPage: (path: string) => Promise<Page>,
  context: BrowserContext,
): Promise<Page> {
  // Chromium grants clipboard permissions to web origins only (not chrome-extension://), so the
  // test reads the clipboard from a Seller Central tab.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: `https://${host}`,
  });
  const popup = await openExtensionPage('src/popup/index.html#support');
  await expect(popup.getByTestId('support-description')).toHaveValue(/Hello Seller Support/);
  return popup;
}

/** Clicks "Copy and open Contact Us" and returns the URLs of the tabs it opened. */
async function copyAndOpen(popup: Page, context: BrowserContext, tabs: number): Promise<Page[]> {
  const opened: Page[] = [];
  const onPage = (p: Page) => opened.push(p);
  context.on('page', onPage);
  await popup.getByTestId('support-open').click();
  await expect.poll(() => opened.length).toBe(tabs);
  context.off('page', onPage);
  for (const p of opened) await p.waitForLoadState();
  return opened;
}

/** What the clipboard holds, read in a (focused) Seller Central tab. */
const clipboard = async (tab: Page) => {
  await tab.bringToFront();
  return tab.evaluate(() => navigator.clipboard.readText());
};

test('signed out: copies the description and opens the sign-in help and recovery pages', async ({
  context,
  openExtensionPage,
}) => {
  const popup = await openSupport(openExtensionPage, context);
  const problems: string[] = [];
  popup.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  popup.on('pageerror', (e) => problems.push(e.message));
  await expect(popup.getByTestId('support-route')).toHaveAttribute('data-signed-in', 'false');
  await expect(popup.getByTestId('support-route')).toContainText('not signed in');
  const text = await popup.getByTestId('support-description').inputValue();

  const opened = await copyAndOpen(popup, context, 2);
  expect(opened.map((p) => p.url()).sort()).toEqual([
    `https://${host}/gp/help/external/help.html?itemID=200123250`,
    `https://${host}/gp/help/external/help.html?itemID=202110760`,
  ]);
  expect(opened.some((p) => p.url().includes('/cu/'))).toBe(false);
  expect(await clipboard(opened[0] as Page)).toBe(text);
  await expect(popup.getByTestId('support-outcome')).toHaveAttribute('data-outcome', 'copied');
  expect(problems).toEqual([]);
});

test('signed in: opens Contact Us, and a click in its banner pastes the description', async ({
  context,
  sim,
  openExtensionPage,
}) => {
  await signIn(context, sim);
  const popup = await openSupport(openExtensionPage, context);
  await expect(popup.getByTestId('support-route')).toHaveAttribute('data-signed-in', 'true');
  // The seller adds a line of their own; it is what gets copied and pasted.
  const field = popup.getByTestId('support-description');
  await field.press('End');
  await field.pressSequentially('\nMy store: Example Goods.');
  const text = await field.inputValue();
  expect(text).toContain('My store: Example Goods.');

  const [contact] = await copyAndOpen(popup, context, 1);
  if (!contact) throw new Error('no tab opened');
  expect(contact.url()).toBe(`https://${host}/cu/contact-us`);
  expect(await clipboard(contact)).toBe(text);

  // Nothing is pasted until the seller clicks the banner's button.
  const description = contact.locator('#account_access_info');
  await expect(contact.locator('[data-sc2sv="paste-banner"] button.paste')).toBeVisible();
  await expect(description).toHaveValue('');
  await contact.locator('[data-sc2sv="paste-banner"] button.paste').click();
  await expect(description).toHaveValue(text);
  await expect(contact.locator('[data-sc2sv="paste-banner"] .status')).toHaveText(
    'Pasted. Read it over before you send it.',
  );
});

test('the edited draft survives closing the popup', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('src/popup/index.html#support');
  const field = popup.getByTestId('support-description');
  await expect(field).toHaveValue(/Hello Seller Support/);
  await field.fill('My own description of the problem.');
  await popup.close();
  const again = await openExtensionPage('src/popup/index.html#support');
  await expect(again.getByTestId('support-description')).toHaveValue(
    'My own description of the problem.',
  );
  // Starting again brings back the composed text.
  await again.getByRole('button', { name: 'Start again from the latest facts' }).click();
  await expect(again.getByTestId('support-description')).toHaveValue(/Hello Seller Support/);
});

test('after a clock check and a cleanup the description names both results', async ({
  context,
  openExtensionPage,
}) => {
  const site = await context.newPage();
  await site.goto('https://sellercentral.amazon.com/sim/cleanup/cookies');
  const popup = await openExtensionPage('src/popup/index.html#clock');
  const verdict = popup.getByTestId('clock-verdict');
  await expect(verdict).toHaveAttribute('data-done', 'true');
  const sentence = ((await verdict.locator('strong').textContent()) ?? '').trim();

  await popup.getByRole('link', { name: 'Cookies' }).click();
  await popup.getByTestId('cleanup-run').click();
  const result = popup.locator('[data-testid="cleanup-result"][data-finished="true"]');
  await expect(result).toBeVisible({ timeout: 15_000 });
  const removed = Number(await result.getAttribute('data-removed-cookies'));
  expect(removed).toBeGreaterThan(3);

  await popup.getByRole('link', { name: 'Contact Amazon' }).click();
  const description = popup.getByTestId('support-description');
  await expect(description).toHaveValue(/Computer clock checked at /);
  await expect(description).toHaveValue(
    new RegExp(sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await expect(description).toHaveValue(
    new RegExp(
      `cleared Seller Central's cookies and site data in this browser at .*\\(${removed} cookies removed\\)`,
    ),
  );
});

test('after asking for a code and hitting the limit, the description says when and until when', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto(`https://${host}/ap/page/choose-device`);
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute(
    'data-state',
    'choose-device',
  );
  await page.locator('#auth-send-code').click();
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute('data-state', 'otp-sms');
  await page.goto(`https://${host}/ap/page/otp-limit`);
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute('data-retry-at', /Z$/);
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute(
    'data-latest-request-at',
    /Z$/,
  );
  const [tabId] = await recordedTabIds(worker);
  const popup = await openExtensionPage(`src/popup/index.html?tab=${tabId}#support`);
  const description = popup.getByTestId('support-description');
  await expect(description).toHaveValue(/The sign-in page showed: too many codes were requested/);
  await expect(description).toHaveValue(/I last asked for a new code at .+\./);
  await expect(description).toHaveValue(
    /The sign-in page asked me to wait until .+ before trying again\./,
  );
});
