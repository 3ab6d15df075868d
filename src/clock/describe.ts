/**
 * The skew in parts a translated sentence can hold ("Your computer's clock is 2 min 13 s behind
 * (±0.1 s)"), and the user's OS, to pick the right instructions for fixing the clock. Pure.
 */

export type Direction = 'ahead' | 'behind' | 'exact';

export type SkewWords = {
  /** Skew = local − reference: positive means the computer is ahead. */
  direction: Direction;
  days: number;
  hours: number;
  minutes: number;
  /** Whole seconds, or tenths when the whole skew is under 10 s (`3.4`). */
  seconds: number;
  /** The error bar in seconds, rounded up, one decimal under 10 s: '0.1', '1.6', '12'. */
  uncertaintySeconds: string;
  /** The skew is no larger than the error bar: the clock may well be right. */
  withinUncertainty: boolean;
};

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** Rounding beyond what the error bar supports would only be noise: tenths below 10 s. */
const shortSkewMs = 10 * second;

export function describeSkew(skewMs: number, uncertaintyMs: number): SkewWords {
  const abs = Math.abs(skewMs);
  // Round once, to the unit shown, so 59.6 s reads "1 min 0 s", never "0 min 60 s".
  const step = abs < shortSkewMs ? 100 : second;
  const rounded = Math.round(abs / step) * step;
  const unc = Math.max(0, uncertaintyMs);
  return {
    direction: rounded === 0 ? 'exact' : skewMs > 0 ? 'ahead' : 'behind',
    days: Math.floor(rounded / day),
    hours: Math.floor((rounded % day) / hour),
    minutes: Math.floor((rounded % hour) / minute),
    seconds: (rounded % minute) / second,
    uncertaintySeconds:
      unc < shortSkewMs ? (Math.ceil(unc / 100) / 10).toFixed(1) : String(Math.ceil(unc / second)),
    withinUncertainty: abs <= unc,
  };
}

export const operatingSystems = [
  'windows',
  'macos',
  'chromeos',
  'linux',
  'android',
  'ios',
  'unknown',
] as const;
export type OperatingSystem = (typeof operatingSystems)[number];

// Most specific first: ChromeOS says X11, Android says Linux, iPadOS may say Macintosh.
const patterns = [
  ['chromeos', /\bCrOS\b|chrome ?os/i],
  ['android', /android/i],
  ['ios', /iphone|ipad|ipod|\bios\b/i],
  ['windows', /windows|win32|win64/i],
  ['macos', /macintosh|mac ?os|macintel|\bmac\b/i],
  ['linux', /linux|x11|ubuntu|fedora/i],
] as const satisfies readonly (readonly [OperatingSystem, RegExp])[];

function match(text: string): OperatingSystem {
  return patterns.find(([, re]) => re.test(text))?.[0] ?? 'unknown';
}

/**
 * The user's OS from `navigator.userAgent`, with `navigator.userAgentData.platform` or
 * `navigator.platform` as `platform` when known, which wins: user-agent reduction may freeze
 * the string (https://www.chromium.org/updates/ua-reduction/).
 */
export function detectOs(userAgent: string, platform?: string): OperatingSystem {
  const fromPlatform = platform ? match(platform) : 'unknown';
  return fromPlatform !== 'unknown' ? fromPlatform : match(userAgent);
}
