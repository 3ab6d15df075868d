import { describe, expect, test } from 'vitest';
import { maxSecretInput, parseSecret, type SecretError, secretErrors } from './parse-secret';

// The key behind every form below: 32 bytes, as Seller Central's keys are.
const canonical = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSQ';
const grouped = canonical.replace(/(.{4})/g, '$1 ').trim();

describe('every form of the key parses to the same secret', () => {
  const forms: [string, string, { algorithm: string; digits: number; period: number }][] = [
    ['Base32 as stored', canonical, { algorithm: 'SHA1', digits: 6, period: 30 }],
    ['groups of four with spaces', grouped, { algorithm: 'SHA1', digits: 6, period: 30 }],
    ['lower case', grouped.toLowerCase(), { algorithm: 'SHA1', digits: 6, period: 30 }],
    ['dashes', grouped.replaceAll(' ', '-'), { algorithm: 'SHA1', digits: 6, period: 30 }],
    [
      'tabs, newlines, padding',
      `\n\t${grouped}====\n`,
      { algorithm: 'SHA1', digits: 6, period: 30 },
    ],
    [
      'non-breaking spaces',
      grouped.replaceAll(' ', '\u00a0'),
      { algorithm: 'SHA1', digits: 6, period: 30 },
    ],
    [
      'otpauth URI with defaults',
      `otpauth://totp/Amazon%3Aseller%40example.com?secret=${canonical}&issuer=Amazon`,
      { algorithm: 'SHA1', digits: 6, period: 30 },
    ],
    [
      'otpauth URI, spaced lower-case secret',
      `otpauth://totp/Amazon?secret=${encodeURIComponent(grouped.toLowerCase())}`,
      { algorithm: 'SHA1', digits: 6, period: 30 },
    ],
    [
      'otpauth URI, SHA256, 8 digits, 60 s',
      `otpauth://totp/x?secret=${canonical}&algorithm=SHA256&digits=8&period=60`,
      { algorithm: 'SHA256', digits: 8, period: 60 },
    ],
    [
      'otpauth URI, sha512 in lower case',
      `otpauth://totp/x?algorithm=sha512&secret=${canonical}`,
      { algorithm: 'SHA512', digits: 6, period: 30 },
    ],
    [
      'OTPAUTH and TOTP in capitals',
      `OTPAUTH://TOTP/x?secret=${canonical}&digits=7`,
      { algorithm: 'SHA1', digits: 7, period: 30 },
    ],
  ];
  test.each(forms)('%s', (_name, input, expected) => {
    const parsed = parseSecret(input);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.config.secret.base32).toBe(canonical);
    expect({
      algorithm: parsed.config.algorithm,
      digits: parsed.config.digits,
      period: parsed.config.period,
    }).toEqual(expected);
    expect(parsed.fromUri).toBe(input.toLowerCase().includes('otpauth:'));
  });
});

describe('bad input gives an error name, never a throw', () => {
  const bad: [string, string, SecretError, string?][] = [
    ['empty field', '', 'empty'],
    ['only spaces', '   \n ', 'empty'],
    ['only dashes', '----', 'empty'],
    ['1 MB paste', 'A'.repeat(1024 * 1024), 'too-long'],
    ['1 MB paste of a URI', `otpauth://totp/x?secret=${'A'.repeat(1024 * 1024)}`, 'too-long'],
    ['HOTP URI', `otpauth://hotp/Amazon?secret=${canonical}&counter=0`, 'hotp'],
    ['Google Authenticator export', 'otpauth-migration://offline?data=CjEKCkhlbGxv', 'migration'],
    ['a web address', 'https://sellercentral.amazon.com/ap/mfa', 'not-otpauth'],
    ['unknown OTP type', `otpauth://motp/x?secret=${canonical}`, 'bad-uri'],
    ['URI without a secret', 'otpauth://totp/Amazon?issuer=Amazon', 'no-secret'],
    ['URI with an empty secret', 'otpauth://totp/Amazon?secret=', 'no-secret'],
    ['URI with a bad secret', 'otpauth://totp/Amazon?secret=ABC1DEFG', 'bad-base32', '1'],
    ['URI with MD5', `otpauth://totp/x?secret=${canonical}&algorithm=MD5`, 'bad-algorithm'],
    ['URI with 5 digits', `otpauth://totp/x?secret=${canonical}&digits=5`, 'bad-digits'],
    ['URI with 10 digits', `otpauth://totp/x?secret=${canonical}&digits=10`, 'bad-digits'],
    ['URI with digits=six', `otpauth://totp/x?secret=${canonical}&digits=six`, 'bad-digits'],
    ['URI with period 0', `otpauth://totp/x?secret=${canonical}&period=0`, 'bad-period'],
    ['URI with period 1.5', `otpauth://totp/x?secret=${canonical}&period=1.5`, 'bad-period'],
    [
      'a zero (Base32 has no 0)',
      `${canonical.slice(0, 20)}0${canonical.slice(21)}`,
      'bad-base32',
      '0',
    ],
    ['a one', `JBSW Y3DP EHPK 1PXP ${canonical.slice(16)}`, 'bad-base32', '1'],
    ['an eight', `8${canonical.slice(1)}`, 'bad-base32', '8'],
    [
      'a letter that upper-cases to two',
      `${canonical.slice(0, 20)}ß${canonical.slice(21)}`,
      'bad-base32',
      'ß',
    ],
    ['punctuation', `${canonical.slice(0, 16)}.${canonical.slice(17)}`, 'bad-base32', '.'],
    ['a character missing (impossible length)', canonical.slice(0, 49), 'bad-length'],
    ['too short to be a key', 'JBSWY3DP', 'too-short'],
  ];
  test.each(bad)('%s', (_name, input, error, char) => {
    const parsed = parseSecret(input);
    expect(parsed).toEqual(char === undefined ? { ok: false, error } : { ok: false, error, char });
  });

  test('every error name is reachable from the table above', () => {
    const seen = new Set(bad.map((b) => b[2]));
    expect(secretErrors.filter((e) => !seen.has(e))).toEqual([]);
  });

  test('a 1 MB paste is refused at once', () => {
    const start = performance.now();
    parseSecret(`${canonical} `.repeat(Math.ceil((1024 * 1024) / 53)));
    expect(performance.now() - start).toBeLessThan(50);
  });

  test('the length limit sits far above a real URI', () => {
    const long = `otpauth://totp/${'Amazon%20Seller%20Central'.repeat(10)}?secret=${canonical}&issuer=Amazon`;
    expect(long.length).toBeLessThan(maxSecretInput);
    expect(parseSecret(long).ok).toBe(true);
  });
});
