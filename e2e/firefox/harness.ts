/**
 * The Firefox e2e fixture. Playwright cannot drive a stock Firefox, so each worker launches
 * Debian's Firefox ESR with puppeteer-core over WebDriver BiDi and installs the shipping
 * dist-firefox/ as a temporary add-on; each test gets its own container (BiDi user context: own
 * cookies and storage) and pages in it. Specs import `test` from here and stay Playwright specs.
 *
 * Privacy modes, per spec file (worker options, so each file that sets them gets its own Firefox):
 * - `test.use({ firefoxPrefs: { 'privacy.firstparty.isolate': true } })`: prefs for the profile
 *   the harness makes (written to its user.js by puppeteer's `extraPrefsFirefox`).
 * - Containers: a BiDi user context IS a Firefox container. `browser.createBrowserContext()` (what
 *   `ffContext` is) gives tabs whose `cookieStoreId` is `firefox-container-<n>`, listed by
 *   `cookies.getAllCookieStores()` beside `firefox-default` (Firefox 153 ESR, puppeteer-core
 *   24.43.1, checked by e2e/firefox/containers.spec.ts). Firefox's WebDriver BiDi makes them with
 *   ContextualIdentityService, the containers' own service:
 *   https://searchfox.org/mozilla-central/source/remote/shared/UserContextManager.sys.mjs
 *   `firefox.browser.newPage()` opens a tab in the default store.
 * - Private windows: BiDi has no way to open one, and `browser.privatebrowsing.autostart` would
 *   make every window private. A tiny test-only add-on, always allowed in private windows, opens
 *   one with `windows.create({ incognito: true })` (`openPrivatePage(url)`); puppeteer then sees the
 *   tab like any other. https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/windows/create
 * - "Run in Private Windows" for our add-on: `test.use({ privateBrowsingAllowed: true })`. Firefox
 *   keeps that choice as the `internal:privateBrowsingAllowed` permission in the profile's
 *   extension-preferences.json (what about:addons writes), read at install, so the harness writes
 *   it there before Firefox starts; without it `extension.isAllowedIncognitoAccess()` is false.
 *   https://searchfox.org/mozilla-central/source/toolkit/components/extensions/ExtensionPermissions.sys.mjs
 *   https://support.mozilla.org/kb/extensions-private-browsing
 * - `test.use({ firefoxTimeZone: 'America/New_York' })`: the TZ Firefox runs in, so that a page
 *   reporting another zone (resist-fingerprinting) shows.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { geckoId } from '../../scripts/firefox-manifest';
import { simulatedHosts } from '../browser';
import { test as base } from '../harness';
import { type ConnectProxy, startConnectProxy } from './proxy';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxDistDir = resolve(import.meta.dirname, '..', '..', 'dist-firefox');

/** The test-only add-on that opens private windows (never shipped). */
const openerId = 'private-window-opener@sc2sv-tests.invalid';

export type FirefoxPrefs = Record<string, string | number | boolean>;

export interface FirefoxWorker {
  browser: Browser;
  /** `moz-extension://<uuid>`: fixed per worker through `extensions.webextensions.uuids`. */
  extensionOrigin: string;
  /** The private-window opener's origin. */
  openerOrigin: string;
  proxy: ConnectProxy;
}

export interface FirefoxOptions {
  /** Extra prefs for this worker's profile: a privacy mode. */
  firefoxPrefs: FirefoxPrefs;
  /** Whether the seller allowed the add-on to "Run in Private Windows". */
  privateBrowsingAllowed: boolean;
  /** The time zone Firefox runs in (TZ). */
  firefoxTimeZone: string;
}

export interface FirefoxFixtures {
  /**
   * A fresh container for this test; closed after it. Tabs the extension opens itself
   * (`tabs.create`) land in the default container: find those with `firefox.browser.pages()`.
   */
  ffContext: BrowserContext;
  /** A new tab in this test's container. */
  ffPage(): Promise<Page>;
  /** Opens a page of the extension (e.g. `src/popup/index.html#clock`) in a new tab. */
  openFirefoxExtensionPage(path: string): Promise<Page>;
  /** Opens `url` in a new private window; the window is closed after the test. */
  openPrivatePage(url: string): Promise<Page>;
}

/** The opener: a background-less add-on with one empty page to run `windows.create` from. */
function writeOpener(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 2,
      name: 'private window opener (tests only)',
      version: '1.0',
      browser_specific_settings: { gecko: { id: openerId } },
    }),
  );
  writeFileSync(join(dir, 'open.html'), '<!doctype html><title>opener</title>');
}

/**
 * Waits until the tab shows `url` (a moz-extension: page or a navigation the test did not start
 * through puppeteer). Firefox reports no navigation response for moz-extension: pages, so
 * puppeteer's goto() never resolves and page.url() stays about:blank: ask the document. An
 * evaluate that lands while the tab moves to another process fails, hence no waitForFunction.
 */
async function waitForDocument(page: Page, url: string): Promise<void> {
  const opened = () => (document.readyState === 'complete' ? document.URL : null);
  for (const deadline = Date.now() + 15_000; ; ) {
    if ((await page.evaluate(opened).catch(() => null)) === url) return;
    if (Date.now() > deadline) throw new Error(`${url} did not open`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openExtensionPage(page: Page, url: string): Promise<Page> {
  page.goto(url, { timeout: 20_000 }).catch(() => {});
  await waitForDocument(page, url);
  return page;
}

export const test = base.extend<FirefoxFixtures, FirefoxOptions & { firefox: FirefoxWorker }>({
  firefoxPrefs: [{}, { scope: 'worker', option: true }],
  privateBrowsingAllowed: [false, { scope: 'worker', option: true }],
  firefoxTimeZone: ['UTC', { scope: 'worker', option: true }],
  firefox: [
    async ({ sim, firefoxPrefs, privateBrowsingAllowed, firefoxTimeZone }, use) => {
      if (!existsSync(firefoxPath)) {
        throw new Error(`${firefoxPath} is missing: apt-get install firefox-esr (see .ci/run)`);
      }
      if (!existsSync(resolve(firefoxDistDir, 'manifest.json'))) {
        throw new Error('dist-firefox/ is missing: run `npm run build` before the e2e tests');
      }
      // Firefox has no --host-resolver-rules: its proxy tunnels the real hostnames to the sim.
      const proxy = await startConnectProxy(simulatedHosts, sim.port);
      const uuid = randomUUID();
      const openerUuid = randomUUID();
      const work = mkdtempSync(join(tmpdir(), 'sc2sv-firefox-'));
      const profile = join(work, 'profile');
      const opener = join(work, 'opener');
      mkdirSync(profile);
      writeOpener(opener);
      // "Run in Private Windows", as about:addons stores it (see the header).
      const privateAllowed = { permissions: ['internal:privateBrowsingAllowed'], origins: [] };
      writeFileSync(
        join(profile, 'extension-preferences.json'),
        JSON.stringify({
          [openerId]: privateAllowed,
          ...(privateBrowsingAllowed ? { [geckoId]: privateAllowed } : {}),
        }),
      );
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        userDataDir: profile,
        env: { ...process.env, TZ: firefoxTimeZone },
        // The simulator's certificate is made at start.
        acceptInsecureCerts: true,
        // BiDi refuses to navigate to moz-extension: pages without it.
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'network.proxy.type': 1,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxy.port,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxy.port,
          'network.proxy.no_proxies_on': '',
          'intl.locale.requested': 'en-US',
          // The add-ons' internal UUIDs are random per profile; fixing them gives known origins.
          // (Firefox keeps id → UUID in this pref: searchfox.org, toolkit/components/extensions/
          // Extension.sys.mjs, UUIDMap.)
          'extensions.webextensions.uuids': JSON.stringify({
            [geckoId]: uuid,
            [openerId]: openerUuid,
          }),
          ...firefoxPrefs,
        },
      });
      // No pref grants host permissions here: Firefox grants an MV3 add-on's host_permissions at
      // install by default (`extensions.originControls.grantByDefault`, true in ESR's defaults),
      // as for a seller installing from addons.mozilla.org. The banner test shows they were.
      await browser.installExtension(firefoxDistDir);
      await browser.installExtension(opener);
      await use({
        browser,
        extensionOrigin: `moz-extension://${uuid}`,
        openerOrigin: `moz-extension://${openerUuid}`,
        proxy,
      });
      await browser.close();
      await proxy.close();
      rmSync(work, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  ffContext: async ({ firefox }, use) => {
    const context = await firefox.browser.createBrowserContext();
    await use(context);
    await context.close();
  },
  ffPage: async ({ ffContext }, use) => {
    await use(() => ffContext.newPage());
  },
  openFirefoxExtensionPage: async ({ ffContext, firefox }, use) => {
    await use(async (path) =>
      openExtensionPage(await ffContext.newPage(), `${firefox.extensionOrigin}/${path}`),
    );
  },
  openPrivatePage: async ({ firefox }, use) => {
    const opened: Page[] = [];
    await use(async (url) => {
      const { browser, openerOrigin } = firefox;
      const page = await openExtensionPage(await browser.newPage(), `${openerOrigin}/open.html`);
      const incognito = await page.evaluate(async (u) => {
        // `browser` is Firefox's own WebExtension namespace on extension pages.
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const home = await api.windows.getCurrent();
        const made = await api.windows.create({ incognito: true, url: u });
        // BiDi opens new tabs in the window focused last: give it back to the normal window, so
        // that `ffPage()` tabs opened later stay out of the private one.
        if (home.id !== undefined) await api.windows.update(home.id, { focused: true });
        return made?.incognito === true;
      }, url);
      await page.close();
      if (!incognito) throw new Error('the window opened is not private');
      const target = await browser.waitForTarget((t) => t.url() === url, { timeout: 15_000 });
      const tab = await target.page();
      if (!tab) throw new Error(`no page for the private window at ${url}`);
      opened.push(tab);
      return tab;
    });
    for (const page of opened) await page.close().catch(() => {});
  },
});

export { expect } from '../harness';
