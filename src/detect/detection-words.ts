/**
 * Every word table the classifier reads, one per shipped locale, and which of them a page is read
 * with. The background holds them and sends a page's in the `bannerStatus` reply, so no language's
 * words weigh on the content script (e2e/budgets.ts).
 */
import type { LanguageWords, PageWords } from './language-words';
import { type Locale, shippedLocales } from './shipped-locales';
import { ar } from './words/ar';
import { de } from './words/de';
import { en } from './words/en';
import { es } from './words/es';
import { fr } from './words/fr';
import { hi } from './words/hi';
import { it } from './words/it';
import { ja } from './words/ja';
import { nl } from './words/nl';
import { pl } from './words/pl';
import { pt_BR } from './words/pt_BR';
import { sv } from './words/sv';
import { tr } from './words/tr';
import { zh_CN } from './words/zh_CN';

/** The locales with a word table: every shipped one. */
export const wordLocales = shippedLocales;
export type WordLocale = Locale;

export const detectionWords = {
  en,
  zh_CN,
  de,
  fr,
  es,
  it,
  ja,
  pt_BR,
  nl,
  pl,
  sv,
  tr,
  ar,
} as const satisfies Record<WordLocale, LanguageWords>;

/** Read on pages whose language is not a shipped one (Amazon.in's sign-in offers Hindi). */
const unshipped: PageWords = [hi];

const every: PageWords = [...wordLocales.map((l) => detectionWords[l]), ...unshipped];

// One list per locale, always the same object: readers cache their regexes per list.
const byLocale = new Map<WordLocale, PageWords>(
  wordLocales.map((l) => [l, l === 'en' ? [en] : [detectionWords[l], en]]),
);

/**
 * The tables to read a page with: its language's and English (Amazon falls back to English), or
 * every table when the page's language is not known (no `lang`, one we do not ship, or not yet
 * readable when the content script asked).
 */
export function wordsForPage(locale: WordLocale | null): PageWords {
  return (locale && byLocale.get(locale)) || every;
}
