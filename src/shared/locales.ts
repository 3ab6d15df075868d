/**
 * The languages the extension ships (`public/_locales/<folder>`), and which of them serves a page
 * or browser language tag. Pure and small: the content script uses it to name the page's language.
 * The list itself is detect/shipped-locales.ts's, so that the word tables can name it too.
 */
import { type Locale, shippedLocales } from '../detect/shipped-locales';

export { type Locale, shippedLocales };

/** The language every key exists in (`default_locale` in manifest.json). */
export const defaultLocale: Locale = 'en';

export const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (shippedLocales as readonly string[]).includes(v);

// Traditional Chinese readers are better served by the browser's language than by Simplified.
const traditional = /^zh-(?:hant|tw|hk|mo)\b/;

/**
 * The shipped locale for a BCP 47 tag (`de-DE`, `pt-BR`, `es-MX`, `zh-Hans-CN`, `ar`), or null.
 * Region variants fall back to the language (`es-MX` → `es`, `pt-PT` → `pt_BR`, the only
 * Portuguese we ship), as Chrome does for `_locales`:
 * https://developer.chrome.com/docs/extensions/reference/api/i18n#locale-dependent-files
 */
export function localeForTag(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(t)) return null;
  if (traditional.test(t)) return null;
  const language = t.split('-')[0];
  if (language === 'zh') return 'zh_CN';
  if (language === 'pt') return 'pt_BR';
  return shippedLocales.find((l) => l === language) ?? null;
}

/** Right to left for Arabic; every other shipped language is left to right. */
export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

/** The folder name as a BCP 47 tag, for `lang` attributes and `Intl`: `pt_BR` → `pt-BR`. */
export const tagOf = (locale: Locale): string => locale.replace('_', '-');

/**
 * The locale the browser itself picks for the extension's own strings from its UI language:
 * the exact folder (`pt_BR`), else the language's (`de` for `de-AT`), else `default_locale`.
 * Unlike `localeForTag` there is no cross-region guess: `pt-PT` gets `en`, as in Chrome.
 * https://developer.chrome.com/docs/extensions/reference/api/i18n#how-to-search-for-messages
 */
export function browserLocaleFor(uiTag: string): Locale {
  const [language = '', region = ''] = uiTag.trim().replace(/_/g, '-').split('-');
  const exact = `${language.toLowerCase()}_${region.toUpperCase()}`;
  return (
    shippedLocales.find((l) => l === exact) ??
    shippedLocales.find((l) => l === language.toLowerCase()) ??
    defaultLocale
  );
}

/**
 * The tag for `lang` and `Intl` (plural rules, digits, dates) of the strings the browser gives a
 * `uiTag` UI: that tag itself when the strings are in its language (`de-AT` keeps its region's
 * formats), else the strings' own locale (a Russian UI reads English: `en`, never Russian plurals
 * on English words).
 */
export function textTagFor(uiTag: string): string {
  const locale = browserLocaleFor(uiTag);
  const language = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0];
  return language(uiTag) === language(locale) ? uiTag : tagOf(locale);
}

/**
 * The locale whose banner strings the background sends: the page's (a tag, or a locale name) when
 * we ship it and the browser does not already give it, else null (chrome.i18n serves the
 * browser's).
 */
export function pageLocaleToFetch(
  pageLang: string | null | undefined,
  uiTag: string,
): Locale | null {
  const page = localeForTag(pageLang);
  return page !== browserLocaleFor(uiTag) ? page : null;
}
