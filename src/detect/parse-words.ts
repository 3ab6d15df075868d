/**
 * The word tables as the content script receives them in the background's reply: data from
 * another context, so checked before a reader compiles them. Anything off (not a list of tables,
 * a key missing, an entry that is no self-contained regex source, far too much of it) gives no
 * words at all: the page is then read by its structure alone, never with half a table.
 */
import { type LanguageWords, type PageWords, wordKeys } from './language-words';

// The whole reply's words, as JSON: all 14 tables are about 6,400 characters, a page's 1,100.
const maxChars = 40_000;

/**
 * A regex source a reader can alternate with others: it compiles on its own (so it cannot close
 * the reader's group around it) and holds no capturing group (a reader counts its own groups).
 */
function source(entry: unknown): string {
  // Compiled as written, then a line break (a trailing `\` would escape anything else) and an
  // empty alternative: the empty match's length counts the groups.
  if (
    typeof entry !== 'string' ||
    !entry ||
    new RegExp(`${entry}\n|`, 'u').exec('')?.length !== 1
  ) {
    throw new TypeError('not a source');
  }
  return entry;
}

export function parseWords(raw: unknown): PageWords {
  try {
    // Measured whole before anything compiles.
    if (!Array.isArray(raw) || JSON.stringify(raw).length > maxChars) return [];
    return raw.map((table: Record<string, unknown>) => {
      const parsed: Partial<Record<(typeof wordKeys)[number], string[]>> = {};
      for (const key of wordKeys) {
        const list = table[key];
        if (!Array.isArray(list)) throw new TypeError(`no ${key}`);
        parsed[key] = list.map(source);
      }
      return parsed as LanguageWords;
    });
  } catch {
    return [];
  }
}
