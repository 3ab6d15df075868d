import { describe, expect, test } from 'vitest';
import { nextTabRecord, parseTabRecord, type TabRecord } from './tab-record';

const record: TabRecord = {
  host: 'sellercentral.amazon.de',
  state: 'otp-sms',
  method: 'sms',
  destination: '976',
  at: 1_700_000_000_000,
  dismissed: false,
};

describe('parseTabRecord', () => {
  test.each([
    ['a valid record', record, record],
    ['null', null, null],
    ['an unknown state', { ...record, state: 'hacked' }, null],
    ['an unknown host', { ...record, host: 'evil.example' }, null],
    [
      'a destination that is not digits',
      { ...record, destination: '<b>1</b>' },
      { ...record, destination: null },
    ],
    ['a missing time', { ...record, at: undefined }, null],
  ])('%s', (_case, raw, expected) => {
    expect(parseTabRecord(raw)).toEqual(expected);
  });
});

describe('nextTabRecord', () => {
  const report = { state: 'code-rejected', method: 'sms', destination: '976' } as const;
  test('keeps a dismissal on the same host', () => {
    const next = nextTabRecord(
      { ...record, dismissed: true },
      report,
      'sellercentral.amazon.de',
      5,
    );
    expect(next).toEqual({ ...report, host: 'sellercentral.amazon.de', at: 5, dismissed: true });
  });
  test('forgets it on another marketplace', () => {
    expect(
      nextTabRecord({ ...record, dismissed: true }, report, 'sellercentral.amazon.fr', 5).dismissed,
    ).toBe(false);
  });
  test('starts undismissed', () => {
    expect(nextTabRecord(null, report, 'sellercentral.amazon.de', 5).dismissed).toBe(false);
  });
});
