/**
 * The words of every surface: one `messages.json` catalogue, loaded, formatted and pluralised the
 * same way everywhere. `chrome.i18n` answers only in the browser's language, so the banner (the
 * page's language) and the support description (the marketplace's) read a packaged file through
 * here, and format it as `chrome.i18n.getMessage` does.
 * https://developer.chrome.com/docs/extensions/reference/api/i18n
 */
import type { Locale } from './locales';

type EnKey = keyof typeof import('../../public/_locales/en/messages.json');
type Bases<K> = K extends `${infer Base}_other` ? Base : never;

/** CLDR's plural categories, as `Intl.PluralRules` names them. */
export type PluralCategory = Intl.LDMLPluralRule;
/** The messages that carry a count: every base with an `_other` variant in en. */
export type PluralKey = Bases<EnKey>;
/** One count message in one category: `cleanupDone_one`. Some exist only in some locales. */
export type PluralVariant = `${PluralKey}_${PluralCategory}`;
/** The keys a caller names directly; a count message goes through `plural` instead. */
export type MessageKey = Exclude<EnKey, `${PluralKey}_${string}`>;

/**
 * Text for a key, as `chrome.i18n.getMessage` gives it; the key itself when the catalogue lacks
 * it, so a gap is visible, not blank (and `plural` can tell a missing category).
 */
export type Translate = (
  key: MessageKey | PluralVariant,
  substitutions?: string | string[],
) => string;

export type MessageEntry = { message: string; placeholders?: Record<string, { content: string }> };
export type Messages = Record<string, MessageEntry>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Named placeholders, as Chrome's MessageBundle does when it loads the file. */
function expandPlaceholders(message: string, placeholders: unknown): string {
  if (!isRecord(placeholders)) return message;
  return message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
    const wanted = name.toLowerCase();
    const key = Object.keys(placeholders).find((k) => k.toLowerCase() === wanted);
    const entry = key === undefined ? undefined : placeholders[key];
    return isRecord(entry) && typeof entry.content === 'string' ? entry.content : whole;
  });
}

/** `$1`…`$9`, `$$` and stray `$`, as base::ReplaceStringPlaceholders does at getMessage time. */
function substitute(text: string, substitutions: readonly string[]): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch !== '$') {
      out += ch;
      continue;
    }
    const next = text.charAt(i + 1);
    if (next === '$') {
      // A run of n+1 dollars gives n.
      i += 1;
      while (text.charAt(i) === '$') {
        out += '$';
        i += 1;
      }
      i -= 1;
    } else if (next >= '1' && next <= '9') {
      out += substitutions[Number(next) - 1] ?? '';
      i += 1;
    } else if (next !== '') {
      i += 1;
    }
  }
  return out;
}

/**
 * `chrome.i18n.getMessage` over a `messages.json` of any language: named placeholders `$name$`
 * (case-insensitive) become their `content`, then `$1`…`$9` take the substitutions (a missing one
 * is empty), `$$` is a literal `$`. Null when `messages` lacks the key.
 * https://developer.chrome.com/docs/extensions/how-to/ui/localization-message-formats
 * Checked against the browser's own answers in e2e/i18n.spec.ts.
 */
export function formatMessage(
  messages: unknown,
  key: string,
  substitutions?: string | readonly string[],
): string | null {
  const entry = entryOf(messages, key);
  return (
    entry && substitute(expandPlaceholders(entry.message, entry.placeholders), list(substitutions))
  );
}

function entryOf(
  messages: unknown,
  key: string,
): { message: string; placeholders?: unknown } | null {
  if (!isRecord(messages) || !Object.hasOwn(messages, key)) return null;
  const entry = messages[key];
  return isRecord(entry) && typeof entry.message === 'string'
    ? { message: entry.message, placeholders: entry.placeholders }
    : null;
}

const list = (substitutions?: string | readonly string[]): readonly string[] =>
  substitutions === undefined
    ? []
    : typeof substitutions === 'string'
      ? [substitutions]
      : substitutions;

/** A `Translate` over one catalogue; keys it lacks go to `fallback` (the browser's language). */
export function translator(messages: Messages, fallback?: Translate): Translate {
  return (key, substitutions) =>
    formatMessage(messages, key, substitutions) ?? (fallback ? fallback(key, substitutions) : key);
}

/** The entries with their named placeholders already expanded: `$1`… and `$$` are left. */
export function expandAll(messages: Messages): Messages {
  const out: Messages = {};
  for (const [key, entry] of Object.entries(messages)) {
    out[key] = { message: expandPlaceholders(entry.message, entry.placeholders) };
  }
  return out;
}

/**
 * `translator` over entries `expandAll` made (the banner's, sent by the background): only `$1`…
 * and `$$` are left to do, so the content script carries no placeholder expansion (its budget).
 */
export function expandedTranslator(messages: Messages, fallback?: Translate): Translate {
  return (key, substitutions) => {
    const entry = entryOf(messages, key);
    return entry
      ? substitute(entry.message, list(substitutions))
      : fallback
        ? fallback(key, substitutions)
        : key;
  };
}

/** How a count is written: the same options go to the plural rules, so "1.0" is not "1". */
export type CountFormat = Pick<
  Intl.NumberFormatOptions,
  'minimumFractionDigits' | 'maximumFractionDigits'
>;

/**
 * The count message `base` for `count`: the variant `${base}_${category}` for the category
 * `Intl.PluralRules(locale)` picks (CLDR's rules, https://cldr.unicode.org/index/cldr-spec/plural-rules),
 * else `_other`. `$1` is the count in `locale`'s digits, `extra` are `$2`… `locale` is the
 * language of `t`'s strings, not the browser's UI tag: a Russian UI reads English strings.
 */
export function plural(
  t: Translate,
  base: PluralKey,
  count: number,
  locale: string | undefined,
  extra: readonly string[] = [],
  format: CountFormat = {},
): string {
  const subs = [new Intl.NumberFormat(locale, format).format(count), ...extra];
  const key: PluralVariant = `${base}_${new Intl.PluralRules(locale, format).select(count)}`;
  const text = t(key, subs);
  return text === key ? t(`${base}_other`, subs) : text;
}

/** A parsed `messages.json`: every entry has its text and well-formed placeholders; else null. */
export function parseMessages(raw: unknown): Messages | null {
  if (!isRecord(raw)) return null;
  for (const entry of Object.values(raw)) {
    if (!isRecord(entry) || typeof entry.message !== 'string') return null;
    const { placeholders } = entry;
    if (placeholders === undefined) continue;
    if (!isRecord(placeholders)) return null;
    for (const p of Object.values(placeholders)) {
      if (!isRecord(p) || typeof p.content !== 'string') return null;
    }
  }
  return raw as Messages;
}

/**
 * The catalogues of a JS context: `load` reads one locale's packaged messages.json (a fetch of
 * the extension's own file). Each locale is read once; a failed or malformed read is not kept,
 * so the next call tries again.
 */
export function createCatalogue(load: (locale: Locale) => Promise<unknown>) {
  const cache = new Map<Locale, Promise<Messages>>();
  return (locale: Locale): Promise<Messages | null> => {
    let pending = cache.get(locale);
    if (!pending) {
      pending = load(locale).then((raw) => {
        const messages = parseMessages(raw);
        if (!messages) throw new Error(`_locales/${locale}/messages.json is not a catalogue`);
        return messages;
      });
      cache.set(locale, pending);
      pending.catch(() => cache.delete(locale));
    }
    return pending.catch(() => null);
  };
}
