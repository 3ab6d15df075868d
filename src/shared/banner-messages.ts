/**
 * The banner's strings in the page's language. The i18n API answers only in the browser's
 * language, so the background reads the page language's `_locales/<locale>/messages.json` and
 * hands the content script just these keys (a few KB), which it formats with `formatMessage`.
 * Keeps every language out of the content script's bundle.
 */
import type { Messages } from './format-message';
import type { MessageKey } from './i18n';
import type { Locale } from './locales';
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
  'durSeconds',
  'durMinutes',
  'durHours',
  'durDays',
] satisfies readonly MessageKey[];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The banner's entries of a parsed messages.json, or null when it has none of them. */
export function pickBannerMessages(file: unknown): Messages | null {
  if (!isRecord(file)) return null;
  const picked: Messages = {};
  for (const key of bannerKeys) {
    const entry = Object.hasOwn(file, key) ? file[key] : undefined;
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

/**
 * `load` reads one locale's messages.json (the background passes a fetch of the packaged file).
 * Each locale is read once per service-worker life; a failed read is tried again next time.
 */
export function createBannerMessages(load: (locale: Locale) => Promise<unknown>) {
  const cache = new Map<Locale, Messages | null>();
  return async (locale: Locale): Promise<Messages | null> => {
    if (cache.has(locale)) return cache.get(locale) ?? null;
    try {
      const picked = pickBannerMessages(await load(locale));
      cache.set(locale, picked);
      return picked;
    } catch {
      return null;
    }
  };
}
