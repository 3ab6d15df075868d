/**
 * The Firefox e2e fixture. Playwright cannot drive a stock Firefox, so each worker launches
 * Debian's Firefox ESR with puppeteer-core over WebDriver BiDi and installs the shipping
 * dist-firefox/ as a temporary add-on; each test gets its own container (BiDi user context: own
 * cookies and storage) and pages in it. Specs import `test` from here and stay Playwright specs.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { geckoId } from '../../scripts/firefox-manifest';
import { simulatedHosts } from '../browser';
import { test as base } from '../harness';
import { type ConnectProxy, startConnectProxy } from './proxy';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxDistDir = resolve(import.meta.dirname, '..', '..', 'dist-firefox');

export interface FirefoxWorker {
  browser: Browser;
  /** `moz-extension://<uuid>`: fixed per worker through `extensions.webextensions.uuids`. */
  extensionOrigin: string;
  proxy: ConnectProxy;
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
}

export interface FirefoxOptions {
  /**
   * More Firefox prefs for this worker's browser (`test.use({ firefoxPrefs })` in a describe:
   * Playwright starts another worker, so one Firefox never changes under other tests).
   */
  firefoxPrefs: Record<string, string | number | boolean>;
}

export const test = base.extend<FirefoxFixtures, { firefox: FirefoxWorker } & FirefoxOptions>({
  firefoxPrefs: [{}, { scope: 'worker', option: true }],
  firefox: [
    async ({ sim, firefoxPrefs }, use) => {
      if (!existsSync(firefoxPath)) {
        throw new Error(`${firefoxPath} is missing: apt-get install firefox-esr (see .ci/run)`);
      }
      if (!existsSync(resolve(firefoxDistDir, 'manifest.json'))) {
        throw new Error('dist-firefox/ is missing: run `npm run build` before the e2e tests');
      }
      // Firefox has no --host-resolver-rules: its proxy tunnels the real hostnames to the sim.
      const proxy = await startConnectProxy(simulatedHosts, sim.port);
      const uuid = randomUUID();
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
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
          // The add-on's internal UUID is random per profile; fixing it gives a known origin.
          // (Firefox keeps id → UUID in this pref: searchfox.org, toolkit/components/extensions/
          // Extension.sys.mjs, UUIDMap.)
          'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
          ...firefoxPrefs,
        },
      });
      // No pref grants host permissions here: Firefox grants an MV3 add-on's host_permissions at
      // install by default (`extensions.originControls.grantByDefault`, true in ESR's defaults),
      // as for a seller installing from addons.mozilla.org. The banner test shows they were.
      await browser.installExtension(firefoxDistDir);
      await use({ browser, extensionOrigin: `moz-extension://${uuid}`, proxy });
      await browser.close();
      await proxy.close();
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
    await use(async (path) => {
      const page = await ffContext.newPage();
      const url = `${firefox.extensionOrigin}/${path}`;
      // Firefox reports no navigation response for moz-extension: pages, so puppeteer's goto()
      // never resolves; start it and poll for the document (an evaluate that lands while the tab
      // moves to the extension process fails, hence no waitForFunction).
      page.goto(url, { timeout: 20_000 }).catch(() => {});
      // page.url() stays about:blank for the same reason: ask the document.
      const opened = () => (document.readyState === 'complete' ? document.URL : null);
      for (const deadline = Date.now() + 15_000; ; ) {
        if ((await page.evaluate(opened).catch(() => null)) === url) break;
        if (Date.now() > deadline) throw new Error(`${url} did not open`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return page;
    });
  },
});

export { expect } from '../harness';
