/**
 * How a reader turns the word tables it is given into regexes: built on first use, once per list
 * of tables (the content script has one list per page; the background and tests a few).
 */
import type { PageWords, WordKey } from './language-words';

/**
 * `build`, cached per list. A list whose words do not compile is read as no words: its page is
 * then read by its structure alone, never not at all.
 */
export function perWords<T>(build: (words: PageWords) => T): (words: PageWords) => T {
  const cache = new WeakMap<PageWords, T>();
  return (words) => {
    let built = cache.get(words);
    if (built === undefined) {
      try {
        built = build(words);
      } catch {
        built = build([]);
      }
      cache.set(words, built);
    }
    return built;
  };
}

/**
 * The sources of `key` in every table, each once, as one alternation; `(?!)` when there are none,
 * which matches nothing (an empty alternation would match everywhere).
 */
export function anyOf(
  words: PageWords,
  key: WordKey,
  keep: (source: string) => boolean = () => true,
): string {
  const sources = [...new Set(words.flatMap((w) => w[key]))].filter(keep);
  return sources.length > 0 ? sources.join('|') : '(?!)';
}
