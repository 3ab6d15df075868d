import { Secret, TOTP } from 'otpauth';
import { describe, expect, test } from 'vitest';
import { findDrift } from './find-drift';
import { parseSecret, type TotpConfig } from './parse-secret';
import { searchSpanMs } from './search-span';

// RFC 6238 Appendix B: the seeds (ASCII) and the 8-digit codes at each time, per algorithm.
// https://www.rfc-editor.org/rfc/rfc6238#appendix-B
const seeds = {
  SHA1: '12345678901234567890',
  SHA256: '12345678901234567890123456789012',
  SHA512: '1234567890123456789012345678901234567890123456789012345678901234',
} as const;

const vectors: [number, string, keyof typeof seeds][] = [
  [59, '94287082', 'SHA1'],
  [59, '46119246', 'SHA256'],
  [59, '90693936', 'SHA512'],
  [1111111109, '07081804', 'SHA1'],
  [1111111109, '68084774', 'SHA256'],
  [1111111109, '25091201', 'SHA512'],
  [1111111111, '14050471', 'SHA1'],
  [1111111111, '67062674', 'SHA256'],
  [1111111111, '99943326', 'SHA512'],
  [1234567890, '89005924', 'SHA1'],
  [1234567890, '91819424', 'SHA256'],
  [1234567890, '93441116', 'SHA512'],
  [2000000000, '69279037', 'SHA1'],
  [2000000000, '90698825', 'SHA256'],
  [2000000000, '38618901', 'SHA512'],
  [20000000000, '65353130', 'SHA1'],
  [20000000000, '77737706', 'SHA256'],
  [20000000000, '47863826', 'SHA512'],
];

function rfcConfig(algorithm: keyof typeof seeds): TotpConfig {
  const base32 = Secret.fromLatin1(seeds[algorithm]).base32;
  const parsed = parseSecret(`otpauth://totp/RFC?secret=${base32}&algorithm=${algorithm}&digits=8`);
  if (!parsed.ok) throw new Error(`seed did not parse: ${parsed.error}`);
  return parsed.config;
}

describe('RFC 6238 test vectors, read through an otpauth URI', () => {
  test.each(vectors)(
    'T=%i s: %s (%s) is in sync at its own time',
    async (seconds, code, algorithm) => {
      expect(await findDrift(rfcConfig(algorithm), code, seconds * 1000)).toEqual({
        kind: 'in-sync',
      });
    },
  );

  test.each(vectors)(
    'T=%i s: %s (%s) read 2 min later is 4 steps behind',
    async (seconds, code, alg) => {
      expect(await findDrift(rfcConfig(alg), code, seconds * 1000 + 120_000)).toEqual({
        kind: 'drift',
        steps: -4,
        seconds: -120,
      });
    },
  );

  test('the same code under another algorithm does not match', async () => {
    expect(await findDrift(rfcConfig('SHA256'), '94287082', 59_000)).toEqual({ kind: 'no-match' });
  });
});

// A 32-byte key like Seller Central's, fixed so a failure can be replayed.
const key = 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP JBSW';
const config = (() => {
  const p = parseSecret(key);
  if (!p.ok) throw new Error(p.error);
  return p.config;
})();
const now = Date.UTC(2026, 10, 27, 5, 30, 12, 345);
const codeAt = (cfg: TotpConfig, t: number) =>
  TOTP.generate({
    secret: cfg.secret,
    algorithm: cfg.algorithm,
    digits: 6,
    period: 30,
    timestamp: t,
  });

describe('drift of the app clock, −20 to +20 steps (±10 min)', () => {
  const steps = Array.from({ length: 41 }, (_, i) => i - 20);
  test.each(steps)('a code from %i steps off is found there', async (n) => {
    const found = await findDrift(config, codeAt(config, now + n * 30_000), now);
    expect(found).toEqual(
      n === 0 ? { kind: 'in-sync' } : { kind: 'drift', steps: n, seconds: n * 30 },
    );
  });

  test('a code 90 s old reads as 3 steps (90 s) behind', async () => {
    expect(await findDrift(config, codeAt(config, now - 90_000), now)).toEqual({
      kind: 'drift',
      steps: -3,
      seconds: -90,
    });
  });

  test.each([-21, 21, -40, 40])('%i steps is beyond ±10 min: no match', async (n) => {
    expect(await findDrift(config, codeAt(config, now + n * 30_000), now)).toEqual({
      kind: 'no-match',
    });
  });

  test('the span is ±10 min', () => expect(searchSpanMs).toBe(600_000));

  test('a 60 s period halves the steps for the same span', async () => {
    const p = parseSecret(`otpauth://totp/x?secret=${config.secret.base32}&period=60`);
    if (!p.ok) throw new Error(p.error);
    const code = TOTP.generate({ secret: p.config.secret, period: 60, timestamp: now - 600_000 });
    expect(await findDrift(p.config, code, now)).toEqual({
      kind: 'drift',
      steps: -10,
      seconds: -600,
    });
  });
});

describe('wrong key', () => {
  const other = parseSecret('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ');
  test('a code from another key matches nowhere in ±10 min', async () => {
    if (!other.ok) throw new Error(other.error);
    for (const offset of [0, -90_000, 300_000]) {
      expect(await findDrift(config, codeAt(other.config, now + offset), now)).toEqual({
        kind: 'no-match',
      });
    }
  });
  test('a key with one character mistyped does not match the right code', async () => {
    const typo = parseSecret(key.replace('JBSW', 'JBSX'));
    if (!typo.ok) throw new Error(typo.error);
    expect(await findDrift(typo.config, codeAt(config, now), now)).toEqual({ kind: 'no-match' });
  });
});
