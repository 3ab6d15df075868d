import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
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
  // What the background stored for a sign-in page seen in tab 7 (see background/index.ts).
  await fakeBrowser.storage.session.set({ 'tab:7': record, lastPage: record });
  await fakeBrowser.storage.local.set({ lastSeenHost: record.host });
});

test("the popup page opened as a plain tab shows the last sign-in page's state", async () => {
  const popupTab = await fakeBrowser.tabs.create({ url: 'chrome-extension://x/popup.html' });
  await fakeBrowser.tabs.update(popupTab.id, { active: true });
  const context = await loadContext('');
  expect(context.marketplace.host).toBe('sellercentral.amazon.de');
  expect(context.source).toBe('last-seen');
  expect(context.page).toEqual(record);
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
