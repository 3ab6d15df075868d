/**
 * The translations in public/_locales against `en`, the language every key is written in first:
 * same keys, every placeholder kept, nothing empty; and the manifest's own strings localised.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { shippedLocales } from './locales';

const root = path.resolve(import.meta.dirname, '../..');
const localesDir = path.join(root, 'public/_locales');

type Entry = {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
};
const read = (locale: string): Record<string, Entry> =>
  JSON.parse(readFileSync(path.join(localesDir, locale, 'messages.json'), 'utf8'));

const en = read('en');
const folders = readdirSync(localesDir).filter((f) =>
  existsSync(path.join(localesDir, f, 'messages.json')),
);

/** What must survive translation: named placeholders used, their contents, positional `$n`. */
function shape(entry: Entry) {
  const withoutEscapes = entry.message.replace(/\$\$/g, '');
  const named = [...withoutEscapes.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) =>
    m[1]?.toLowerCase(),
  );
  const positional = [...withoutEscapes.replace(/\$[a-zA-Z0-9_@]+\$/g, '').matchAll(/\$(\d)/g)].map(
    (m) => m[1],
  );
  const defined = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
  );
  return {
    named: [...new Set(named)].sort(),
    positional: [...new Set(positional)].sort(),
    defined,
  };
}

test('the shipped folders are exactly the thirteen languages', () => {
  expect([...folders].sort()).toEqual([...shippedLocales].sort());
});

describe('en itself', () => {
  test.each(Object.entries(en))(
    '%s: has a description, uses only placeholders it defines',
    (_k, e) => {
      expect(e.description?.trim()).toBeTruthy();
      const s = shape(e);
      expect(s.named).toEqual(Object.keys(s.defined).sort());
    },
  );
});

describe.each(shippedLocales.filter((l) => l !== 'en'))('%s', (locale) => {
  const file = path.join(localesDir, locale, 'messages.json');
  const messages = existsSync(file) ? read(locale) : {};

  test('has every key of en and none that en lacks', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))('%s: non-empty, every placeholder kept', (key) => {
    const entry = messages[key];
    const want = en[key];
    expect(entry, `${locale} lacks ${key}`).toBeDefined();
    if (!entry || !want) return;
    expect(typeof entry.message).toBe('string');
    expect(entry.message.trim()).not.toBe('');
    const got = shape(entry);
    const wanted = shape(want);
    expect(got.named).toEqual(wanted.named);
    expect(got.positional).toEqual(wanted.positional);
    expect(got.defined).toEqual(wanted.defined);
  });
});

test("the manifest's name, description and action title come from the catalogue", () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  expect(manifest.default_locale).toBe('en');
  expect(manifest.name).toBe('__MSG_extName__');
  expect(manifest.description).toBe('__MSG_extDescription__');
  for (const value of [manifest.name, manifest.description, manifest.action.default_title]) {
    const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
    expect(key && key in en, value).toBe(true);
  }
  // Chrome Web Store limits: name 75 characters, description 132 (in every language).
  for (const locale of folders) {
    const m = read(locale);
    if (m.extName) expect(m.extName.message.length, locale).toBeLessThanOrEqual(75);
    if (m.extDescription) expect(m.extDescription.message.length, locale).toBeLessThanOrEqual(132);
  }
});
