import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { marketplaces } from '../sellercentral/marketplaces';
import { dismissalItem } from '../shared/dismissal';
import { defaultSettings, settingsItem } from '../shared/settings';
import { nextTabRecord, tabRecordItem } from '../shared/tab-record';
import type { ClockResult } from './estimate';
import { type ClockState, clockItem, parseClockState } from './state';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());

const result = (done: boolean): ClockResult => ({
  verdict: 'ok',
  skewMs: 120,
  uncertaintyMs: 80,
  decidedBy: 'sellercentral.amazon.com',
  sources: [],
  disagreements: [],
  done,
});
const state = (startedAt: number, r: ClockResult | null): ClockState => ({
  host: 'sellercentral.amazon.com',
  scope: 'all',
  startedAt,
  result: r,
});

test.each([
  ['garbage', 'x', null],
  ['no host', { startedAt: 1 }, null],
  [
    'a corrupted result',
    { host: 'h', startedAt: 1, result: { verdict: 'maybe' } },
    { host: 'h', scope: 'all', startedAt: 1, result: null },
  ],
  ['valid', state(1, result(true)), state(1, result(true))],
])('parse %s', (_case, raw, expected) => {
  expect(parseClockState(raw)).toEqual(expected);
});

test('one item per marketplace in storage.session; a corrupted one reads as none', async () => {
  const host = 'sellercentral.amazon.com';
  await clockItem(host).set(state(1, result(true)));
  expect(await fakeBrowser.storage.session.get(null)).toEqual({
    [`clock:${host}`]: state(1, result(true)),
  });
  await fakeBrowser.storage.session.set({ [`clock:${host}`]: 'garbage' });
  expect(await clockItem(host).get()).toBeNull();
  expect(await clockItem('sellercentral.amazon.de').get()).toBeNull();
});

/** Bytes as the browser counts them: the JSON of each key and value. */
const bytesOf = (items: Record<string, unknown>) =>
  Object.entries(items).reduce(
    (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(JSON.stringify(v)),
    0,
  );

// chrome.storage.session and .local: 10 MB each (Chrome 112 / 114).
// https://developer.chrome.com/docs/extensions/reference/api/storage#property-session
const quota = 10 * 1024 * 1024;
const tabs = 1_000;

test(`stored data stays far below the quotas: ${tabs} tabs, every marketplace's clock check, the longest settings`, async () => {
  const de = 'sellercentral.amazon.de';
  const report = {
    state: 'otp-sms',
    method: 'sms',
    destination: '9999',
    waitMs: 86_400_000,
    rememberDevice: 'unchecked',
  } as const;
  const longUrl = `https://time.example/${'x'.repeat(1_900)}`;
  await settingsItem.set({ ...defaultSettings, customSource: longUrl });
  for (let id = 0; id < tabs; id++) {
    const host = marketplaces[id % marketplaces.length]?.host ?? de;
    await tabRecordItem(id).set(
      nextTabRecord(report, null, { host, now: Date.now(), privateWindow: true }),
    );
    await dismissalItem(id).set(host);
  }
  const source = (name: string) => ({
    source: name,
    status: 'ok' as const,
    offsetMs: -123_456_789,
    uncertaintyMs: 123_456,
    samples: 99,
    inconsistent: true,
  });
  for (const { host } of marketplaces) {
    const sources = [source(host), source('www.cloudflare.com'), source(longUrl)];
    await clockItem(host).set({
      host,
      scope: 'all',
      startedAt: Date.now(),
      result: {
        verdict: 'bad',
        skewMs: -123_456_789,
        uncertaintyMs: 123_456,
        decidedBy: host,
        sources,
        disagreements: sources.map((s) => ({ ...s, differenceMs: 999_999 })),
        done: true,
      },
    });
  }
  const session = bytesOf(await fakeBrowser.storage.session.get(null));
  const local = bytesOf(await fakeBrowser.storage.local.get(null));
  // The measure is real: the data is there.
  expect(session).toBeGreaterThan(tabs * 100);
  expect(local).toBeGreaterThan(1_900);
  // "Far below": under 5 % of each quota.
  expect(session).toBeLessThan(quota * 0.05);
  expect(local).toBeLessThan(quota * 0.05);
});
