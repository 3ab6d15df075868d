/**
 * The banner's strings in the page's language. The i18n API answers only in the browser's
 * language, so the background reads the page language's catalogue (catalogue.ts) and hands the
 * content script just these keys (a few KB), their named placeholders expanded, which it formats
 * with the same catalogue module (`expandedTranslator`).
 * Keeps every language out of the content script's bundle.
 */
import { expandAll, type MessageKey, type Messages } from './catalogue';
import { hintKeys } from './situations';

/**
 * Every key the banner shows: its frame, its hints and what it adds to them. Its clock verdict
 * comes in words from the background (`bannerClock`) and its countdown from Intl, so no count
 * message is among them.
 */
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
] as const satisfies readonly MessageKey[];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The banner's entries of a catalogue, or null when it has none of them. */
export function pickBannerMessages(file: unknown): Messages | null {
  if (!isRecord(file)) return null;
  const picked: Messages = {};
  for (const key of Object.keys(file)) {
    const entry = file[key];
    if (!(bannerKeys as readonly string[]).includes(key)) continue;
    if (!isRecord(entry) || typeof entry.message !== 'string' || !entry.message) continue;
    picked[key] = {
      message: entry.message,
      ...(isRecord(entry.placeholders)
        ? { placeholders: entry.placeholders as Messages[string]['placeholders'] }
        : {}),
    };
  }
  // Named placeholders expanded here, once: the content script formats with
  // `expandedTranslator`, which has no expansion of its own (its size budget).
  return Object.keys(picked).length > 0 ? expandAll(picked) : null;
}
