/**
 * "After you're in": a tab that showed a 2SV page and then reaches Seller Central outside the
 * sign-in opens the popup over it on the "you're in" card; a tab that left for another site, or
 * showed no 2SV page, does not.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, recordedTabIds, test } from './harness';
import { submitCode, toCodePage } from './sign-in-flow';

test.afterEach(({ sim }) => sim.reset());

const de = 'sellercentral.amazon.de';
const popupOver = (tabId: number) => `src/popup/index.html?tab=${tabId}`;
const card = (p: Page) => p.getByTestId('signed-in');
const diagnosis = (p: Page) => p.getByTestId('diagnosis');

/** What the background keeps of a tab's card (storage.session `signedIn:<id>`). */
const storedCard = (worker: Worker, tabId: number) =>
  worker.evaluate(
    async (key) => (await chrome.storage.session.get(key))[key] ?? null,
    `signedIn:${tabId}`,
  );

test('code page on .de, then its home page: the card with five ways to avoid the next lockout, all on .de; dismissed by keyboard, it is gone and the diagnosis speaks of no old page', async ({
  context,
  sim,
  worker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  const tabId = await toCodePage(page, worker, de);
  await submitCode(page, sim, de);

  const popup = await openExtensionPage(popupOver(tabId));
  await expect(card(popup)).toBeVisible();
  await expect(card(popup)).toHaveAttribute('data-host', de);
  // What stood in the way: the page's state, in the words the popup header uses for it.
  await expect(card(popup)).toHaveAttribute('data-state', 'otp-app');
  await expect(card(popup)).toContainText('a code from your authenticator app');
  const items = card(popup).getByTestId('prevention-item');
  await expect(items).toHaveCount(5);
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual([
    'app-preferred',
    'backup-method',
    'backup-codes',
    'remember-browser',
    'phone-time-auto',
  ]);
  for (const item of await items.all()) await expect(item.getByRole('link')).toHaveCount(1);
  const hrefs = await card(popup)
    .getByRole('link')
    .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
  expect(hrefs).toHaveLength(5);
  for (const href of hrefs) expect(new URL(href).host).toBe(de);

  // The old code page is closed: no header line, no finding about it.
  await expect(diagnosis(popup)).toHaveAttribute('data-done', 'true', { timeout: 15_000 });
  await expect(popup.getByTestId('page-state')).toHaveCount(0);
  // Nor the advice to open the sign-in: the browser holds the seller's session.
  const noPage = diagnosis(popup).locator('[data-testid="finding"][data-id="no-page"]');
  await expect(noPage).toHaveAttribute('data-severity', 'ok');
  await expect(noPage).toContainText('You are signed in to Seller Central');
  expect(await recordedTabIds(worker)).toEqual([]);

  // Keyboard: from the top, Tab reaches every link of the card, then its button.
  await popup.locator('body').focus();
  const dismiss = card(popup).getByTestId('signed-in-dismiss');
  const reached: string[] = [];
  for (let i = 0; i < 30 && !(await dismiss.evaluate((el) => el === document.activeElement)); i++) {
    await popup.keyboard.press('Tab');
    reached.push(
      await popup.evaluate(
        () => document.activeElement?.closest('[data-id]')?.getAttribute('data-id') ?? '',
      ),
    );
  }
  await expect(dismiss).toBeFocused();
  for (const id of [
    'app-preferred',
    'backup-method',
    'backup-codes',
    'remember-browser',
    'phone-time-auto',
  ]) {
    expect(reached).toContain(id);
  }
  await popup.keyboard.press('Enter');
  await expect(card(popup)).toHaveCount(0);
  // The focus does not fall to the page's start: it goes to the menu's current entry.
  await expect(popup.locator('nav a[aria-current="page"]')).toBeFocused();
  expect(await storedCard(worker, tabId)).toBeNull();

  // Once per sign-in: another page of Seller Central in the tab brings no card back.
  await page.goto(`https://${de}/hz/home`);
  const again = await openExtensionPage(popupOver(tabId));
  await expect(diagnosis(again)).toHaveAttribute('data-done', 'true', { timeout: 15_000 });
  await expect(card(again)).toHaveCount(0);
  await expect(again.getByTestId('page-state')).toHaveCount(0);
});

test('a tab that leaves for another site mid-sign-in keeps nothing, and gets no card back on Seller Central', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  const tabId = await toCodePage(page, worker, de);
  // Every other host fails to resolve here (e2e/browser.ts): the tab still goes there.
  await expect(page.goto('https://www.example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  await expect.poll(() => recordedTabIds(worker)).toEqual([]);

  await page.goto(`https://${de}/home`);
  const popup = await openExtensionPage(popupOver(tabId));
  await expect(diagnosis(popup)).toHaveAttribute('data-done', 'true', { timeout: 15_000 });
  await expect(card(popup)).toHaveCount(0);
  expect(await storedCard(worker, tabId)).toBeNull();
});

test('a Seller Central page outside the sign-in, seen signed out mid-sign-in, is no sign-in: no card', async ({
  context,
  worker,
}) => {
  const page = await context.newPage();
  const tabId = await toCodePage(page, worker, de);
  // Public pages of Seller Central (its help, a signed-out home) are no proof of being in.
  await page.goto(`https://${de}/hz/home`);
  // The simulated home names the seller's email only once signed in (in German here).
  await expect(page.locator('#sc-signin-status')).toBeVisible();
  await expect(page.locator('#sc-signin-status')).not.toContainText('seller@example.com');
  // The tab's changes are handled in turn: once its leaving is, the home page's was too.
  await expect(page.goto('https://www.example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  await expect.poll(() => recordedTabIds(worker)).toEqual([]);
  expect(await storedCard(worker, tabId)).toBeNull();
});

test('a tab that only showed a robot check gets no card once in', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto(`https://${de}/ap/page/captcha`);
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute('data-state', 'captcha');
  await expect.poll(() => recordedTabIds(worker)).toHaveLength(1);
  const [tabId] = await recordedTabIds(worker);
  // Past the robot check the seller is in: the session's cookie, as Amazon sets it then.
  await context.addCookies([
    { name: 'at-acbde', value: 'Atza|x', domain: de, path: '/', secure: true, httpOnly: true },
  ]);
  await page.goto(`https://${de}/home`);
  // The robot check's record is closed too (the seller is in), without a card.
  await expect.poll(() => recordedTabIds(worker)).toEqual([]);
  const popup = await openExtensionPage(popupOver(tabId ?? 0));
  await expect(diagnosis(popup)).toHaveAttribute('data-done', 'true', { timeout: 15_000 });
  await expect(card(popup)).toHaveCount(0);
  expect(await storedCard(worker, tabId ?? 0)).toBeNull();
});
