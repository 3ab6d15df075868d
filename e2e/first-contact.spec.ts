/**
 * First contact: the seller installs the extension with the stuck sign-in tab already open. The
 * browser starts WITHOUT the extension (no --load-extension), the page is opened, and only then is
 * dist/ loaded through the DevTools protocol (`Extensions.loadUnpacked`, which needs a pipe
 * connection, Playwright's own, and --enable-unsafe-extension-debugging), as an install is.
 * https://chromedevtools.github.io/devtools-protocol/tot/Extensions/#method-loadUnpacked
 * The update is the same folder loaded again over the installed extension: Chrome replaces it
 * (same id, a new service worker), and the scripts it had put in pages are orphaned, as at an
 * update from the store. (`chrome.runtime.reload()` from the worker left this Chromium 156 with
 * no worker at all for an extension loaded this way, so it is not used here.)
 */
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, chromiumPath, distDir, tempProfile } from './browser';
import {
  host as cleanupHost,
  isSellerCentral,
  manyHostCookies,
  sorted,
  unrelatedCookies,
} from './cleanup-world';
import { banner, expect, test } from './harness';

test.afterEach(({ sim }) => sim.reset());

/** Chromium with the simulator's host rules and no extension yet. */
async function launchWithoutExtension(port: number): Promise<BrowserContext> {
  const args = chromiumArgs(port).filter(
    (a) => !a.startsWith('--load-extension=') && !a.startsWith('--disable-extensions-except='),
  );
  const userDataDir = tempProfile('sc2sv-first-contact-');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    locale: 'en-US',
    // Playwright turns extensions off unless it loads them itself.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...args,
      '--enable-unsafe-extension-debugging',
      '--lang=en-US',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    viewport: { width: 1100, height: 800 },
  });
}

/** Installs dist/ as the seller would (or again, as an update), and waits for its service worker. */
async function install(context: BrowserContext): Promise<{ id: string; worker: Worker }> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  const started = context.waitForEvent('serviceworker', { timeout: 15_000 });
  // Playwright's protocol types do not list the Extensions domain.
  const { id } = (await cdp.send(
    'Extensions.loadUnpacked' as 'Browser.getVersion',
    {
      path: distDir,
    } as never,
  )) as unknown as { id: string };
  const worker = await started;
  expect(new URL(worker.url()).host).toBe(id);
  return { id, worker };
}

/** The id the browser gives the tab showing `page`. */
function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    if (tab?.id === undefined) throw new Error(`no tab at ${u}`);
    return tab.id;
  }, url);
}

/** The tab's record as the background keeps it (storage.session `tab:<id>`), or null. */
function recordOf(worker: Worker, tabId: number): Promise<{ state: string; host: string } | null> {
  return worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    const got = await chrome.storage.session.get(key);
    return (got[key] as { state: string; host: string } | undefined) ?? null;
  }, tabId);
}

const codePage = 'https://sellercentral.amazon.de/ap/page/code-sms';

/** Opens the popup page about `tabId`, as a tab of its own. */
async function popupFor(context: BrowserContext, id: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/src/popup/index.html?tab=${tabId}`);
  return popup;
}

test('a code page open before the install gets one banner, and again one after an update', async ({
  sim,
}) => {
  const context = await launchWithoutExtension(sim.port);
  try {
    const page = await context.newPage();
    await page.goto(codePage);
    // Loaded and idle with no extension: nothing here to show a banner.
    await expect(page.locator('form')).not.toHaveCount(0);
    await expect(banner(page)).toHaveCount(0);

    const { id, worker } = await install(context);
    // No reload: the background injected the content script into the open tab.
    await expect(banner(page)).toHaveAttribute('data-state', 'otp-sms');
    const tabId = await tabIdOf(worker, codePage);
    await expect.poll(() => recordOf(worker, tabId)).toMatchObject({ state: 'otp-sms' });
    await expect(banner(page)).toHaveCount(1);

    // Injected twice more into the same page (the popup does it over a tab nothing reported):
    // still one banner, the page's state on it.
    await worker.evaluate(async (t) => {
      const files = chrome.runtime.getManifest().content_scripts?.[0]?.js ?? [];
      for (let i = 0; i < 2; i++)
        await chrome.scripting.executeScript({ target: { tabId: t }, files });
    }, tabId);
    await expect(banner(page)).toHaveCount(1);
    await expect(banner(page)).toHaveAttribute('data-state', 'otp-sms');

    // The popup over that tab speaks of it: its marketplace and what its page shows.
    const popup = await popupFor(context, id, tabId);
    const header = popup.getByTestId('marketplace');
    await expect(header).toHaveAttribute('data-host', 'sellercentral.amazon.de');
    await expect(header).toHaveAttribute('data-source', 'tab');
    await expect(header).not.toContainText('Your default marketplace');
    await expect(popup.getByTestId('page-state')).toHaveAttribute('data-state', 'otp-sms');
    await expect(popup.getByTestId('tab-read')).toHaveCount(0);
    await popup.close();

    // The update: the old script stays in the page, orphaned, with its banner.
    await banner(page).evaluate((el) => el.setAttribute('data-old-version', ''));
    const { worker: next } = await install(context);
    // The new version's script took the page: the orphan removed its banner, one banner is left.
    await expect(page.locator('[data-sc2sv="banner"][data-old-version]')).toHaveCount(0);
    await expect(banner(page)).toHaveAttribute('data-state', 'otp-sms');
    await expect(banner(page)).toHaveCount(1);
    // It works: it reported the page to the new background, and closing it closes it.
    await expect.poll(() => recordOf(next, tabId)).toMatchObject({ state: 'otp-sms' });
    await banner(page).locator('button.dismiss').click();
    await expect(banner(page)).toHaveCount(0);
    await expect
      .poll(() =>
        next.evaluate(async (t) => {
          const got = await chrome.storage.session.get(`dismissed:${t}`);
          return got[`dismissed:${t}`] ?? null;
        }, tabId),
      )
      .toBe('sellercentral.amazon.de');
    // Nothing of the orphan comes back when the page changes.
    await page.evaluate(() => document.body.append(document.createElement('p')));
    await page.waitForTimeout(300);
    await expect(banner(page)).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('the popup over a sign-in tab nothing reported reads its page then', async ({ sim }) => {
  const context = await launchWithoutExtension(sim.port);
  try {
    const other = await context.newPage();
    await other.goto('https://sellercentral.amazon.fr/ap/page/otp-limit');
    const page = await context.newPage();
    await page.goto(codePage);
    const { id, worker } = await install(context);
    const tabId = await tabIdOf(worker, codePage);
    await expect.poll(() => recordOf(worker, tabId)).toMatchObject({ state: 'otp-sms' });
    await expect(banner(page)).toHaveCount(1);
    // As if nothing had reported this tab (e.g. its script was never run there): no record, no
    // banner; the last page seen is another tab's, of another marketplace.
    await page.evaluate(() => document.dispatchEvent(new Event('sc2sv')));
    await expect(banner(page)).toHaveCount(0);
    await worker.evaluate(async (t) => {
      await chrome.storage.session.remove(`tab:${t}`);
      await chrome.storage.session.set({
        lastPage: { host: 'sellercentral.amazon.fr', state: 'otp-limit', method: 'unknown', at: 1 },
      });
    }, tabId);

    const popup = await popupFor(context, id, tabId);
    const header = popup.getByTestId('marketplace');
    await expect(header).toHaveAttribute('data-host', 'sellercentral.amazon.de');
    await expect(header).toHaveAttribute('data-source', 'tab');
    // The popup ran the classifier in the tab: the page reported itself and the popup followed.
    await expect(popup.getByTestId('page-state')).toHaveAttribute('data-state', 'otp-sms');
    await expect.poll(() => recordOf(worker, tabId)).toMatchObject({ state: 'otp-sms' });
    await expect(banner(page)).toHaveCount(1);
    // The rest of the popup speaks of that tab too: the clock check asks its marketplace.
    await expect(popup.getByTestId('clock-verdict')).toHaveAttribute('data-done', 'true', {
      timeout: 15_000,
    });
    expect(sim.requests.some((r) => r.host === 'sellercentral.amazon.de')).toBe(true);
    await popup.goto(`chrome-extension://${id}/src/popup/index.html?tab=${tabId}#support`);
    await expect(popup.getByTestId('support-description')).toHaveValue(/amazon\.de/);
    await expect(popup.getByTestId('tab-read')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('a tab that cannot be read: one line in the popup, and the rest works', async ({ sim }) => {
  const context = await launchWithoutExtension(sim.port);
  try {
    const browserPage = await context.newPage();
    await browserPage.goto('chrome://version');
    const asleep = await context.newPage();
    await asleep.goto(codePage);
    const { id, worker } = await install(context);
    const asleepId = await tabIdOf(worker, codePage);
    await expect.poll(() => recordOf(worker, asleepId)).not.toBeNull();
    // The seller's sign-in tab, discarded by the browser to save memory, with nothing recorded.
    const discardedId = await worker.evaluate(async (t) => {
      await chrome.storage.session.remove(`tab:${t}`);
      const tab = await chrome.tabs.discard(t);
      return tab?.id ?? null;
    }, asleepId);
    expect(discardedId).not.toBeNull();
    const versionId = await worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      // Its address is hidden from the extension (no `tabs` permission): the one without.
      return tabs.find((t) => t.url === undefined && !t.discarded)?.id ?? null;
    });
    expect(versionId).not.toBeNull();

    for (const [tabId, line, words] of [
      [discardedId, 'failed', 'could not be read'],
      [versionId, 'elsewhere', 'not a Seller Central page'],
    ] as const) {
      const popup = await popupFor(context, id, tabId ?? 0);
      await expect(popup.getByTestId('tab-read')).toHaveAttribute('data-read', line);
      await expect(popup.getByTestId('tab-read')).toContainText(words);
      await expect(popup.getByTestId('tab-read')).toHaveCount(1);
      // Nothing thrown, nothing else affected: no error, and the clock check still answers.
      await expect(popup.getByRole('alert')).toHaveCount(0);
      await expect(popup.getByTestId('clock-verdict')).toHaveAttribute('data-done', 'true', {
        timeout: 15_000,
      });
      await popup.close();
    }
  } finally {
    await context.close();
  }
});

test('an update in the middle of a cleanup loses nothing: the popup opened after it shows the result', async ({
  sim,
}) => {
  const many = 3000;
  const context = await launchWithoutExtension(sim.port);
  try {
    const { id } = await install(context);
    await context.addCookies([...unrelatedCookies(), ...manyHostCookies(many)]);
    const others = sorted(await context.cookies()).filter((c) => !isSellerCentral(c));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/src/popup/index.html#cleanup`);
    await expect(popup.getByTestId('cleanup-count')).toHaveAttribute('data-cookies', String(many));
    await popup.getByTestId('cleanup-run').click();
    // Under way: some removed, not finished. Then the update.
    await expect
      .poll(
        () =>
          popup.evaluate(async (key) => {
            const run = (await chrome.storage.session.get(key))[key] as
              | { removed: string[]; finishedAt: number | null }
              | undefined;
            return run ? run.removed.length > 0 && run.finishedAt === null : false;
          }, `cleanup:${cleanupHost}`),
        { intervals: [5], timeout: 10_000 },
      )
      .toBe(true);
    await install(context);
    // The browser closed the old version's popup with it.
    await expect.poll(() => popup.isClosed()).toBe(true);

    const after = await context.newPage();
    await after.goto(`chrome-extension://${id}/src/popup/index.html#cleanup`);
    const result = after.getByTestId('cleanup-result');
    await expect(result).toHaveAttribute('data-finished', 'true', { timeout: 20_000 });
    await expect(result).toHaveAttribute('data-removed-cookies', String(many));
    expect(sorted(await context.cookies())).toEqual(others);
  } finally {
    await context.close();
  }
});

test('an update in the middle of a clock check: the popup opened after it shows a verdict', async ({
  sim,
}) => {
  const context = await launchWithoutExtension(sim.port);
  try {
    const { id } = await install(context);
    sim.setClockOffsetMs('*', 133_000);
    // Cloudflare holds its answer: the check is still running at the update.
    sim.setDelayMs('www.cloudflare.com', 30_000);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/src/popup/index.html#clock`);
    await expect(popup.getByTestId('clock-verdict')).toHaveAttribute('data-done', 'false', {
      timeout: 10_000,
    });
    await install(context);
    await expect.poll(() => popup.isClosed()).toBe(true);
    sim.setDelayMs('www.cloudflare.com', 0);

    const after = await context.newPage();
    await after.goto(`chrome-extension://${id}/src/popup/index.html#clock`);
    const verdict = after.getByTestId('clock-verdict');
    await expect(verdict).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
    await expect(verdict).toHaveAttribute('data-verdict', 'bad');
    await expect(verdict).toContainText('2 min 13 s behind');
  } finally {
    await context.close();
  }
});
