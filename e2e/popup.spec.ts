import { banner, expect, openPopupUrls, recordedTabIds, test } from './harness';

const sections = ['clock', 'cleanup', 'authenticator', 'guide', 'support'] as const;

test('each section is reachable by its URL hash', async ({ openExtensionPage }) => {
  for (const s of sections) {
    const popup = await openExtensionPage(`src/popup/index.html#${s}`);
    await expect(popup.locator(`section#${s}`)).toBeVisible();
    for (const other of sections.filter((o) => o !== s)) {
      await expect(popup.locator(`section#${other}`)).toBeHidden();
    }
    await popup.close();
  }
});

test('with no sign-in page seen, the popup acts on the default marketplace', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('src/popup/index.html');
  const header = popup.getByTestId('marketplace');
  await expect(header).toHaveAttribute('data-host', 'sellercentral.amazon.com');
  await expect(header).toHaveAttribute('data-source', 'default');
});

test('the default marketplace comes from Options', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('src/options/index.html');
  await options.getByTestId('default-host').selectOption('sellercentral.amazon.it');
  await expect(options.getByRole('status')).toHaveText('Saved.');
  const popup = await openExtensionPage('src/popup/index.html');
  await expect(popup.getByTestId('marketplace')).toHaveAttribute(
    'data-host',
    'sellercentral.amazon.it',
  );
});

test('the popup opened from the banner names the tab marketplace and what it saw', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.de/ap/page/otp-limit');
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-limit');
  await banner(page).locator('button.open').click();
  await expect.poll(() => openPopupUrls(worker)).toHaveLength(1);
  // The popup took the banner's request (section and tab) from session storage.
  await expect
    .poll(() =>
      worker.evaluate(async () => Object.keys(await chrome.storage.session.get('popupSection'))),
    )
    .toEqual([]);

  // The same popup page, as the browser opens it in a tab where openPopup is refused.
  const [tabId] = await recordedTabIds(worker);
  const popup = await openExtensionPage(`src/popup/index.html?tab=${tabId}#guide`);
  const header = popup.getByTestId('marketplace');
  await expect(header).toHaveAttribute('data-host', 'sellercentral.amazon.de');
  await expect(header).toHaveAttribute('data-source', 'tab');
  await expect(popup.getByTestId('page-state')).toHaveAttribute('data-state', 'otp-limit');
  await expect(popup.locator('#guide')).toBeVisible();

  // Another extension page later still knows the marketplace last seen.
  const later = await openExtensionPage('src/popup/index.html');
  await expect(later.getByTestId('marketplace')).toHaveAttribute('data-source', 'last-seen');
  await expect(later.getByTestId('marketplace')).toHaveAttribute(
    'data-host',
    'sellercentral.amazon.de',
  );
});

test('the popup opened as a plain tab after a sign-in page: that page is what the popup knows', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.de/ap/page/otp-limit');
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-limit');
  // The background keeps that tab's record, and the last Seller Central page seen.
  await expect.poll(() => recordedTabIds(worker)).toHaveLength(1);
  await expect
    .poll(() =>
      worker.evaluate(async () => Object.keys(await chrome.storage.session.get('lastPage'))),
    )
    .toEqual(['lastPage']);

  // Not over the sign-in tab (no `?tab=`, and the active tab is the popup page itself).
  const popup = await openExtensionPage('src/popup/index.html#guide');
  const header = popup.getByTestId('marketplace');
  await expect(header).toHaveAttribute('data-host', 'sellercentral.amazon.de');
  await expect(header).toHaveAttribute('data-source', 'last-seen');
  await expect(popup.getByTestId('page-state')).toHaveAttribute('data-state', 'otp-limit');
  // The guide and the support description follow the same page.
  await expect(popup.getByTestId('guide-steps')).toHaveAttribute('data-symptom', 'locked-out');
  await popup.getByRole('link', { name: 'Contact Amazon' }).click();
  await expect(popup.getByTestId('support-description')).toHaveValue(
    /The sign-in page showed: too many codes were requested/,
  );
});
