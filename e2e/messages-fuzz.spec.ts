/**
 * The background refuses what is not ours, in the real browser: malformed, oversized, unknown and
 * forged messages, from an extension page of the wrong kind, from a web page and from another
 * extension. Each refusal leaves storage, tabs and the network as they were, and nothing is
 * thrown or logged in the service worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { distDir, launchChromium } from './browser';
import { banner, expect, test } from './harness';

const m = (type: string, payload: unknown) => ({ channel: 'sc2sv', type, payload });

/** Every case must be refused; a new message adds its forged and malformed forms here. */
const refused: [string, unknown][] = [
  ['null', null],
  ['a string', 'pageSeen'],
  ['a number', 42],
  ['an array', [m('bannerStatus', {})]],
  ['an empty object', {}],
  ['no channel marker', { type: 'bannerStatus', payload: {} }],
  ['no payload', { channel: 'sc2sv', type: 'pageSeen' }],
  ['a payload that is text', m('pageSeen', 'otp-sms')],
  ['an unknown type', m('deleteEverything', {})],
  ['a prototype name as type', m('__proto__', {})],
  ['constructor as type', m('constructor', {})],
  ['an unknown page state', m('pageSeen', { state: 'pwned', method: 'sms', destination: null })],
  [
    'markup as destination',
    m('pageSeen', { state: 'otp-sms', method: 'sms', destination: '<img src=x>' }),
  ],
  [
    'an oversized destination (1 MB)',
    m('pageSeen', { state: 'otp-sms', method: 'sms', destination: '9'.repeat(1_000_000) }),
  ],
  ['an oversized host (4 MB)', m('checkClock', { host: 'a'.repeat(4_000_000), scope: 'all' })],
  ['a clock check of an unlisted host', m('checkClock', { host: 'evil.example', scope: 'all' })],
  ['a clock check with a bad scope', m('checkClock', { host: null, scope: 'everything' })],
  // Every check is measured anew: the old `force` flag is no field of the protocol any more.
  [
    'a clock check smuggling a field',
    m('checkClock', { host: 'sellercentral.amazon.de', scope: 'all', force: true }),
  ],
  ['dismiss smuggling a tab id', m('dismissBanner', { tabId: 1 })],
  ['open on an unknown section', m('openPopup', { section: '../../x' })],
  // Forged: valid content-script messages, but sent by an extension page (wrong sender kind).
  ['bannerStatus from a page', m('bannerStatus', {})],
  ['pageSeen from a page', m('pageSeen', { state: 'otp-sms', method: 'sms', destination: '976' })],
  ['dismissBanner from a page', m('dismissBanner', {})],
  // A code request is a content script's alone, and names no time of its own.
  ['codeRequested from a page', m('codeRequested', {})],
  ['a code request naming its time', m('codeRequested', { at: 0 })],
  [
    'a report of a wait of a thousand years',
    m('pageSeen', {
      state: 'otp-limit',
      method: 'sms',
      destination: null,
      waitMs: 1000 * 365 * 86_400_000,
      rememberDevice: null,
    }),
  ],
  ['openPopup from a page', m('openPopup', { section: 'clock' })],
  // An extension page may ask a clock check only of a named host: `null` means "my page's".
  ['a clock check of no host from a page', m('checkClock', { host: null, scope: 'all' })],
  // Cleanup: a scope name and a listed host only, never a domain or an origin.
  ['a cleanup naming a domain', m('cleanup', { scope: 'seller-central', host: 'amazon.com' })],
  [
    'a cleanup smuggling origins',
    m('cleanup', { scope: 'seller-central', host: null, origins: ['https://example.com'] }),
  ],
  ['a cleanup of an unknown scope', m('cleanup', { scope: 'everything', host: null })],
  [
    'a cleanup preview of an unlisted host',
    m('cleanupPreview', { scope: 'seller-central', host: 'x.example' }),
  ],
  // A tab id (for that tab's cookie store) is a plain tab number, and a store is never named.
  [
    'a cleanup naming a tab id as text',
    m('cleanup', { scope: 'seller-central', host: 'sellercentral.amazon.de', tabId: '1' }),
  ],
  [
    'a cleanup naming a negative tab id',
    m('cleanupPreview', { scope: 'seller-central', host: 'sellercentral.amazon.de', tabId: -1 }),
  ],
  [
    'a cleanup naming a cookie store',
    m('cleanup', { scope: 'seller-central', host: 'sellercentral.amazon.de', storeId: '0' }),
  ],
  // An extension page has no page of its own to clean up: it must name the marketplace.
  ['a cleanup of no host from a page', m('cleanup', { scope: 'seller-central', host: null })],
  // The support draft goes only to the Contact Us content script of its own host.
  ['the support draft asked by a page', m('supportDraft', {})],
  ['the support draft with a host', m('supportDraft', { host: 'sellercentral.amazon.de' })],
  ['a banner language not shipped', m('bannerStatus', { locale: 'xx_YY' })],
];

/** Records, inside the service worker, every unhandled rejection, error and console complaint. */
async function watchWorker(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = self as unknown as { __problems?: string[] };
    if (g.__problems) return;
    const problems: string[] = [];
    g.__problems = problems;
    self.addEventListener('unhandledrejection', (e) => problems.push(`rejection: ${e.reason}`));
    self.addEventListener('error', (e) => problems.push(`error: ${e.message}`));
    for (const level of ['error', 'warn'] as const) {
      const original = console[level].bind(console);
      console[level] = (...args: unknown[]) => {
        problems.push(`console.${level}: ${args.join(' ')}`);
        original(...args);
      };
    }
  });
}

const workerProblems = (worker: Worker) =>
  worker.evaluate(() => (self as unknown as { __problems?: string[] }).__problems ?? []);

/** What a refused message must leave alone. */
async function snapshot(worker: Worker) {
  return worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    tabs: (await chrome.tabs.query({})).length,
    popups: (
      await chrome.runtime.getContexts({ contextTypes: ['POPUP' as chrome.runtime.ContextType] })
    ).length,
    badge: await chrome.action.getBadgeText({}),
  }));
}

/** Sends from an extension page; the answer, or the error the browser gave instead. */
function sendFrom(page: Page, message: unknown) {
  return page.evaluate(async (msg) => {
    try {
      return { reply: (await chrome.runtime.sendMessage(msg)) ?? null };
    } catch (e) {
      return { error: String((e as Error).message) };
    }
  }, message);
}

test('from an extension page: every malformed, oversized, unknown or forged message is refused without effect', async ({
  context,
  worker,
  sim,
  openExtensionPage,
}) => {
  // A real tab record and dismissal to be left untouched.
  const signIn = await context.newPage();
  // A page without the banner's own clock check, so that nothing else is running meanwhile.
  await signIn.goto('https://sellercentral.amazon.de/ap/page/otp-limit');
  await expect(banner(signIn)).toHaveAttribute('data-state', 'otp-limit');
  await banner(signIn).locator('button.dismiss').click();
  await expect
    .poll(async () => Object.keys((await snapshot(worker)).session).sort())
    .toEqual([
      expect.stringMatching(/^dismissed:\d+$/),
      'lastPage',
      expect.stringMatching(/^tab:\d+$/),
    ]);
  await watchWorker(worker);
  // The options page makes no request of its own: any request seen later is the background's.
  const page = await openExtensionPage('src/options/index.html');
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  sim.reset();
  const before = await snapshot(worker);

  for (const [name, message] of refused) {
    const answer = await sendFrom(page, message);
    // Refused: no reply at all (Chrome resolves with nothing), or a handler's plain `{ error }`
    // when it found nothing to act on; never a result.
    const reply = 'reply' in answer ? answer.reply : null;
    if (reply !== null) expect(Object.keys(reply), name).toEqual(['error']);
  }
  await page.waitForTimeout(500);

  expect(await snapshot(worker)).toEqual(before);
  expect(sim.requests).toEqual([]);
  expect(await workerProblems(worker)).toEqual([]);
  // Still alive and answering what an extension page may ask: the check of a listed host.
  const allowed = await sendFrom(
    page,
    m('checkClock', { host: 'sellercentral.amazon.de', scope: 'primary' }),
  );
  expect(allowed).toHaveProperty('reply.verdict');
  expect(sim.requests.map((r) => r.host)).toContain('sellercentral.amazon.de');
});

test('a web page cannot reach the background, and our marker posted on the page does nothing', async ({
  context,
  worker,
  sim,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.com/ap/page/otp-limit');
  await expect(banner(page)).toHaveAttribute('data-state', 'otp-limit');
  await watchWorker(worker);
  await page.waitForTimeout(300);
  sim.reset();
  const before = await snapshot(worker);
  const tried = await page.evaluate(
    ({ id, messages }) => {
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      // No externally_connectable: the page is given no runtime to message the extension with.
      const runtime = typeof c?.runtime?.sendMessage;
      for (const msg of messages) window.postMessage(msg, '*');
      return { runtime, id };
    },
    { id: extensionId, messages: refused.map(([, msg]) => msg).slice(0, 12) },
  );
  expect(tried.runtime).toBe('undefined');
  await page.waitForTimeout(500);
  expect(await snapshot(worker)).toEqual(before);
  expect(sim.requests).toEqual([]);
  expect(await workerProblems(worker)).toEqual([]);
});

test('another extension gets no answer: the background has no listener for other extensions', async ({
  sim,
}) => {
  const other = mkdtempSync(join(tmpdir(), 'sc2sv-other-'));
  writeFileSync(
    join(other, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'other',
      version: '1.0',
      background: { service_worker: 'sw.js' },
    }),
  );
  writeFileSync(join(other, 'sw.js'), 'self.addEventListener("install", () => {});\n');
  const context = await launchChromium({ port: sim.port, extensionDir: `${distDir},${other}` });
  try {
    const workers = async () => {
      for (let i = 0; i < 50 && context.serviceWorkers().length < 2; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      return context.serviceWorkers();
    };
    const all = await workers();
    const ours = all.find((w) => w.url().endsWith('/service-worker-loader.js'));
    const theirs = all.find((w) => w.url().endsWith('/sw.js'));
    if (!ours || !theirs) throw new Error(`workers: ${all.map((w) => w.url()).join(', ')}`);
    const ourId = new URL(ours.url()).host;
    await watchWorker(ours);
    const before = await snapshot(ours);
    const answers = await theirs.evaluate(
      async ({ id, messages }) => {
        const out: string[] = [];
        for (const msg of messages) {
          try {
            out.push(`reply: ${JSON.stringify(await chrome.runtime.sendMessage(id, msg))}`);
          } catch (e) {
            out.push(`error: ${(e as Error).message}`);
          }
        }
        return out;
      },
      {
        id: ourId,
        messages: [
          m('bannerStatus', {}),
          m('dismissBanner', {}),
          m('checkClock', { host: 'sellercentral.amazon.com', scope: 'all' }),
        ],
      },
    );
    for (const a of answers) expect(a).toMatch(/^error: .*Receiving end does not exist/);
    expect(await snapshot(ours)).toEqual(before);
    expect(sim.requests).toEqual([]);
    expect(await workerProblems(ours)).toEqual([]);
  } finally {
    await context.close();
    rmSync(other, { recursive: true, force: true });
  }
});
