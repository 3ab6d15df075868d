import { fakeBrowser } from '@webext-core/fake-browser';
import { expect, test, vi } from 'vitest';
import { parseTotpRecord, totpRecordItem, totpRecordOf } from './check-record';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

test.each([
  ['in sync', { kind: 'in-sync' } as const, 0],
  ['3 steps behind', { kind: 'drift', steps: -3, seconds: -90 } as const, -3],
  ['no match', { kind: 'no-match' } as const, null],
])('%s is kept as its steps only', (_name, drift, steps) => {
  const record = totpRecordOf(drift, 1_000);
  expect(record).toEqual({ driftSteps: steps, at: 1_000 });
  expect(parseTotpRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
});

test.each([
  ['missing', undefined],
  ['a string', 'JBSWY3DPEHPK3PXP'],
  ['an array', [0, 1]],
  ['steps not whole', { driftSteps: 1.5, at: 1 }],
  ['steps beyond the ±10 min search', { driftSteps: 99, at: 1 }],
  ['no time', { driftSteps: 0 }],
  ['a time that is not one', { driftSteps: 0, at: Number.NaN }],
])('%s loads as nothing', (_name, raw) => {
  expect(parseTotpRecord(raw)).toBeNull();
});

test('one key per marketplace, in storage.session', () => {
  expect(totpRecordItem('sellercentral.amazon.de').key).toBe('totp:sellercentral.amazon.de');
  expect(totpRecordItem('sellercentral.amazon.de').area).toBe('session');
});
