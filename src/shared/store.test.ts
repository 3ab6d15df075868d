import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ClockState } from '../clock/state';
import { clockKey } from '../clock/state';
import { marketplaces } from '../sellercentral/marketplaces';
import { dismissalKey } from './dismissal';
import { defaultSettings, settingsKey } from './settings';
import {
  getDismissal,
  getSettings,
  getTabRecord,
  removeTabRecord,
  setDismissal,
  setSettings,
  setTabRecord,
} from './store';
import { nextTabRecord, tabKey } from './tab-record';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());

const de = 'sellercentral.amazon.de';
const report = { state: 'otp-sms', method: 'sms', destination: '976' } as const;

describe('corrupted or old stored values load as defaults', () => {
  test.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['null', null],
    ['an old-format object', { enabled: false, marketplace: 'DE', version: 1 }],
  ])('settings stored as %s', async (_case, raw) => {
    await fakeBrowser.storage.local.set({ [settingsKey]: raw });
    expect(await getSettings()).toEqual(defaultSettings);
  });

  test.each([
    ['a string', 'garbage'],
    ['an old boolean', true],
    ['an unknown host', 'evil.example'],
  ])('a dismissal stored as %s reads as none', async (_case, raw) => {
    await fakeBrowser.storage.session.set({ [dismissalKey(3)]: raw });
    expect(await getDismissal(3)).toBeNull();
  });

  test('a tab record stored as garbage reads as none', async () => {
    await fakeBrowser.storage.session.set({ [tabKey(3)]: { state: 1 } });
    expect(await getTabRecord(3)).toBeNull();
  });

  test('nothing stored at all', async () => {
    expect(await getSettings()).toEqual(defaultSettings);
    expect(await getTabRecord(1)).toBeNull();
    expect(await getDismissal(1)).toBeNull();
  });
});

describe('the dismissal and the tab record never write over each other', () => {
  test('a page report written at the moment of a dismissal keeps it, in either order', async () => {
    for (const [first, second] of [
      [() => setDismissal(1, de), () => setTabRecord(1, nextTabRecord(report, de, 5))],
      [() => setTabRecord(1, nextTabRecord(report, de, 5)), () => setDismissal(1, de)],
    ]) {
      fakeBrowser.reset();
      await Promise.all([first?.(), second?.()]);
      expect(await getDismissal(1)).toBe(de);
      expect((await getTabRecord(1))?.state).toBe('otp-sms');
    }
  });

  test('writing a tab record touches only its own key', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    await setTabRecord(1, nextTabRecord(report, de, 5));
    expect(set.mock.calls.flatMap(([items]) => Object.keys(items))).toEqual([tabKey(1)]);
    set.mockRestore();
  });

  test('closing the tab forgets both', async () => {
    await setTabRecord(1, nextTabRecord(report, de, 5));
    await setDismissal(1, de);
    await setTabRecord(2, nextTabRecord(report, de, 5));
    await removeTabRecord(1);
    expect(await getTabRecord(1)).toBeNull();
    expect(await getDismissal(1)).toBeNull();
    expect(await getTabRecord(2)).not.toBeNull();
  });
});

/** Bytes as the browser counts them: the JSON of each key and value. */
const bytesOf = (items: Record<string, unknown>) =>
  Object.entries(items).reduce(
    (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(JSON.stringify(v)),
    0,
  );

describe('stored data stays far below the quotas for worst-case input', () => {
  // chrome.storage.session and .local: 10 MB each (Chrome 112 / 114).
  // https://developer.chrome.com/docs/extensions/reference/api/storage#property-session
  const quota = 10 * 1024 * 1024;
  const tabs = 1_000;

  test(`${tabs} tabs, every marketplace's clock check, the longest settings`, async () => {
    const longUrl = `https://time.example/${'x'.repeat(1_900)}`;
    await setSettings({ ...defaultSettings, customSource: longUrl });
    for (let id = 0; id < tabs; id++) {
      const host = marketplaces[id % marketplaces.length]?.host ?? de;
      await setTabRecord(id, nextTabRecord({ ...report, destination: '9999' }, host, Date.now()));
      await setDismissal(id, host);
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
      const state: ClockState = {
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
      };
      await fakeBrowser.storage.session.set({ [clockKey(host)]: state });
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
});
