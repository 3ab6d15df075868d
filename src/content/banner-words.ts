/**
 * What the banner says for a page: the situation table's hint for this method and browser, then
 * what the seller should know on top (PRODUCT.md): when the wait is over, the newest code only,
 * the remember box, a private window, the recovery route. Pure: the words, the tab's facts and
 * the time are passed in; times show in the browser's own time zone, named (under Firefox's
 * resist-fingerprinting that zone is UTC, and saying so keeps the time true).
 */
import type { Classification } from '../detect/classify';
import type { Translate } from '../shared/catalogue';
import type { TabFacts } from '../shared/messages';
import { type Browser, bannerSituationOf } from '../shared/situations';
import type { PageContent } from './controller';

export interface WordsWorld {
  t: Translate;
  /** The language of `t`'s strings, for `Intl` and plurals. */
  lang: string;
  dir: 'ltr' | 'rtl';
  browser: Browser;
  /** The page's host: where the cookie settings must allow cookies. */
  host: string;
  /** Tests fix it; the banner uses the browser's. */
  timeZone?: string;
}

/**
 * How long is left, in the platform's own words and plural forms ("in 23 hours", "dans 5
 * minutes"): one unit, coarser as the wait is longer, never less than what is left.
 * https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/RelativeTimeFormat
 */
export function timeLeft(ms: number, lang: string): string {
  const words = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s < 90) return words.format(s, 'second');
  const min = Math.ceil(s / 60);
  if (min < 120) return words.format(min, 'minute');
  const h = Math.ceil(min / 60);
  return h < 48 ? words.format(h, 'hour') : words.format(Math.ceil(h / 24), 'day');
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function bannerContent(
  page: Classification,
  facts: TabFacts,
  now: number,
  { t, lang, dir, browser, host, timeZone }: WordsWorld,
): PageContent {
  const s = bannerSituationOf(page, { browser, host });
  const time = (ms: number) =>
    new Intl.DateTimeFormat(lang, {
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone,
    }).format(ms);
  // The calendar day in the same zone, as YYYY-MM-DD: today, tomorrow, or a named day.
  const day = (ms: number) =>
    new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone,
    }).format(ms);

  // A wait belongs to the page that names it; the background keeps its end from the first sight.
  const retryAt = page.waitMs === null ? null : facts.retryAt;
  const requested = facts.latestRequestAt;
  const nudge = page.rememberDevice === 'unchecked' && !facts.privateWindow;
  const notes: string[] = [];
  if (retryAt !== null) {
    const left = retryAt - now;
    const subs = [time(retryAt), timeLeft(left, lang)];
    const tomorrow = new Date(Date.parse(day(now)) + 864e5).toISOString().slice(0, 10);
    notes.push(
      left <= 0
        ? t('bannerRetryNow')
        : day(retryAt) === day(now)
          ? t('bannerRetryToday', subs)
          : day(retryAt) === tomorrow
            ? t('bannerRetryTomorrow', subs)
            : t('bannerRetryLater', [
                ...subs,
                new Intl.DateTimeFormat(lang, {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                  timeZone,
                }).format(retryAt),
              ]),
    );
  }
  if (s.newestCode && requested !== null) notes.push(t('bannerNewestCode', time(requested)));
  if (nudge) notes.push(t('bannerRemember'));
  // Where remembering the browser matters: the remember box, a sign-in from a known device.
  if (facts.privateWindow && (page.rememberDevice !== null || page.state === 'signin-blocked')) {
    notes.push(t('bannerPrivate'));
  }
  if (page.recovery) notes.push(t('bannerRecovery'));

  return {
    state: page.state,
    method: page.method,
    severity: s.severity,
    title: t('bannerTitle'),
    hint: t(s.hint.key, s.hint.substitutions),
    notes,
    hooks: {
      'retry-at': iso(retryAt),
      'latest-request-at': iso(requested),
      'remember-device': nudge ? 'unchecked' : null,
      private: facts.privateWindow ? 'true' : null,
    },
    openLabel: t('bannerOpen'),
    dismissLabel: t('bannerDismiss'),
    regionLabel: t('bannerRegion'),
    section: s.section,
    clockLabel: s.clock ? t('bannerCheckClock') : null,
    clockChecking: t('bannerClockChecking'),
    clockFailed: t('bannerClockFailed'),
    cleanup: s.cleanup
      ? {
          label: t('cleanupBanner'),
          running: t('cleanupBannerRunning'),
          failed: t('cleanupBannerFailed'),
          confirm: t('cleanupBannerConfirm'),
          warning: t('cleanupReverify'),
        }
      : null,
    dir,
    lang,
  };
}
