import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { loadContext } from './load-context';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const record = {
  host: 'sellercentral.amazon.de',
  state: 'otp-limit',
  method: 'unknown',
  destination: null,
  at: 1_700_000_000_000,
  waitMs: 86_400_000,
  rememberDevice: null,
  retryAt: 1_700_086_400_000,
  latestRequestAt: 1_699_999_990_000,
  privateWindow: false,
} as const;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The source manifest: the built one names the same scripts by their hashed files.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(
    manifest as unknown as ReturnType<typeof fakeBrowser.runtime.getManifest>,
  );
  // The toolbar popup is in no tab.
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
  // What the background stored for a sign-in page seen in tab 7 (see background/index.ts).
  await fakeBrowser.storage.session.set({ 'tab:7': record, lastPage: record });
  await fakeBrowser.storage.local.set({ lastSeenHost: record.host });
});

test("the popup page opened as a plain tab shows the last sign-in page's state", async () => {
  const popupTab = await fakeBrowser.tabs.create({ url: 'chrome-extension://x/popup.html' });
  await fakeBrowser.tabs.update(popupTab.id, { active: true });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...popupTab, active: true }]);
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(popupTab);
  const context = await loadContext('');
  expect(context.marketplace.host).toBe('sellercentral.amazon.de');
  expect(context.source).toBe('last-seen');
  expect(context.page).toEqual(record);
  // The popup's own tab has nothing to read, and is not "another site".
  expect(context.read).toEqual({ kind: 'none' });
});

test('the popup for the sign-in tab itself reads that tab; the banner request is taken once', async () => {
  await fakeBrowser.storage.session.set({ popupSection: { section: 'guide', tabId: 7 } });
  const context = await loadContext('');
  expect(context).toMatchObject({ source: 'tab', page: record, section: 'guide' });
  await vi.waitFor(async () =>
    expect(await fakeBrowser.storage.session.get('popupSection')).toEqual({}),
  );
});

test('a tab named in the URL with nothing recorded: the last page, when it is that marketplace', async () => {
  const context = await loadContext('?tab=12');
  expect(context.source).toBe('last-seen');
  expect(context.page?.state).toBe('otp-limit');
});

test('nothing stored at all: the default marketplace, no page', async () => {
  fakeBrowser.reset();
  const context = await loadContext('');
  expect(context).toMatchObject({ source: 'default', page: null, section: null });
  expect(context.marketplace.host).toBe('sellercentral.amazon.com');
});

test('over a Seller Central sign-in tab nothing reported: its marketplace, no other page, read it', async () => {
  const tab = await fakeBrowser.tabs.create({
    url: 'https://sellercentral.amazon.fr/ap/mfa?arb=x',
  });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
  const context = await loadContext('');
  expect(context).toMatchObject({ source: 'tab', page: null, tabId: tab.id });
  expect(context.marketplace.host).toBe('sellercentral.amazon.fr');
  // Not the last page of another tab, even of the same marketplace: this page is read instead.
  expect(context.read).toEqual({ kind: 'read', files: ['src/content/index.ts'] });
});

test('a tab named in the URL: its address is asked for, and it names the marketplace', async () => {
  const tab = await fakeBrowser.tabs.create({ url: 'https://sellercentral.amazon.de/ap/signin' });
  const context = await loadContext(`?tab=${tab.id}`);
  expect(context).toMatchObject({ source: 'tab', page: null, tabUrl: tab.url });
  expect(context.marketplace.host).toBe('sellercentral.amazon.de');
  expect(context.read.kind).toBe('read');
});

test('over another site (no address visible): the usual marketplace, and a line saying so', async () => {
  // Without the `tabs` permission the browser leaves out the address of a tab on another site.
  const tab = await fakeBrowser.tabs.create({});
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
  const context = await loadContext('');
  expect(context).toMatchObject({ source: 'last-seen', read: { kind: 'elsewhere' } });
});

test('a tab that closed meanwhile: nothing thrown, nothing to read there', async () => {
  const context = await loadContext('?tab=999');
  expect(context).toMatchObject({ tabId: 999, tabUrl: undefined, read: { kind: 'elsewhere' } });
});
