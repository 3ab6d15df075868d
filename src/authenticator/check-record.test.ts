import { fakeBrowser } from '@webext-core/fake-browser';
import { TOTP } from 'otpauth';
import { expect, test, vi } from 'vitest';
import { parseTotpRecord, totpRecordItem, totpRecordOf } from './check-record';
import { findDrift } from './find-drift';
import { parseSecret } from './parse-secret';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

test.each([
  ['in sync', { kind: 'in-sync' } as const, 0],
  ['3 steps of 30 s behind', { kind: 'drift', steps: -3, seconds: -90 } as const, -90],
  ['one step of 60 s ahead', { kind: 'drift', steps: 1, seconds: 60 } as const, 60],
  ['no match', { kind: 'no-match' } as const, null],
])('%s is kept as its seconds only', (_name, drift, seconds) => {
  const record = totpRecordOf(drift, 1_000);
  expect(record).toEqual({ driftSeconds: seconds, at: 1_000 });
  expect(parseTotpRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
});

// The drift as found for keys of every period the parser accepts, through storage: a 10 s key 50
// steps (500 s) off is a real result, not one to drop.
test.each([
  [10, -500_000],
  [1, 599_000],
  [300, -600_000],
  [60, 60_000],
])('a %i s key whose code matched %i ms away: kept, in seconds', async (period, offsetMs) => {
  const p = parseSecret(
    `otpauth://totp/x?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&period=${period}`,
  );
  if (!p.ok) throw new Error(p.error);
  // A whole hour: on a step boundary of every one of these periods.
  const now = Date.UTC(2026, 10, 27, 6, 0, 0);
  const code = TOTP.generate({ secret: p.config.secret, period, timestamp: now + offsetMs });
  const drift = await findDrift(p.config, code, now);
  expect(drift).toMatchObject({ kind: 'drift', seconds: offsetMs / 1000 });
  const stored = parseTotpRecord(JSON.parse(JSON.stringify(totpRecordOf(drift, now))));
  expect(stored).toEqual({ driftSeconds: offsetMs / 1000, at: now });
});

test.each([
  ['missing', undefined],
  ['a string', 'JBSWY3DPEHPK3PXP'],
  ['an array', [0, 1]],
  ['seconds not whole', { driftSeconds: 1.5, at: 1 }],
  ['seconds beyond the ±10 min search', { driftSeconds: 601, at: 1 }],
  ['the old shape in steps', { driftSteps: -3, at: 1 }],
  ['no time', { driftSeconds: 0 }],
  ['a time that is not one', { driftSeconds: 0, at: Number.NaN }],
])('%s loads as nothing', (_name, raw) => {
  expect(parseTotpRecord(raw)).toBeNull();
});

test('one key per marketplace, in storage.session', () => {
  expect(totpRecordItem('sellercentral.amazon.de').key).toBe('totp:sellercentral.amazon.de');
  expect(totpRecordItem('sellercentral.amazon.de').area).toBe('session');
});
