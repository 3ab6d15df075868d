/**
 * Every word table the classifier reads, one per shipped locale, and which of them a page is read
 * with. The background holds them and sends a page's in the `bannerStatus` reply, so no language's
 * words weigh on the content script (e2e/budgets.ts). The tables are data (words/README.md):
 * `satisfies` below checks each has every reader's key.
 */
import type { LanguageWords, PageWords } from './language-words';
import { type Locale, shippedLocales } from './shipped-locales';
import ar from './words/ar.json' with { type: 'json' };
import de from './words/de.json' with { type: 'json' };
import en from './words/en.json' with { type: 'json' };
import es from './words/es.json' with { type: 'json' };
import fr from './words/fr.json' with { type: 'json' };
import hi from './words/hi.json' with { type: 'json' };
import it from './words/it.json' with { type: 'json' };
import ja from './words/ja.json' with { type: 'json' };
import nl from './words/nl.json' with { type: 'json' };
import pl from './words/pl.json' with { type: 'json' };
import pt_BR from './words/pt_BR.json' with { type: 'json' };
import sv from './words/sv.json' with { type: 'json' };
import tr from './words/tr.json' with { type: 'json' };
import zh_CN from './words/zh_CN.json' with { type: 'json' };

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
const unshipped = [hi] satisfies PageWords;

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
