/** Every user-visible string goes through `i18n` so that `_locales/` can translate it. */
import { api } from './api';
import { type CountFormat, type PluralKey, plural, type Translate } from './catalogue';
import { browserLocaleFor, directionOf, textTagFor } from './locales';

export type { MessageKey } from './catalogue';

/** The text for `key`; the key itself if the locale lacks it, so a gap is visible, not blank. */
export const t: Translate = (key, substitutions) => api.i18n.getMessage(key, substitutions) || key;

/**
 * The language and direction of the strings t() gives, for `lang` and `dir` attributes, `Intl`
 * and plural rules. Both follow the locale the browser picks for our strings, not the raw UI tag:
 * a Russian UI reads English strings (so `en`, English plurals), and `@@bidi_dir` follows the
 * browser's own UI direction, which stays 'ltr' under `--lang=ar` (seen in Chromium 156,
 * e2e/i18n.spec.ts), while Arabic strings must lay out right to left whatever the browser's UI.
 */
export function uiLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  const ui = api.i18n.getUILanguage();
  return { lang: textTagFor(ui), dir: directionOf(browserLocaleFor(ui)) };
}

/** The count message `base` for `count` in the browser's language (see `plural`). */
export const tn = (
  base: PluralKey,
  count: number,
  extra?: readonly string[],
  format?: CountFormat,
): string => plural(t, base, count, uiLanguage().lang, extra, format);
