/** Issue 4: one click clears exactly the Seller Central site; nothing else changes. */
import type { CDPSession, Page } from '@playwright/test';
import { extensionWorker } from './browser';
import {
  host,
  isSellerCentral,
  launchWithGrantedOrigin,
  makeSiteData,
  otherMarketplace,
  sorted,
  storedOn,
} from './cleanup-world';
import { expect, recordedTabIds, test } from './harness';

test.afterEach(({ sim }) => sim.reset());

test('one click removes every Seller Central cookie and its site data, and nothing else', async ({
  context,
  openExtensionPage,
}) => {
  await makeSiteData(context);
  const before = sorted(await context.cookies());
  const ours = before.filter(isSellerCentral);
  const others = before.filter((c) => !isSellerCentral(c));
  // Everything the issue lists is really there before the click.
  expect(ours.some((c) => c.partitionKey === 'https://amazon.com')).toBe(true);
  expect(ours.some((c) => c.partitionKey === 'https://amazon.de')).toBe(true);
  expect(ours.some((c) => !c.secure) && ours.some((c) => c.secure)).toBe(true);
  expect(
    ours.some((c) => c.domain.startsWith('.')) && ours.some((c) => !c.domain.startsWith('.')),
  ).toBe(true);
  expect(new Set(ours.map((c) => c.path)).size).toBeGreaterThanOrEqual(4);
  expect(others.filter((c) => c.domain.endsWith('.example')).length).toBe(200);
  expect(others.map((c) => c.name)).toEqual(
    expect.arrayContaining(['session-id', 'ubid-main', 'at-main']),
  );
  expect(others.some((c) => c.domain.endsWith(otherMarketplace))).toBe(true);
  const data = await context.newPage();
  expect(await storedOn(data, `https://${host}`)).toEqual({
    localStorage: 1,
    indexedDB: ['sc-db'],
    caches: ['sc-cache'],
    serviceWorkers: 1,
  });
  const otherData = await storedOn(data, `https://${otherMarketplace}`);

  const popup = await openExtensionPage('src/popup/index.html#cleanup');
  // Before: the count that will go.
  await expect(popup.getByTestId('cleanup-count')).toHaveAttribute(
    'data-cookies',
    String(ours.length),
  );
  await popup.getByTestId('cleanup-run').click();
  const result = popup.getByTestId('cleanup-result');
  await expect(result).toHaveAttribute('data-finished', 'true');
  // The count shown equals the count removed.
  await expect(result).toHaveAttribute('data-removed-cookies', String(ours.length));
  await expect(result).toHaveAttribute('data-not-removed-cookies', '0');
  await expect(popup.getByTestId('cleanup-cleared')).toContainText('local storage');
  await expect(popup.getByRole('status').filter({ has: result })).toBeVisible();

  const after = sorted(await context.cookies());
  expect(after.filter(isSellerCentral)).toEqual([]);
  // Full lists, every field, byte for byte: unrelated sites, amazon.com shopping, the other marketplace.
  expect(after).toEqual(others);

  expect(await storedOn(data, `https://${host}`)).toEqual({
    localStorage: 0,
    indexedDB: [],
    caches: [],
    serviceWorkers: 0,
  });
  expect(await storedOn(data, `https://${otherMarketplace}`)).toEqual(otherData);
});

test('amazon-sign-in: without the permission nothing happens, and nothing is listed', async ({
  context,
  openExtensionPage,
}) => {
  await makeSiteData(context);
  const before = sorted(await context.cookies());
  const popup = await openExtensionPage('src/popup/index.html#cleanup');
  await expect(popup.getByTestId('cleanup-count')).toBeVisible();
  const reply = await popup.evaluate(
    (h) =>
      chrome.runtime.sendMessage({
        channel: 'sc2sv',
        type: 'cleanup',
        payload: { scope: 'amazon-sign-in', host: h },
      }),
    host,
  );
  expect(reply).toEqual({ error: 'permission needed' });
  const preview = await popup.evaluate(
    (h) =>
      chrome.runtime.sendMessage({
        channel: 'sc2sv',
        type: 'cleanupPreview',
        payload: { scope: 'amazon-sign-in', host: h },
      }),
    host,
  );
  expect(preview).toMatchObject({ permitted: false });
  // The warning is there, the list is not (it needs the permission first).
  await popup.getByTestId('cleanup-wider-toggle').click();
  await expect(popup.getByTestId('cleanup-wider')).toContainText('signed out of Amazon shopping');
  await expect(popup.getByTestId('cleanup-wider-list')).toHaveCount(0);
  expect(sorted(await context.cookies())).toEqual(before);
});

test('amazon-sign-in with the permission: the preview lists exactly what then goes', async ({
  sim,
}) => {
  const context = await launchWithGrantedOrigin(sim.port, 'https://amazon.com/*');
  try {
    const id = new URL((await extensionWorker(context)).url()).host;
    await makeSiteData(context);
    const before = sorted(await context.cookies());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/src/popup/index.html#cleanup`);
    await popup.getByTestId('cleanup-wider-toggle').click();
    // Already allowed: the browser answers the request without a dialog.
    await popup.getByTestId('cleanup-wider-show').click();
    const items = popup.getByTestId('cleanup-wider-list').locator('li');
    await expect(items.first()).toBeVisible();
    const listed = await items.evaluateAll((lis) =>
      lis.map((li) => `${li.dataset.domain} ${li.dataset.path} ${li.dataset.name}`).sort(),
    );
    expect(listed.filter((l) => l.startsWith('.amazon.com '))).toEqual([
      '.amazon.com / at-main',
      '.amazon.com / sess-at-main',
      '.amazon.com / session-token',
      '.amazon.com / sst-main',
      '.amazon.com / x-main',
    ]);
    await popup.getByTestId('cleanup-wider-run').click();
    const result = popup.getByTestId('cleanup-result');
    await expect(result).toHaveAttribute('data-scope', 'amazon-sign-in');
    await expect(result).toHaveAttribute('data-finished', 'true');
    await expect(result).toHaveAttribute('data-removed-cookies', String(listed.length));
    const after = sorted(await context.cookies());
    const key = (c: { domain: string; path: string; name: string }) =>
      `${c.domain} ${c.path} ${c.name}`;
    const afterIds = new Set(after.map((c) => `${c.partitionKey ?? ''} ${key(c)}`));
    const gone = before.filter((c) => !afterIds.has(`${c.partitionKey ?? ''} ${key(c)}`));
    // What went is exactly what was listed; the rest (shopping cookies included) is untouched.
    expect(gone.map(key).sort()).toEqual(listed);
    expect(after).toEqual(before.filter((c) => !gone.includes(c)));
    expect(after.map((c) => c.name)).toEqual(expect.arrayContaining(['session-id', 'ubid-main']));
  } finally {
    await context.close();
  }
});

/** Evaluates in the content script's own world: a message that really comes from it. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'),
  );
  if (!world) throw new Error('no content-script world on the page');
  const { result } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  return result.value;
}

test('a content script asking for another domain, another marketplace or an unknown scope is refused and changes nothing', async ({
  context,
}) => {
  await makeSiteData(context);
  const page = await context.newPage();
  await page.goto(`https://${host}/ap/page/code-rejected`);
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute(
    'data-state',
    'code-rejected',
  );
  const before = sorted(await context.cookies());
  const forged = [
    { scope: 'seller-central', host: 'example.com' },
    { scope: 'seller-central', host: 'amazon.com' },
    { scope: 'seller-central', host: otherMarketplace },
    { scope: 'amazon-sign-in', host: null },
    { scope: 'everything', host: null },
    { scope: 'seller-central', host: null, origins: ['https://site1.example'] },
    // A content script speaks for its own tab: naming another tab (its cookie store) is refused.
    { scope: 'seller-central', host: null, tabId: 1 },
  ];
  for (const payload of forged) {
    const answer = await inContentScript(
      page,
      `chrome.runtime.sendMessage(${JSON.stringify({ channel: 'sc2sv', type: 'cleanup', payload })}).then((r) => ({ reply: r ?? null }), (e) => ({ rejected: String(e) }))`,
    );
    // Refused: either no listener takes it, or the background answers with an error.
    expect(answer, JSON.stringify(payload)).not.toHaveProperty('reply.finishedAt');
  }
  expect(sorted(await context.cookies())).toEqual(before);
});

test('the banner on a wrong code offers the same cleanup, says first what it costs, then starts the sign-in again', async ({
  context,
}) => {
  await makeSiteData(context);
  const page = await context.newPage();
  await page.goto(`https://${host}/ap/page/code-rejected`);
  const before = sorted(await context.cookies());
  const others = before.filter((c) => !isSellerCentral(c));
  const made = (list: typeof before) =>
    list.filter(isSellerCentral).filter((c) => c.name.startsWith('sc-'));
  expect(made(before).length).toBeGreaterThan(10);
  const button = page
    .locator('[data-sc2sv="banner"]')
    .getByRole('button', { name: 'Clear Seller Central cookies and start again' });
  await button.click();
  // The first press only says what it costs: nothing is cleared yet.
  await expect(page.locator('[data-sc2sv="banner"] p.warn')).toContainText(
    'Amazon may then ask you to verify this browser again',
  );
  await page.waitForTimeout(300);
  expect(sorted(await context.cookies())).toEqual(before);
  await page
    .locator('[data-sc2sv="banner"]')
    .getByRole('button', { name: 'Clear cookies anyway and start again' })
    .click();
  await page.waitForURL(`https://${host}/ap/signin`);
  const after = sorted(await context.cookies());
  // The old Seller Central cookies are gone (the sign-in page has just set its own new ones).
  expect(made(after)).toEqual([]);
  expect(after.filter((c) => !isSellerCentral(c))).toEqual(others);
});

test('the banner does not offer the cleanup on a plain code page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`https://${host}/ap/page/code-sms`);
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute('data-state', 'otp-sms');
  await expect(
    page.locator('[data-sc2sv="banner"]').getByRole('button', { name: /Clear Seller Central/ }),
  ).toHaveCount(0);
});

test('the popup says what a cleanup costs before it runs, and offers none over a too-many-codes page', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  const plain = await openExtensionPage('src/popup/index.html#cleanup');
  await expect(plain.getByTestId('cleanup-reverify')).toContainText(
    'Amazon may then ask you to verify this browser again',
  );
  await expect(plain.getByTestId('cleanup-run')).toBeVisible();

  const page = await context.newPage();
  await page.goto(`https://${host}/ap/page/otp-limit`);
  await expect(page.locator('[data-sc2sv="banner"]')).toHaveAttribute('data-state', 'otp-limit');
  await expect.poll(() => recordedTabIds(worker)).toHaveLength(1);
  const [tabId] = await recordedTabIds(worker);
  const popup = await openExtensionPage(`src/popup/index.html?tab=${tabId}#cleanup`);
  await expect(popup.getByTestId('cleanup-not-now')).toContainText(
    'Not now. The sign-in page shows: too many codes were requested.',
  );
  await expect(popup.getByTestId('cleanup-run')).toHaveCount(0);
  await expect(popup.getByTestId('cleanup-wider')).toHaveCount(0);
});
