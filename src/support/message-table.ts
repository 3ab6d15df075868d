/**
 * A translator over a `messages.json` table, for text in a language other than the browser's UI
 * (the support description is written in the marketplace's support language). It follows Chrome's
 * rules: `$name$` placeholders map to their `content`, `$1`…`$9` to substitutions, `$$` to `$`.
 * https://developer.chrome.com/docs/extensions/reference/api/i18n#placeholders
 */
import type { Translate } from '../clock/words';

export type MessageTable = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export function parseMessageTable(raw: unknown): MessageTable | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  for (const entry of Object.values(raw)) {
    if (typeof entry !== 'object' || entry === null || typeof entry.message !== 'string')
      return null;
  }
  return raw as MessageTable;
}

export function tableTranslate(table: MessageTable): Translate {
  return (key, substitutions) => {
    const entry = table[key];
    if (!entry) return key;
    const subs =
      substitutions === undefined
        ? []
        : Array.isArray(substitutions)
          ? substitutions
          : [substitutions];
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
    );
    const withContent = entry.message.replace(
      /\$([A-Za-z0-9_@]+)\$/g,
      (whole, name: string) => placeholders[name.toLowerCase()] ?? whole,
    );
    return withContent.replace(/\$(\$|[1-9])/g, (_, d: string) =>
      d === '$' ? '$' : (subs[Number(d) - 1] ?? ''),
    );
  };
}
