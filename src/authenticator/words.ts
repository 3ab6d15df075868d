/**
 * The authenticator check's answer in the seller's words: what was found and the one thing to do.
 * `t` is passed in, so tests give plain strings.
 */
import { duration } from '../clock/words';
import { type MessageKey, plural, type Translate } from '../shared/catalogue';
import type { TimeBasis } from './corrected-now';
import type { Drift } from './find-drift';
import type { CodeError } from './parse-code';
import type { SecretError } from './parse-secret';

export const secretErrorText = {
  empty: 'totpErrEmpty',
  'too-long': 'totpErrTooLong',
  'not-otpauth': 'totpErrNotOtpauth',
  migration: 'totpErrMigration',
  hotp: 'totpErrHotp',
  'bad-uri': 'totpErrBadUri',
  'no-secret': 'totpErrNoSecret',
  'bad-base32': 'totpErrBase32',
  'bad-length': 'totpErrLength',
  'too-short': 'totpErrTooShort',
  'bad-algorithm': 'totpErrAlgorithm',
  'bad-digits': 'totpErrDigits',
  'bad-period': 'totpErrPeriod',
} as const satisfies Record<SecretError, MessageKey>;

export const codeErrorText = {
  empty: 'totpErrCodeEmpty',
  'not-digits': 'totpErrCodeDigits',
} as const satisfies Record<Exclude<CodeError, 'wrong-length'>, MessageKey>;

/** What is wrong with the code; a wrong length says how many digits the key's codes have. */
export function codeErrorWords(t: Translate, error: CodeError, digits: number, locale: string) {
  return error === 'wrong-length'
    ? plural(t, 'totpErrCodeLength', digits, locale)
    : t(codeErrorText[error]);
}

export const basisText = {
  corrected: 'totpBasisCorrected',
  local: 'totpBasisLocal',
} as const satisfies Record<TimeBasis, MessageKey>;

/** "90 s" up to two minutes (codes step by 30 s, so seconds read best), then "9 min 30 s". */
export function driftDuration(t: Translate, seconds: number, locale: string): string {
  const s = Math.abs(seconds);
  if (s < 120) return plural(t, 'durSeconds', s, locale);
  return duration(t, s * 1000, locale);
}

export interface DriftAnswer {
  /** `data-drift-steps`: the signed step, `0` in sync, `none` for no match (PRODUCT.md). */
  steps: string;
  headline: string;
  advice: string;
}

export function driftAnswer(t: Translate, drift: Drift, locale: string): DriftAnswer {
  switch (drift.kind) {
    case 'in-sync':
      return { steps: '0', headline: t('totpInSync'), advice: t('totpInSyncAdvice') };
    case 'no-match':
      return { steps: 'none', headline: t('totpNoMatch'), advice: t('totpNoMatchAdvice') };
    case 'drift':
      return {
        steps: String(drift.steps),
        headline: t(
          drift.steps < 0 ? 'totpBehind' : 'totpAhead',
          driftDuration(t, drift.seconds, locale),
        ),
        // One step either side is still accepted (flow.ts `window: 1`, as Amazon does).
        advice: t(Math.abs(drift.steps) === 1 ? 'totpNearAdvice' : 'totpFixClockAdvice'),
      };
  }
}
