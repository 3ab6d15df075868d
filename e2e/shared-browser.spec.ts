/**
 * The shared browser (shared-browser.ts) holds nothing from one test to the next: the first test
 * leaves everything a test can leave, the second finds none of it in the same browser.
 */
import type { BrowserContext } from '@playwright/test';
import { host, makeSiteData, storedOn } from './cleanup-world';
import { banner, expect, openPopupUrls, test } from './harness';

test.describe.configure({ mode: 'serial' });

let left: { context: BrowserContext; pagesOpened: number } | undefined;

const everyStorageArea = () =>
  Promise.all([
    chrome.storage.local.get(null),
    chrome.storage.session.get(null),
    chrome.storage.sync.get(null),
  ]);

test('a test leaves pages, storage, cookies, site data, a badge and a worker state behind', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  await makeSiteData(context);
  const page = await context.newPage();
  await page.goto(`https://${host}/ap/page/code-sms`);
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-sms');
  await openExtensionPage('src/options/index.html');
  await worker.evaluate(async () => {
    await chrome.storage.local.set({ leftover: 1 });
    await chrome.storage.session.set({ leftover: 1 });
    await chrome.storage.sync.set({ leftover: 1 });
    await chrome.action.setBadgeText({ text: '!' });
    (globalThis as { leftover?: number }).leftover = 1;
  });
  // What the next test must not find is really here.
  const [local, session, sync] = await worker.evaluate(everyStorageArea);
  expect(local).toHaveProperty('leftover', 1);
  expect(Object.keys(session)).toEqual(expect.arrayContaining(['leftover']));
  expect(sync).toEqual({ leftover: 1 });
  expect(await context.cookies()).not.toEqual([]);
  expect(await storedOn(await context.newPage(), `https://${host}`)).toHaveProperty(
    'serviceWorkers',
    1,
  );
  expect(context.pages().length).toBeGreaterThan(2);
  await context.route('**/ap/page/email', (route) => route.abort());
  await context.setOffline(true);
  left = { context, pagesOpened: 0 };
  const counts = left;
  context.on('page', () => {
    counts.pagesOpened += 1;
  });
});

test('the next test on the same browser finds a fresh profile', async ({ context, worker }) => {
  expect(left, 'the first test ran before').toBeDefined();
  expect(context, 'the same browser').toBe(left?.context);
  expect(context.pages().map((p) => p.url())).toEqual(['about:blank']);
  expect(await openPopupUrls(worker)).toEqual([]);
  expect(await worker.evaluate(everyStorageArea)).toEqual([{}, {}, {}]);
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  // A new worker: nothing the last one held in memory.
  expect(
    await worker.evaluate(() => (globalThis as { leftover?: number }).leftover),
  ).toBeUndefined();
  expect(await context.cookies()).toEqual([]);
  const page = await context.newPage();
  expect(left?.pagesOpened, "the last test's listener is gone").toBe(0);
  // Online again, and no route of the last test's in the way.
  expect((await page.goto(`https://${host}/ap/page/email`))?.status()).toBe(200);
  expect(await storedOn(page, `https://${host}`)).toEqual({
    localStorage: 0,
    indexedDB: [],
    caches: [],
    serviceWorkers: 0,
  });
});

test.describe('with its own profile', () => {
  test.use({ freshProfile: true });

  test('a test that asks for a fresh profile gets a browser of its own', async ({ context }) => {
    expect(left, 'the first test ran before').toBeDefined();
    expect(context).not.toBe(left?.context);
    expect(context.pages().map((p) => p.url())).toEqual(['about:blank']);
  });
});

test.describe('in another colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('a test in another colour scheme gets a browser started in it', async ({ context }) => {
    expect(left, 'the first test ran before').toBeDefined();
    expect(context).not.toBe(left?.context);
    const page = await context.newPage();
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      true,
    );
  });
});
