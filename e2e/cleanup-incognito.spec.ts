/**
 * Issue 15, in Chromium: a sign-in in an incognito window (the extension allowed there) is cleaned
 * in the incognito cookie store ("1") only; the regular store ("0") keeps every cookie. Chromium
 * gives no way to tick "Allow in Incognito" from a test, so the profile records it as the browser
 * does (the extension's `incognito` entry in Preferences), as `launchWithGrantedOrigin` does for
 * a permission. The incognito tab is opened by the extension itself (`windows.create`).
 * https://developer.chrome.com/docs/extensions/reference/manifest/incognito
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { extensionWorker, launchChromium, tempProfile } from './browser';
import { host, isSellerCentral, makeSiteData, sorted } from './cleanup-world';
import { expect, test } from './harness';

async function launchAllowedInIncognito(port: number): Promise<BrowserContext> {
  const userDataDir = tempProfile('sc2sv-incognito-');
  const first = await launchChromium({ port, userDataDir });
  const id = new URL((await extensionWorker(first)).url()).host;
  await first.close();
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  prefs.extensions.settings[id].incognito = true;
  writeFileSync(file, JSON.stringify(prefs));
  return launchChromium({ port, userDataDir });
}

/** The incognito store's host cookies, read by the service worker. */
const incognitoHostCookies = (worker: Worker) =>
  worker.evaluate(async (h) => {
    const all = await chrome.cookies.getAll({ storeId: '1', partitionKey: {} });
    return all.filter((c) => c.domain.replace(/^\./, '') === h).map((c) => `${c.path} ${c.name}`);
  }, host);

test('incognito: the popup over an incognito sign-in tab cleans store "1" only', async ({
  sim,
}) => {
  const context = await launchAllowedInIncognito(sim.port);
  try {
    const worker = await extensionWorker(context);
    const id = new URL(worker.url()).host;
    await makeSiteData(context);
    // The same sign-in in an incognito window, then its sign-in page (the banner records the tab).
    // Each navigation is waited for: one asked while the window's first load is under way can be
    // dropped (the tab then stays "unloaded" on the first page).
    const tabId = await worker.evaluate(async (h) => {
      const win = await chrome.windows.create({ incognito: true });
      const id = win?.tabs?.[0]?.id;
      if (!win?.incognito || id === undefined) throw new Error('no incognito tab');
      const go = (url: string) =>
        new Promise<void>((done) => {
          const listener = (tab: number, info: { status?: string }, t: chrome.tabs.Tab) => {
            if (tab !== id || info.status !== 'complete' || t.url !== url) return;
            chrome.tabs.onUpdated.removeListener(listener);
            done();
          };
          chrome.tabs.onUpdated.addListener(listener);
          void chrome.tabs.update(id, { url });
        });
      await go(`https://${h}/sim/cleanup/cookies`);
      await go(`https://${h}/ap/page/code-rejected`);
      return id;
    }, host);
    await expect
      .poll(() =>
        worker.evaluate(
          async (k) =>
            ((await chrome.storage.session.get(k))[k] as { storeId?: string } | undefined)?.storeId,
          `tab:${tabId}`,
        ),
      )
      .toBe('1');
    const ours = await incognitoHostCookies(worker);
    const regular = sorted(await context.cookies());
    expect(regular.filter(isSellerCentral).length).toBeGreaterThan(5);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/src/popup/index.html?tab=${tabId}#cleanup`);
    const count = popup.getByTestId('cleanup-count');
    await expect(count).toHaveAttribute('data-cookies', String(ours.length));
    await expect(count).toHaveAttribute('data-store', '1');
    await popup.getByTestId('cleanup-run').click();
    const result = popup.getByTestId('cleanup-result');
    await expect(result).toHaveAttribute('data-finished', 'true');
    await expect(result).toHaveAttribute('data-store', '1');
    await expect(result).toHaveAttribute('data-removed-cookies', String(ours.length));
    expect(await incognitoHostCookies(worker)).toEqual([]);
    // The regular store, every field of every cookie: as it was.
    expect(sorted(await context.cookies())).toEqual(regular);
  } finally {
    await context.close();
  }
});
