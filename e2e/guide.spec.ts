import type { BrowserContext, Page } from '@playwright/test';
import { extensionId, launchChromium, tempProfile } from './browser';
import { banner, expect, recordedTabIds, test } from './harness';

const step = (popup: Page, id: string) =>
  popup.locator(`[data-testid="guide-step"][data-step="${id}"]`);

test('on a code-rejected page the popup opens on the "code refused" steps', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.com/ap/page/code-rejected');
  await expect(banner(page)).toHaveAttribute('data-state', 'code-rejected');
  await expect.poll(() => recordedTabIds(worker)).toHaveLength(1);
  const [tabId] = await recordedTabIds(worker);

  const popup = await openExtensionPage(`src/popup/index.html?tab=${tabId}#guide`);
  await expect(popup.locator('#guide')).toBeVisible();
  await expect(popup.getByTestId('guide-symptom')).toHaveValue('code-refused');
  await expect(popup.getByTestId('guide-steps')).toHaveAttribute('data-symptom', 'code-refused');
  // The first step is the one the guide gives for a refused code.
  await expect(popup.getByTestId('guide-step').first()).toHaveAttribute('data-step', 'newest-code');
  await expect(popup.getByRole('heading', { name: 'Use only the newest code' })).toBeVisible();

  // The seller can pick another symptom; its steps replace the list.
  await popup.getByTestId('guide-symptom').selectOption('locked-out');
  await expect(popup.getByTestId('guide-step').first()).toHaveAttribute('data-step', 'wait');
});

test('marked steps survive closing the popup and restarting the browser', async ({ sim }) => {
  const profile = tempProfile('sc2sv-guide-');
  const open = async (context: BrowserContext) => {
    const id = await extensionId(context);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/src/popup/index.html#guide`);
    await expect(popup.getByTestId('guide-steps')).toHaveAttribute('data-symptom', 'not-received');
    return popup;
  };

  const first = await launchChromium({ port: sim.port, userDataDir: profile });
  try {
    const popup = await open(first);
    await expect(step(popup, 'phone-signal')).toHaveAttribute('data-mark', 'none');
    await step(popup, 'phone-signal').getByTestId('guide-done').click();
    await step(popup, 'carrier-delay').getByTestId('guide-no-help').click();
    await expect(step(popup, 'phone-signal')).toHaveAttribute('data-mark', 'done');
    await expect(step(popup, 'carrier-delay')).toHaveAttribute('data-mark', 'no-help');
    await popup.close();

    const again = await open(first);
    await expect(step(again, 'phone-signal')).toHaveAttribute('data-mark', 'done');
    await expect(step(again, 'carrier-delay')).toHaveAttribute('data-mark', 'no-help');
    await expect(step(again, 'number-on-file')).toHaveAttribute('data-mark', 'none');
  } finally {
    await first.close();
  }

  // A new browser on the same profile: the marks are still there.
  const second = await launchChromium({ port: sim.port, userDataDir: profile });
  try {
    const popup = await open(second);
    await expect(step(popup, 'phone-signal')).toHaveAttribute('data-mark', 'done');
    await expect(step(popup, 'carrier-delay')).toHaveAttribute('data-mark', 'no-help');
    // And a mark can be taken back.
    await step(popup, 'carrier-delay').getByRole('button', { name: 'Undo' }).click();
    await expect(step(popup, 'carrier-delay')).toHaveAttribute('data-mark', 'none');
  } finally {
    await second.close();
  }
});

test('the steps the extension can do lead to their sections; the updates step names this browser', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('src/popup/index.html#guide');
  await popup.getByTestId('guide-symptom').selectOption('app-refused');
  await expect(popup.getByTestId('guide-environment')).toContainText('Chromium');
  await expect(popup.getByTestId('guide-environment')).toContainText('Linux');
  await step(popup, 'cache-cookies').getByRole('link', { name: 'Open the cleanup' }).click();
  await expect(popup.locator('section#cleanup')).toBeVisible();
  await popup.goto(popup.url().replace(/#.*$/, '#guide'));
  await step(popup, 'clock').getByRole('link', { name: 'Check my clock now' }).click();
  await expect(popup.locator('section#clock')).toBeVisible();
  await expect(popup.getByTestId('clock-verdict')).toHaveAttribute('data-done', 'true');
});

test('on a blocked sign-in the guide says to stop first, and leads to account recovery, not a cleanup', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.de/ap/page/signin-blocked-password');
  await expect(banner(page)).toHaveAttribute('data-state', 'signin-blocked');
  await expect.poll(() => recordedTabIds(worker)).toHaveLength(1);
  const [tabId] = await recordedTabIds(worker);
  const popup = await openExtensionPage(`src/popup/index.html?tab=${tabId}#guide`);
  await expect(popup.getByTestId('guide-steps')).toHaveAttribute('data-symptom', 'signin-blocked');
  await expect(popup.getByTestId('guide-step').first()).toHaveAttribute('data-step', 'stop-trying');
  await expect(step(popup, 'cache-cookies')).toHaveCount(0);
  await expect(step(popup, 'account-recovery').getByRole('link')).toHaveAttribute(
    'href',
    'https://sellercentral.amazon.de/gp/help/external/help.html?itemID=202110760',
  );

  // No code at all: recovery is where the road ends, not Seller Support.
  await popup.getByTestId('guide-symptom').selectOption('no-code');
  await expect(popup.getByTestId('guide-step').last()).toHaveAttribute(
    'data-step',
    'account-recovery',
  );
  await expect(step(popup, 'contact-support')).toHaveCount(0);

  for (const [symptom, first] of [
    ['code-expired', 'ask-new-code'],
    ['no-account', 'no-new-account'],
    ['cookies-blocked', 'allow-cookies'],
  ] as const) {
    await popup.getByTestId('guide-symptom').selectOption(symptom);
    await expect(popup.getByTestId('guide-step').first(), symptom).toHaveAttribute(
      'data-step',
      first,
    );
  }
});

test.describe('the clipboard', () => {
  // Clipboard permission and content outlive a test: a browser of its own.
  test.use({ freshProfile: true });

  test('a shared login: codes-elsewhere shows the User Permissions step, a message to copy, and support says so', async ({
    context,
    openExtensionPage,
  }) => {
    const host = 'sellercentral.amazon.de';
    // The marketplace is the last Seller Central page seen: a code page on .de.
    const page = await context.newPage();
    await page.goto(`https://${host}/ap/page/code-sms`);
    await expect(banner(page)).toHaveAttribute('data-state', /./);
    // Chromium grants the clipboard to web origins only: the copy is read back in that tab.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: `https://${host}`,
    });

    const popup = await openExtensionPage('src/popup/index.html#guide');
    await expect(popup.getByTestId('marketplace')).toHaveAttribute('data-host', host);
    await popup.getByTestId('guide-symptom').selectOption('codes-elsewhere');
    await expect(popup.getByTestId('guide-steps')).toHaveAttribute(
      'data-symptom',
      'codes-elsewhere',
    );
    await expect(popup.getByTestId('guide-step').first()).toHaveAttribute(
      'data-step',
      'user-permissions',
    );
    const usersStep = step(popup, 'user-permissions');
    await expect(usersStep).toContainText('one login per person');
    const url = `https://${host}/gp/account-manager/home.html`;
    await expect(usersStep.getByTestId('user-permissions-link')).toHaveAttribute('href', url);
    const message = usersStep.getByTestId('owner-message');
    await expect(message).toHaveValue(
      new RegExp(`User Permissions \\(${url.replace(/[./]/g, '\\$&')}\\)`),
    );
    const text = await message.inputValue();

    await usersStep.getByTestId('owner-message-copy').click();
    await expect(usersStep.getByTestId('owner-message-outcome')).toHaveAttribute(
      'data-outcome',
      'copied',
    );
    await page.bringToFront();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    await popup.bringToFront();
    await popup.goto(`${popup.url().replace(/#.*$/, '')}#support`);
    await expect(popup.getByTestId('support-description')).toHaveValue(
      /This login is shared: the Two-Step Verification codes go to another person's phone/,
    );
  });
});
