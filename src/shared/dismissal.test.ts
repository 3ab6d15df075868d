import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { bannerMayShow, dismissalItem, parseDismissal } from './dismissal';
import { nextTabRecord, tabRecordItem } from './tab-record';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());

const de = 'sellercentral.amazon.de';
const report = {
  state: 'otp-sms',
  method: 'sms',
  destination: '976',
  waitMs: null,
  rememberDevice: null,
} as const;
const world = { host: de, now: 5, privateWindow: false } as const;

describe('parseDismissal', () => {
  test.each([
    ['a listed host', 'sellercentral.amazon.de', 'sellercentral.amazon.de'],
    ['missing', undefined, null],
    ['an old boolean', true, null],
    ['an unknown host', 'evil.example', null],
    ['an object', { host: 'sellercentral.amazon.de' }, null],
  ])('%s', (_case, raw, expected) => {
    expect(parseDismissal(raw)).toBe(expected);
  });

  test.each([
    ['a string', 'garbage'],
    ['an old boolean', true],
    ['an unknown host', 'evil.example'],
  ])('a dismissal stored as %s reads as none', async (_case, raw) => {
    await fakeBrowser.storage.session.set({ 'dismissed:3': raw });
    expect(await dismissalItem(3).get()).toBeNull();
  });
});

describe('bannerMayShow', () => {
  const fr = 'sellercentral.amazon.fr';
  test.each([
    ['enabled, never closed', true, null, de, true],
    ['closed on this marketplace', true, de, de, false],
    ['closed on another marketplace', true, fr, de, true],
    ['turned off in Options', false, null, de, false],
  ] as const)('%s', (_case, enabled, dismissedOn, host, expected) => {
    expect(bannerMayShow(enabled, dismissedOn, host)).toBe(expected);
  });
});

test('the dismissal key is never a tab record key', () => {
  for (const id of [0, 1, 42, 2 ** 31]) {
    expect(dismissalItem(id).key).not.toBe(tabRecordItem(id).key);
  }
});

describe('the dismissal and the tab record never write over each other', () => {
  test('a page report written at the moment of a dismissal keeps it, in either order', async () => {
    const dismiss = () => dismissalItem(1).set(de);
    const seen = () => tabRecordItem(1).set(nextTabRecord(report, null, world));
    for (const [first, second] of [
      [dismiss, seen],
      [seen, dismiss],
    ]) {
      fakeBrowser.reset();
      await Promise.all([first?.(), second?.()]);
      expect(await dismissalItem(1).get()).toBe(de);
      expect((await tabRecordItem(1).get())?.state).toBe('otp-sms');
    }
  });

  test('writing a tab record touches only its own key', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    await tabRecordItem(1).set(nextTabRecord(report, null, world));
    expect(set.mock.calls.flatMap(([items]) => Object.keys(items))).toEqual(['tab:1']);
    set.mockRestore();
  });

  test('removing one tab forgets both of its keys and nothing of another tab', async () => {
    await tabRecordItem(1).set(nextTabRecord(report, null, world));
    await dismissalItem(1).set(de);
    await tabRecordItem(2).set(nextTabRecord(report, null, world));
    await Promise.all([tabRecordItem(1).remove(), dismissalItem(1).remove()]);
    expect(await tabRecordItem(1).get()).toBeNull();
    expect(await dismissalItem(1).get()).toBeNull();
    expect(await tabRecordItem(2).get()).not.toBeNull();
  });
});
