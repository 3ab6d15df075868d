import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  lastPageItem,
  nextTabRecord,
  parseTabRecord,
  type TabRecord,
  tabRecordItem,
} from './tab-record';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());

const record: TabRecord = {
  host: 'sellercentral.amazon.de',
  state: 'otp-sms',
  method: 'sms',
  destination: '976',
  at: 1_700_000_000_000,
};

describe('parseTabRecord: corrupted, missing or old records read as none, never a crash', () => {
  test.each([
    ['a valid record', record, record],
    ['null', null, null],
    ['missing', undefined, null],
    ['a string', 'tab', null],
    ['a number', 7, null],
    ['an array', [record], null],
    ['an empty object', {}, null],
    ['an unknown state', { ...record, state: 'hacked' }, null],
    ['an unknown method', { ...record, method: 'pigeon' }, null],
    ['an unknown host', { ...record, host: 'evil.example' }, null],
    ['a host with a path', { ...record, host: 'sellercentral.amazon.de/ap' }, null],
    [
      'a destination that is not digits',
      { ...record, destination: '<b>1</b>' },
      { ...record, destination: null },
    ],
    [
      'a destination longer than four digits',
      { ...record, destination: '5551234976' },
      { ...record, destination: null },
    ],
    [
      'a missing destination',
      { ...record, destination: undefined },
      { ...record, destination: null },
    ],
    ['a missing time', { ...record, at: undefined }, null],
    ['a time as text', { ...record, at: '1700000000000' }, null],
    // Before the dismissal had its own key, it was a field of the record: it is dropped.
    ['the old format with `dismissed`', { ...record, dismissed: true }, record],
    ['extra unknown keys', { ...record, guide: { step: 3 }, x: 1 }, record],
    [
      'a cookie store',
      { ...record, storeId: 'firefox-container-3' },
      { ...record, storeId: 'firefox-container-3' },
    ],
    ['a cookie store that is no store name', { ...record, storeId: '<b>0</b>' }, record],
    ['a cookie store that is a number', { ...record, storeId: 0 }, record],
  ])('%s', (_case, raw, expected) => {
    expect(parseTabRecord(raw)).toEqual(expected);
  });
});

describe('nextTabRecord', () => {
  const report = { state: 'code-rejected', method: 'sms', destination: '976' } as const;
  test('is the report, the host and the time', () => {
    expect(nextTabRecord(report, 'sellercentral.amazon.de', 5)).toEqual({
      ...report,
      host: 'sellercentral.amazon.de',
      at: 5,
    });
  });
  test("keeps the tab's cookie store when it is known", () => {
    expect(nextTabRecord(report, 'sellercentral.amazon.de', 5, 'firefox-private')).toEqual({
      ...report,
      host: 'sellercentral.amazon.de',
      at: 5,
      storeId: 'firefox-private',
    });
  });
  test('copies only the report fields, never extra keys a sender might add', () => {
    const sneaky = { ...report, dismissed: false, extra: 'x' };
    expect(Object.keys(nextTabRecord(sneaky, 'sellercentral.amazon.fr', 5)).sort()).toEqual([
      'at',
      'destination',
      'host',
      'method',
      'state',
    ]);
  });
});

describe('the items', () => {
  test('a record stored as garbage reads as none; nothing stored reads as none', async () => {
    await fakeBrowser.storage.session.set({ 'tab:3': { state: 1 }, lastPage: 'x' });
    expect(await tabRecordItem(3).get()).toBeNull();
    expect(await tabRecordItem(1).get()).toBeNull();
    expect(await lastPageItem.get()).toBeNull();
  });

  test('one key per tab, and one for the last page seen, all in storage.session', async () => {
    await tabRecordItem(3).set(record);
    await lastPageItem.set(record);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'tab:3': record,
      lastPage: record,
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
