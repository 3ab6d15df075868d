/**
 * A finding in words, in the reader's language and time zone: the popup shows it, and the support
 * description writes the same sentence (in the marketplace's support language). Pure: the
 * translator, locale, time zone and `now` are passed in.
 */
import type { ClockResult } from '../clock/estimate';
import { duration, verdictSentence } from '../clock/words';
import type { Translate } from '../shared/catalogue';
import type { Finding, FindingValue } from './diagnose';
import { foldedReadings } from './phone-clock';

const dayMs = 86_400_000;

/** What the verdict sentence needs besides the figure: a finished check. */
const clockWords: Omit<ClockResult, 'verdict' | 'skewMs' | 'uncertaintyMs'> = {
  decidedBy: null,
  sources: [],
  disagreements: [],
  done: true,
};

/** "14:32 CET", or "Tuesday 14:32 CET" when not on `now`'s day; the zone always said. */
export function timeWords(ms: number, now: number, locale: string, timeZone: string): string {
  const day = (at: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(at);
  const options: Intl.DateTimeFormatOptions = {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    // Said always: under Firefox's resist-fingerprinting the zone is UTC, whatever the seller's.
    timeZoneName: 'short',
  };
  // Another day: its weekday within the week, else its date.
  if (day(ms) !== day(now)) {
    Object.assign(
      options,
      Math.abs(ms - now) < 6 * dayMs ? { weekday: 'long' } : { month: 'short', day: 'numeric' },
    );
  }
  return new Intl.DateTimeFormat(locale, options).format(ms);
}

/** "the United States", as the reader's language names it; the code where it cannot. */
export function countryWords(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function valueWords(
  v: FindingValue,
  t: Translate,
  locale: string,
  timeZone: string,
  now: number,
): string {
  switch (v.kind) {
    case 'digits':
      return v.text;
    case 'time':
      return timeWords(v.ms, now, locale, timeZone);
    case 'duration':
      return duration(t, Math.abs(v.ms), locale);
    case 'clock':
      return verdictSentence(
        t,
        { ...clockWords, verdict: 'bad', skewMs: v.skewMs, uncertaintyMs: v.uncertaintyMs },
        locale,
      );
    case 'fold': {
      const { behindMs, aheadMs } = foldedReadings(v.ms);
      const [first, second] =
        behindMs <= aheadMs
          ? [
              t('offBehind', duration(t, behindMs, locale)),
              t('offAhead', duration(t, aheadMs, locale)),
            ]
          : [
              t('offAhead', duration(t, aheadMs, locale)),
              t('offBehind', duration(t, behindMs, locale)),
            ];
      return t('phoneClockEither', [first, second]);
    }
    case 'country':
      return countryWords(v.code, locale);
    default:
      return v satisfies never;
  }
}

export function findingText(
  f: Pick<Finding, 'words' | 'values'>,
  t: Translate,
  locale: string,
  timeZone: string,
  now: number,
): string {
  return t(
    f.words,
    f.values.map((v) => valueWords(v, t, locale, timeZone, now)),
  );
}
