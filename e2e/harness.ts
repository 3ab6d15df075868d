/**
 * The e2e fixture: one local simulator per worker (every Seller Central host and time source) and
 * Debian's Chromium with the shipping dist/ loaded and real hostnames mapped to it. The Chromium is
 * one per worker (per language and colour scheme), brought back to a fresh profile's state after
 * each test (shared-browser.ts); a test that opts in with `test.use({ freshProfile: true })`
 * (restarts, timing, permissions) gets a browser of its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { distDir, extensionWorker, launchChromium } from './browser';
import { launchShared, listenersOf, resetBrowser } from './shared-browser';
import { type Sim, startSim } from './sim/server';

export interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens a page of the extension (e.g. `src/popup/index.html#clock`). */
  openExtensionPage(path: string): Promise<Page>;
}

export interface Options {
  /** A browser of its own for the test, with a new profile, instead of the worker's shared one. */
  freshProfile: boolean;
}

/** How a browser starts: its language and colour scheme (`--lang`, prefers-color-scheme). */
interface Look {
  locale: string;
  colorScheme: 'light' | 'dark';
}

/**
 * The worker's shared browser, started when a test first asks for it. One at a time: a test that
 * wants another language or colour scheme than the last one gets a new browser, which the
 * following tests of its group then share.
 */
interface SharedBrowser {
  take(look: Look): Promise<BrowserContext>;
  /** Closes it (a reset failed, or its test did): the next test gets a new one. */
  drop(): Promise<void>;
}

export const test = base.extend<Fixtures & Options, { sim: Sim; sharedBrowser: SharedBrowser }>({
  freshProfile: [false, { option: true }],
  sim: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring.
    async ({}, use) => {
      if (!existsSync(resolve(distDir, 'manifest.json'))) {
        throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
      }
      const sim = await startSim();
      await use(sim);
      await sim.close();
    },
    { scope: 'worker' },
  ],
  sharedBrowser: [
    async ({ sim }, use) => {
      let shared: { look: Look; context: Promise<BrowserContext> } | undefined;
      const drop = async () => {
        const closing = shared?.context;
        shared = undefined;
        await (await closing?.catch(() => undefined))?.close();
      };
      await use({
        take: async (look) => {
          const same = shared?.look;
          if (same && (same.locale !== look.locale || same.colorScheme !== look.colorScheme)) {
            await drop();
          }
          shared ??= { look, context: launchShared({ port: sim.port, ...look }) };
          return shared.context;
        },
        drop,
      });
      await drop();
    },
    { scope: 'worker' },
  ],
  // `colorScheme` and `locale` are Playwright's own options (`test.use({ colorScheme: 'dark' })`).
  context: async ({ sim, colorScheme, locale, freshProfile, sharedBrowser }, use, testInfo) => {
    const look: Look = {
      colorScheme: colorScheme === 'dark' ? 'dark' : 'light',
      locale: locale ?? 'en-US',
    };
    if (freshProfile) {
      const context = await launchChromium({ port: sim.port, ...look });
      await use(context);
      await context.close();
      return;
    }
    const context = await sharedBrowser.take(look);
    const listeners = listenersOf(context);
    await use(context);
    // A failed test may leave anything behind: its browser goes with it.
    if (testInfo.status !== testInfo.expectedStatus) return sharedBrowser.drop();
    await resetBrowser(context, listeners).catch(async (error) => {
      await sharedBrowser.drop();
      throw error;
    });
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export const expect = test.expect;

export const banner = (page: Page) => page.locator('[data-sc2sv="banner"]');

/** Text inside the banner's shadow root (Playwright's CSS pierces open shadow roots). */
export const bannerHint = (page: Page) => page.locator('[data-sc2sv="banner"] p.hint');

/** The lines under the hint: when to try again, the newest code, the remember box… */
export const bannerNotes = (page: Page) => page.locator('[data-sc2sv="banner"] .notes p');

/** A shipped catalogue (`public/_locales/<locale>/messages.json`), to compare words with. */
export const catalogue = (locale: string): Record<string, { message: string }> =>
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '..', 'public', '_locales', locale, 'messages.json'),
      'utf8',
    ),
  );

/**
 * The toolbar popup the extension opened, if any. A popup opened by `action.openPopup()` is not a
 * Playwright page, but the service worker can list it (chrome.runtime.getContexts, Chrome 116+).
 */
export async function openPopupUrls(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const contexts = await chrome.runtime.getContexts({
      contextTypes: ['POPUP' as chrome.runtime.ContextType],
    });
    return contexts.map((c) => c.documentUrl ?? '');
  });
}

/** The tab id the background recorded for a sign-in page (storage.session `tab:<id>`). */
export async function recordedTabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    return Object.keys(all)
      .filter((k) => k.startsWith('tab:'))
      .map((k) => Number(k.slice(4)));
  });
}
