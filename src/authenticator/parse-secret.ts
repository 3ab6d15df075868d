/**
 * What the seller pasted as their authenticator key, read into a TOTP config: a Base32 key as
 * Seller Central shows it (groups of four, any case, spaces or dashes) or an `otpauth://totp/` URI
 * with its own algorithm, digits and period (Key URI Format:
 * https://github.com/google/google-authenticator/wiki/Key-Uri-Format). Bad input gives an error
 * name, never a throw.
 */
import { Secret } from 'otpauth/bare';

export const algorithms = ['SHA1', 'SHA256', 'SHA512'] as const;
export type Algorithm = (typeof algorithms)[number];

export interface TotpConfig {
  secret: Secret;
  algorithm: Algorithm;
  digits: number;
  period: number;
}

export const secretErrors = [
  'empty',
  'too-long',
  'not-otpauth',
  'migration',
  'hotp',
  'bad-uri',
  'no-secret',
  'bad-base32',
  'bad-length',
  'too-short',
  'bad-algorithm',
  'bad-digits',
  'bad-period',
] as const;
export type SecretError = (typeof secretErrors)[number];

export type ParsedSecret =
  | { ok: true; config: TotpConfig; fromUri: boolean }
  | {
      ok: false;
      error: SecretError;
      /** With `bad-base32`: the first character that cannot be in a key. */
      char?: string;
    };

/** Far above any real key or URI; a longer paste is something else (and is not scanned). */
export const maxSecretInput = 4096;
/** 80 bits, the shortest keys in common use (RFC 4226 §4 asks for 128 or more). */
const minBase32Length = 16;
/** Unpadded Base32 never leaves 1, 3 or 6 characters over (RFC 4648 §6): a character is missing or extra. */
const impossibleRemainders = new Set([1, 3, 6]);

// Checked before upper-casing, which turns some letters into several (ß → SS).
const base32Char = /^[A-Za-z2-7]$/;

function readBase32(raw: string): ParsedSecret | Secret {
  const stripped = raw.replace(/[\s-]+/g, '').replace(/=+$/, '');
  if (!stripped) return { ok: false, error: 'empty' };
  for (const c of stripped) {
    if (!base32Char.test(c)) return { ok: false, error: 'bad-base32', char: c };
  }
  const key = stripped.toUpperCase();
  if (impossibleRemainders.has(key.length % 8)) return { ok: false, error: 'bad-length' };
  if (key.length < minBase32Length) return { ok: false, error: 'too-short' };
  return Secret.fromBase32(key);
}

const defaults = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

function readUri(raw: string): ParsedSecret {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, error: 'bad-uri' };
  }
  if (url.protocol.toLowerCase() === 'otpauth-migration:') return { ok: false, error: 'migration' };
  if (url.protocol.toLowerCase() !== 'otpauth:') return { ok: false, error: 'not-otpauth' };
  const type = url.host.toLowerCase();
  if (type === 'hotp') return { ok: false, error: 'hotp' };
  if (type !== 'totp') return { ok: false, error: 'bad-uri' };
  const q = url.searchParams;
  const secretParam = q.get('secret');
  if (!secretParam) return { ok: false, error: 'no-secret' };
  const secret = readBase32(secretParam);
  if (!(secret instanceof Secret)) return secret;

  const algorithm = (q.get('algorithm') ?? defaults.algorithm).toUpperCase().replace('-', '');
  if (!(algorithms as readonly string[]).includes(algorithm)) {
    return { ok: false, error: 'bad-algorithm' };
  }
  const digits = Number(q.get('digits') ?? defaults.digits);
  if (!Number.isInteger(digits) || digits < 6 || digits > 8)
    return { ok: false, error: 'bad-digits' };
  const period = Number(q.get('period') ?? defaults.period);
  if (!Number.isInteger(period) || period < 1 || period > 300) {
    return { ok: false, error: 'bad-period' };
  }
  return {
    ok: true,
    fromUri: true,
    config: { secret, algorithm: algorithm as Algorithm, digits, period },
  };
}

export function parseSecret(input: string): ParsedSecret {
  if (input.length > maxSecretInput) return { ok: false, error: 'too-long' };
  const raw = input.trim();
  if (!raw) return { ok: false, error: 'empty' };
  // A key never holds a colon; anything with one is a URI (or a paste of something else).
  if (raw.includes(':')) return readUri(raw);
  const secret = readBase32(raw);
  if (!(secret instanceof Secret)) return secret;
  return { ok: true, fromUri: false, config: { secret, ...defaults } };
}
