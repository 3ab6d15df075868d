/**
 * `chrome.i18n.getMessage` for a `messages.json` of another language than the browser's (the
 * banner speaks the page's language; the i18n API only knows the browser's). Same rules:
 * named placeholders `$name$` (case-insensitive) become their `content`, then `$1`…`$9` take the
 * substitutions (a missing one is empty), `$$` is a literal `$`.
 * https://developer.chrome.com/docs/extensions/how-to/ui/localization-message-formats
 * Checked against the browser's own answers in e2e/i18n.spec.ts.
 */

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

/** The message for `key` with its substitutions, or null when `messages` lacks it. */
export function formatMessage(
  messages: unknown,
  key: string,
  substitutions?: string | readonly string[],
): string | null {
  if (!isRecord(messages) || !Object.hasOwn(messages, key)) return null;
  const entry = messages[key];
  if (!isRecord(entry) || typeof entry.message !== 'string') return null;
  const subs =
    substitutions === undefined
      ? []
      : typeof substitutions === 'string'
        ? [substitutions]
        : substitutions;
  return substitute(expandPlaceholders(entry.message, entry.placeholders), subs);
}
