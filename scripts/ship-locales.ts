/**
 * The locale files as the package ships them: without what only translators read (`description`,
 * a placeholder's `example`), without the store listing's words (`store*` keys, read by
 * scripts/store-listing.ts at release) and without indentation. The browser reads `message` and
 * `placeholders[].content` only (https://developer.chrome.com/docs/extensions/reference/api/i18n),
 * and thirteen full catalogues are most of the package's size.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Entry = {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
};

/** Keys for the store listing only (description, tile, captions): the extension never shows them. */
export const isStoreOnly = (key: string): boolean => /^store[A-Z]/.test(key);

export function shippedMessages(source: Record<string, Entry>): Record<string, Entry> {
  return Object.fromEntries(
    Object.entries(source)
      .filter(([key]) => !isStoreOnly(key))
      .map(([key, { message, placeholders }]) => [
        key,
        placeholders
          ? {
              message,
              placeholders: Object.fromEntries(
                Object.entries(placeholders).map(([name, { content }]) => [name, { content }]),
              ),
            }
          : { message },
      ]),
  );
}

/** Rewrites every `<dir>/_locales/<locale>/messages.json` as shipped. */
export function shipLocales(dir: string): void {
  const root = join(dir, '_locales');
  for (const locale of readdirSync(root)) {
    const file = join(root, locale, 'messages.json');
    const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
    writeFileSync(file, JSON.stringify(shippedMessages(source)));
  }
}
