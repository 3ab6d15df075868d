import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  lastPageItem,
  nextTabRecord,
  parseTabRecord,
  requestMemoryMs,
  type TabRecord,
  tabRecordItem,
  withCodeRequest,
} from './tab-record';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());

const record: TabRecord = {
  host: 'sellercentral.amazon.de',
  state: 'otp-sms',
  method: 'sms',
  destination: '976',
  at: 1_700_000_000_000,
  waitMs: null,
  rememberDevice: 'unchecked',
  retryAt: null,
  latestRequestAt: 1_699_999_990_000,
  privateWindow: false,
};

/** A record as issue 12's code wrote it: no wait, request, box or window facts. */
const { waitMs, rememberDevice, retryAt, latestRequestAt, privateWindow, ...old } = record;
const oldRead = {
  ...old,
  waitMs: null,
  rememberDevice: null,
  retryAt: null,
  latestRequestAt: null,
  privateWindow: false,
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
    // Before issue 13: the facts the popup's diagnosis reads are there, as "not known".
    ['a record without the journey facts', old, oldRead],
    [
      'a wait, its end, a private window',
      { ...record, waitMs: 600_000, retryAt: 1_700_000_600_000, privateWindow: true },
      { ...record, waitMs: 600_000, retryAt: 1_700_000_600_000, privateWindow: true },
    ],
    [
      'facts of the wrong kind',
      {
        ...record,
        waitMs: '10 minutes',
        retryAt: 'soon',
        latestRequestAt: Number.NaN,
        rememberDevice: true,
        privateWindow: 'yes',
      },
      oldRead,
    ],
    ['a wait over a week', { ...record, waitMs: 30 * 86_400_000 }, { ...record, waitMs: null }],
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
  const report = {
    state: 'code-rejected',
    method: 'sms',
    destination: '976',
    waitMs: null,
    rememberDevice: 'unchecked',
  } as const;
  const de = 'sellercentral.amazon.de';
  const at = (now: number) => ({ host: de, now, privateWindow: false }) as const;

  test('is the report, the host, the time and the window', () => {
    expect(nextTabRecord(report, null, { host: de, now: 5, privateWindow: true })).toEqual({
      ...report,
      host: de,
      at: 5,
      retryAt: null,
      latestRequestAt: null,
      privateWindow: true,
    });
  });

  test("keeps the tab's cookie store when it is known", () => {
    expect(nextTabRecord(report, null, { ...at(5), storeId: 'firefox-private' })).toEqual({
      ...report,
      host: de,
      at: 5,
      retryAt: null,
      latestRequestAt: null,
      privateWindow: false,
      storeId: 'firefox-private',
    });
  });

  test('copies only the report fields, never extra keys a sender might add', () => {
    const sneaky = { ...report, dismissed: false, extra: 'x' };
    expect(Object.keys(nextTabRecord(sneaky, null, at(5))).sort()).toEqual([
      'at',
      'destination',
      'host',
      'latestRequestAt',
      'method',
      'privateWindow',
      'rememberDevice',
      'retryAt',
      'state',
      'waitMs',
    ]);
  });

  const limit = { ...report, state: 'otp-limit', waitMs: 86_400_000 } as const;
  const first = nextTabRecord(limit, null, at(1_000));

  // "You can request a new OTP in 24 hours" says the same after a reload: the end stays.
  test.each([
    ['first sight: now plus the wait', null, limit, 2_000, 2_000 + 86_400_000],
    ['a reload an hour later keeps the first end', first, limit, 3_600_000, 1_000 + 86_400_000],
    [
      'another wait named (calls: 10 minutes) starts its own',
      first,
      { ...limit, waitMs: 600_000 },
      5_000,
      605_000,
    ],
    [
      'another state with a wait starts its own',
      first,
      { ...limit, state: 'signin-blocked' },
      5_000,
      5_000 + 86_400_000,
    ],
    [
      'once the end has passed, a page that still says so starts again',
      first,
      limit,
      2_000 + 86_400_000,
      2_000 + 2 * 86_400_000,
    ],
    [
      'the same state read before its wait has loaded keeps the end',
      first,
      { ...limit, waitMs: null },
      5_000,
      1_000 + 86_400_000,
    ],
    [
      'and the read once it has loaded still keeps it',
      nextTabRecord({ ...limit, waitMs: null }, first, at(5_000)),
      limit,
      6_000,
      1_000 + 86_400_000,
    ],
    [
      'another state naming no wait: no end',
      first,
      { ...limit, state: 'signin-blocked', waitMs: null },
      5_000,
      null,
    ],
    ['no wait named and none known: no end', null, { ...limit, waitMs: null }, 5_000, null],
    [
      'no wait named once the known end has passed: no end',
      first,
      { ...limit, waitMs: null },
      2_000 + 86_400_000,
      null,
    ],
  ] as const)('%s', (_case, previous, next, now, retryAt) => {
    expect(nextTabRecord(next, previous, at(now)).retryAt).toBe(retryAt);
  });

  test('the last code request is kept across reports while it is recent', () => {
    const asked = withCodeRequest(nextTabRecord(report, null, at(1_000)), 2_000);
    expect(asked.latestRequestAt).toBe(2_000);
    const reload = nextTabRecord(report, asked, at(60_000));
    expect(reload.latestRequestAt).toBe(2_000);
    expect(nextTabRecord(report, reload, at(2_000 + requestMemoryMs)).latestRequestAt).toBeNull();
  });

  test('a code request changes nothing else of the record', () => {
    const r = nextTabRecord(limit, null, at(1_000));
    expect(withCodeRequest(r, 9)).toEqual({ ...r, latestRequestAt: 9 });
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
