/**
 * Which time step of the key the app's code belongs to, searched nearest first around the
 * corrected time: the step tells how far the app's clock is off (negative: behind). Seller Central
 * accepts a code one step either side, like most TOTP servers (RFC 6238 §5.2).
 */
import { TOTP } from 'otpauth';
import type { TotpConfig } from './parse-secret';

/** ±10 min: further off than this, a match would as likely be chance as drift. */
export const searchSpanMs = 10 * 60_000;

export type Drift =
  | { kind: 'in-sync' }
  | { kind: 'drift'; steps: number; seconds: number }
  | { kind: 'no-match' };

export function findDrift(
  config: TotpConfig,
  code: string,
  now: number,
  spanMs: number = searchSpanMs,
): Drift {
  const window = Math.floor(spanMs / (config.period * 1000));
  const steps = TOTP.validate({
    token: code,
    secret: config.secret,
    algorithm: config.algorithm,
    digits: config.digits,
    period: config.period,
    timestamp: now,
    window,
  });
  if (steps === null) return { kind: 'no-match' };
  if (steps === 0) return { kind: 'in-sync' };
  return { kind: 'drift', steps, seconds: steps * config.period };
}
