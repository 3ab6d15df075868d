/**
 * One Chromium per test worker, handed from test to test and brought back between them to what a
 * fresh profile holds: starting a browser for each test was a large share of the suite's time.
 * What a test can leave behind, and where it goes:
 * - its pages, and the popups `action.openPopup()` opened (no Playwright pages): closed; one blank
 *   page stays, as in a browser just started;
 * - the extension's storage (local, session, sync), its badge, optional permissions it was granted;
 * - the extension's service worker and all it held in memory (a clock check in flight, the cleanup
 *   engine's runs): stopped and started anew, as the browser does when it likes;
 * - the simulated sites' cookies, storage and the HTTP cache; permissions granted to pages;
 * - listeners the test added to the context, its routes, offline mode and extra headers.
 * A test that changes the context in a way no reset undoes (`addInitScript`, `exposeBinding`,
 * `clock.install`) asks for its own browser too.
 * Tests that need what no reset gives (a restart, a clock that nothing else disturbs) ask for their
 * own browser: `test.use({ freshProfile: true })`.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { extensionWorker, type LaunchOptions, launchChromium, simulatedHosts } from './browser';

/** The host permissions a browser's extension held when it started (the manifest's, as reported). */
const grantedAtStart = new WeakMap<BrowserContext, readonly string[]>();

const grantedOrigins = (context: BrowserContext) =>
  extensionWorker(context).then((worker) =>
    worker.evaluate(async () => (await chrome.permissions.getAll()).origins ?? []),
  );

/** The worker's shared browser, as a fresh profile starts. */
export async function launchShared(opts: LaunchOptions): Promise<BrowserContext> {
  const context = await launchChromium(opts);
  grantedAtStart.set(context, await grantedOrigins(context));
  return context;
}

/** Listeners on the context, per event, to tell the ones a test adds. */
export type ContextListeners = Map<string | symbol, readonly unknown[]>;

type Listener = (...args: unknown[]) => void;

/** Playwright's context is an event emitter; its typings list only the events. */
const emitter = (context: BrowserContext) =>
  context as unknown as {
    eventNames(): (string | symbol)[];
    listeners(name: string | symbol): Listener[];
    off(name: string | symbol, listener: Listener): void;
  };

export function listenersOf(context: BrowserContext): ContextListeners {
  const events = emitter(context);
  return new Map(events.eventNames().map((name) => [name, [...events.listeners(name)]]));
}

function removeListenersSince(context: BrowserContext, before: ContextListeners): void {
  const events = emitter(context);
  for (const name of events.eventNames()) {
    const kept = before.get(name) ?? [];
    for (const listener of events.listeners(name)) {
      if (!kept.includes(listener)) events.off(name, listener);
    }
  }
}

type Status = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * The extension worker's running status as the browser reports it. The protocol sends the current
 * one soon after `ServiceWorker.enable`, then every change.
 */
async function workerStatus(cdp: CDPSession, scriptURL: string) {
  let now: Status | undefined;
  const waiting = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.filter((v) => v.scriptURL === scriptURL).at(-1);
    if (!ours) return;
    now = ours.runningStatus;
    for (const check of waiting) check();
  });
  const until = (wanted: (s: Status | undefined) => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(check);
        reject(new Error(`the extension's worker did not become ${what} (it is ${now})`));
      }, 10_000);
      const check = () => {
        if (!wanted(now)) return;
        clearTimeout(timer);
        waiting.delete(check);
        resolve();
      };
      waiting.add(check);
      check();
    });
  await cdp.send('ServiceWorker.enable');
  await until((s) => s !== undefined, 'known');
  return {
    /** Stops the worker and starts it again, as the browser does when it likes. */
    async restart() {
      if (now !== 'stopped') {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await until((s) => s === 'stopped', 'stopped');
      }
      await cdp.send('ServiceWorker.startWorker', { scopeURL: new URL('/', scriptURL).href });
      await until((s) => s === 'running', 'running');
    },
  };
}

/** What a page can keep for its site (the protocol's Storage.StorageType list). */
const siteData = [
  'cookies',
  'local_storage',
  'indexeddb',
  'websql',
  'cache_storage',
  'service_workers',
  'file_systems',
  'shared_storage',
  'storage_buckets',
].join(',');

/** Closes every tab and popup but `keep` (pages Playwright does not list included). */
async function closeOtherTargets(context: BrowserContext, keep: Page, cdp: CDPSession) {
  for (const page of context.pages()) if (page !== keep) await page.close();
  const { targetInfo: own } = await cdp.send('Target.getTargetInfo');
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const t of targetInfos) {
    if (t.type === 'page' && t.targetId !== own.targetId) {
      await cdp.send('Target.closeTarget', { targetId: t.targetId });
    }
  }
}

/** Brings the shared browser back to a fresh profile's state (see the header). */
export async function resetBrowser(
  context: BrowserContext,
  before: ContextListeners,
): Promise<void> {
  removeListenersSince(context, before);
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.setOffline(false);
  await context.setExtraHTTPHeaders({});
  const blank = await context.newPage();
  const cdp = await context.newCDPSession(blank);
  await closeOtherTargets(context, blank, cdp);
  const worker = await extensionWorker(context);
  const status = await workerStatus(cdp, worker.url());
  // Once to end whatever the test left running (it could write storage after the clear), once to
  // forget what the worker read before the clear.
  await status.restart();
  await worker.evaluate(async () => {
    await Promise.all([
      chrome.storage.local.clear(),
      chrome.storage.session.clear(),
      chrome.storage.sync.clear(),
      chrome.action.setBadgeText({ text: '' }),
    ]);
  });
  // Optional host permissions a test granted (the cleanup's wider scope, a time source).
  const atStart = grantedAtStart.get(context) ?? [];
  const extra = async () => (await grantedOrigins(context)).filter((o) => !atStart.includes(o));
  for (const origin of await extra()) {
    await worker
      .evaluate((o) => chrome.permissions.remove({ origins: [o] }), origin)
      .catch(() => false);
  }
  const left = await extra();
  if (left.length > 0) throw new Error(`permissions left granted: ${left.join(', ')}`);
  await status.restart();
  await context.clearCookies();
  await context.clearPermissions();
  await cdp.send('Network.clearBrowserCache');
  // Named types: 'all' adds caches no page writes (the shader cache…) and costs a second or two.
  await Promise.all(
    simulatedHosts.map((host) =>
      cdp.send('Storage.clearDataForOrigin', { origin: `https://${host}`, storageTypes: siteData }),
    ),
  );
  await cdp.detach();
}
