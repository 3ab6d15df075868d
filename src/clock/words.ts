/**
 * The clock verdict in the seller's words, from a result and a translator. Shared by the popup and
 * the banner so both say the same thing; `t` is passed in, so tests give plain strings. `locale`
 * is the language of `t`'s strings: it picks the plural forms and the digits.
 */
import { type MessageKey, plural, type Translate } from '../shared/catalogue';
import { describeSkew, type OperatingSystem } from './describe';
import type { ClockResult, SourceFailure } from './estimate';

/** "2 min 13 s": the two largest units, each counted in its own plural form. */
export function duration(t: Translate, ms: number, locale: string): string {
  const w = describeSkew(ms, 0);
  const pair = (larger: string, smaller: string) => t('durPair', [larger, smaller]);
  if (w.days > 0) {
    return pair(plural(t, 'durDays', w.days, locale), plural(t, 'durHours', w.hours, locale));
  }
  if (w.hours > 0) {
    return pair(plural(t, 'durHours', w.hours, locale), plural(t, 'durMinutes', w.minutes, locale));
  }
  if (w.minutes > 0) {
    return pair(
      plural(t, 'durMinutes', w.minutes, locale),
      plural(t, 'durSeconds', Math.round(w.seconds), locale),
    );
  }
  return plural(t, 'durSeconds', w.seconds, locale);
}

/**
 * How long ago, "3 minutes ago", in the locale's words: Intl.RelativeTimeFormat has each
 * language's plural forms, so no count goes into a sentence of ours.
 */
export function ago(ms: number, locale?: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return rtf.format(-s, 'second');
  const min = Math.floor(s / 60);
  if (min < 60) return rtf.format(-min, 'minute');
  const h = Math.floor(min / 60);
  if (h < 24) return rtf.format(-h, 'hour');
  return rtf.format(-Math.floor(h / 24), 'day');
}

/** A number of seconds such as the error bar ('0.1', '12'): "0,1 s", as many decimals as given. */
export function seconds(t: Translate, value: string | number, locale: string): string {
  const decimals = String(value).includes('.') ? 1 : 0;
  return plural(t, 'durSeconds', Number(value), locale, [], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

export const failureWords = {
  timeout: 'clockFailTimeout',
  offline: 'clockFailOffline',
  blocked: 'clockFailBlocked',
  nonsense: 'clockFailNonsense',
  'http-error': 'clockFailHttpError',
  intercepted: 'clockFailIntercepted',
} as const satisfies Record<SourceFailure, MessageKey>;

/** One sentence: right, ahead or behind by how much and how sure, or why it is unknown. */
export function verdictSentence(t: Translate, result: ClockResult | null, locale: string): string {
  if (!result || (result.skewMs === null && !result.done)) return t('clockChecking');
  if (result.skewMs === null || result.uncertaintyMs === null) {
    const why = result.sources
      .filter((s) => s.status !== 'ok' && s.status !== 'pending')
      .map((s) => t('clockSourceFailed', [s.source, t(failureWords[s.status as SourceFailure])]))
      .join('; ');
    return t('clockUnknown', why ? `${why}.` : '');
  }
  const words = describeSkew(result.skewMs, result.uncertaintyMs);
  const off = duration(t, result.skewMs, locale);
  const bar = seconds(t, words.uncertaintySeconds, locale);
  if (result.verdict === 'ok') return t('clockOk', [off, bar]);
  return t(words.direction === 'ahead' ? 'clockAhead' : 'clockBehind', [off, bar]);
}

export const fixWords = {
  windows: 'fixWindows',
  macos: 'fixMacos',
  chromeos: 'fixChromeos',
  linux: 'fixLinux',
  android: 'fixOther',
  ios: 'fixOther',
  unknown: 'fixOther',
} as const satisfies Record<OperatingSystem, MessageKey>;
