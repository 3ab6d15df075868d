/**
 * Which time step of the key the app's code belongs to, searched nearest first around the
 * corrected time: the step tells how far the app's clock is off (negative: behind). Seller Central
 * accepts a code one step either side, like most TOTP servers (RFC 6238 §5.2).
 *
 * otpauth's bare build does the HOTP arithmetic (RFC 4226 truncation, the window, nearest first);
 * the HMACs come from the platform's Web Crypto, worked out beforehand for every step of the
 * window, since otpauth asks for them one at a time and Web Crypto only answers asynchronously.
 * Its full build would add its own SHA-1, SHA-2 and SHA-3 code: about 7 KB gzipped of the popup's
 * budget (e2e/budgets.ts).
 */
import { TOTP } from 'otpauth/bare';
import type { Algorithm, TotpConfig } from './parse-secret';
import { searchSpanMs } from './search-span';

export type Drift =
  | { kind: 'in-sync' }
  | { kind: 'drift'; steps: number; seconds: number }
  | { kind: 'no-match' };

const webCryptoHash = {
  SHA1: 'SHA-1',
  SHA256: 'SHA-256',
  SHA512: 'SHA-512',
} as const satisfies Record<Algorithm, string>;

/**
 * HOTP's message: the counter as 8 bytes, big-endian (RFC 4226 §5.2), written exactly as otpauth
 * writes it, also for the steps before 0 that a window near the epoch reaches.
 */
function counterBytes(counter: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(8);
  let rest = counter;
  for (let i = 7; i >= 0 && rest !== 0; i--) {
    bytes[i] = rest & 255;
    rest = (rest - (bytes[i] as number)) / 256;
  }
  return bytes;
}

const keyOf = (message: Uint8Array) => message.join(',');

/** The HMAC of every counter from `first` to `last`, looked up by its message. */
async function hmacsFor(config: TotpConfig, first: number, last: number) {
  const key = await crypto.subtle.importKey(
    'raw',
    new Uint8Array(config.secret.bytes),
    { name: 'HMAC', hash: webCryptoHash[config.algorithm] },
    false,
    ['sign'],
  );
  const messages = Array.from({ length: last - first + 1 }, (_, i) => counterBytes(first + i));
  const macs = await Promise.all(messages.map((m) => crypto.subtle.sign('HMAC', key, m)));
  const byMessage = new Map(
    messages.map((m, i) => [keyOf(m), new Uint8Array(macs[i] as ArrayBuffer)]),
  );
  return (_algorithm: string, _key: Uint8Array, message: Uint8Array): Uint8Array => {
    const mac = byMessage.get(keyOf(message));
    // Only a step outside the window could miss; otpauth asks for none, but never guess one.
    if (!mac) throw new Error('no HMAC worked out for this step');
    return mac;
  };
}

export async function findDrift(
  config: TotpConfig,
  code: string,
  now: number,
  spanMs: number = searchSpanMs,
): Promise<Drift> {
  const window = Math.floor(spanMs / (config.period * 1000));
  const counter = Math.floor(now / 1000 / config.period);
  const hmac = await hmacsFor(config, counter - window, counter + window);
  const steps = TOTP.validate({
    token: code,
    secret: config.secret,
    algorithm: config.algorithm,
    digits: config.digits,
    period: config.period,
    timestamp: now,
    window,
    hmac,
  });
  if (steps === null) return { kind: 'no-match' };
  if (steps === 0) return { kind: 'in-sync' };
  return { kind: 'drift', steps, seconds: steps * config.period };
}
