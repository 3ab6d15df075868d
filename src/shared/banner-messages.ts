/**
 * The banner's strings in the page's language. The i18n API answers only in the browser's
 * language, so the background reads the page language's catalogue (catalogue.ts) and hands the
 * content script just these keys (a few KB), which it formats with the same catalogue module.
 * Keeps every language out of the content script's bundle.
 */
import type { MessageKey, Messages, PluralKey } from './catalogue';
import { hintKeys } from './situations';

/** Every key the banner shows: its frame, its hints and the clock verdict in words. */
export const bannerKeys = [
  'bannerTitle',
  'bannerRegion',
  'bannerOpen',
  'bannerDismiss',
  'bannerCheckClock',
  'bannerClockChecking',
  'bannerClockFailed',
  'cleanupBanner',
  'cleanupBannerRunning',
  'cleanupBannerFailed',
  'cleanupBannerConfirm',
  'cleanupReverify',
  'bannerRetryToday',
  'bannerRetryTomorrow',
  'bannerRetryLater',
  'bannerRetryNow',
  'bannerNewestCode',
  'bannerRemember',
  'bannerPrivate',
  'bannerRecovery',
  ...hintKeys,
  'clockChecking',
  'clockOk',
  'clockBehind',
  'clockAhead',
  'clockUnknown',
  'clockSourceFailed',
  'clockFailTimeout',
  'clockFailOffline',
  'clockFailBlocked',
  'clockFailNonsense',
  'clockFailHttpError',
  'clockFailIntercepted',
  'durPair',
] as const satisfies readonly MessageKey[];

/** The count messages the banner shows (the clock sentence's durations), in every category. */
export const bannerPluralKeys = [
  'durSeconds',
  'durMinutes',
  'durHours',
  'durDays',
] as const satisfies readonly PluralKey[];

const pluralVariant = /^(.+)_(?:zero|one|two|few|many|other)$/;
const isBannerKey = (key: string): boolean => {
  const base = pluralVariant.exec(key)?.[1];
  return (
    (bannerKeys as readonly string[]).includes(key) ||
    (base !== undefined && (bannerPluralKeys as readonly string[]).includes(base))
  );
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The banner's entries of a catalogue: its keys, and every plural variant the locale has of its
 * count messages (Arabic has six). Null when it has none of them.
 */
export function pickBannerMessages(file: unknown): Messages | null {
  if (!isRecord(file)) return null;
  const picked: Messages = {};
  for (const key of Object.keys(file)) {
    const entry = file[key];
    if (!isBannerKey(key)) continue;
    if (!isRecord(entry) || typeof entry.message !== 'string' || !entry.message) continue;
    picked[key] = {
      message: entry.message,
      ...(isRecord(entry.placeholders)
        ? { placeholders: entry.placeholders as Messages[string]['placeholders'] }
        : {}),
    };
  }
  return Object.keys(picked).length > 0 ? picked : null;
}
