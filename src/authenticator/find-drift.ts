/**
 * Which time step of the key the app's code belongs to, searched nearest first around the
 * corrected time: the step tells how far the app's clock is off (negative: behind). Seller Central
 * accepts a code one step either side, like most TOTP servers (RFC 6238 §5.2).
 */
import { TOTP } from 'otpauth';
import type { TotpConfig } from './parse-secret';
import { searchSpanMs } from './search-span';

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
