/**
 * The translations in public/_locales against `en`, the language every key is written in first:
 * same keys, every placeholder kept, nothing empty; each count message in exactly the plural
 * categories of its language (CLDR's, as `Intl.PluralRules` has them); and the manifest's own
 * strings localised.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Locale, shippedLocales, tagOf } from './locales';

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

/**
 * What must survive translation: named placeholders used, their contents, positional `$n`.
 * Read in Chrome's order: named placeholders when the file loads (so "$LARGER$$SMALLER$" is two
 * of them), then `$$` escapes and `$n` at getMessage time (catalogue.ts).
 */
function shape(entry: Entry) {
  const named = [...entry.message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) =>
    m[1]?.toLowerCase(),
  );
  const rest = entry.message.replace(/\$[a-zA-Z0-9_@]+\$/g, '').replace(/\$\$/g, '');
  const positional = [...rest.matchAll(/\$(\d)/g)].map((m) => m[1]);
  const defined = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
  );
  return {
    named: [...new Set(named)].sort(),
    positional: [...new Set(positional)].sort(),
    defined,
  };
}

/** The count messages: every base with an `_other` variant in en. */
const pluralBases = Object.keys(en)
  .filter((k) => k.endsWith('_other'))
  .map((k) => k.slice(0, -'_other'.length));
const pluralVariant = /^(.+)_(zero|one|two|few|many|other)$/;
const isVariant = (key: string) => {
  const base = pluralVariant.exec(key)?.[1];
  return base !== undefined && pluralBases.includes(base);
};
const singleKeys = Object.keys(en).filter((k) => !isVariant(k));

const categoriesOf = (locale: Locale) =>
  new Intl.PluralRules(tagOf(locale)).resolvedOptions().pluralCategories;
const order = ['zero', 'one', 'two', 'few', 'many', 'other'];
const expectedKeys = (locale: Locale) =>
  [
    ...singleKeys,
    ...pluralBases.flatMap((base) => categoriesOf(locale).map((c) => `${base}_${c}`)),
  ].sort();

/**
 * A category that stands for one number only (Arabic's zero, one and two; English one): there a
 * translation may say the number in words ("يومان", two days) and leave the count out, as CLDR's
 * own unit patterns do. Checked over integers and tenths, "1" and "1.0" alike.
 */
function singleValued(locale: Locale, category: string): boolean {
  const tag = tagOf(locale);
  const plain = new Intl.PluralRules(tag);
  const tenths = new Intl.PluralRules(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const values = new Set<number>();
  for (let i = 0; i <= 1000; i += 1) if (plain.select(i) === category) values.add(i);
  for (let i = 0; i <= 300; i += 1) if (tenths.select(i / 10) === category) values.add(i / 10);
  return values.size === 1;
}

/** The shape without the count (`$1` and the named placeholder that holds it). */
function withoutCount(s: ReturnType<typeof shape>) {
  const count = Object.keys(s.defined).find((k) => s.defined[k] === '$1');
  return {
    named: s.named.filter((n) => n !== count),
    positional: s.positional.filter((p) => p !== '1'),
    defined: Object.fromEntries(Object.entries(s.defined).filter(([k]) => k !== count)),
  };
}

test('the shipped folders are exactly the thirteen languages', () => {
  expect([...folders].sort()).toEqual([...shippedLocales].sort());
});

test('the count messages are the ones en writes in one and other', () => {
  expect(pluralBases.length).toBeGreaterThan(10);
  for (const base of pluralBases) {
    expect(Object.hasOwn(en, base), `${base} is also a plain key`).toBe(false);
    expect(Object.keys(en).filter((k) => k.startsWith(`${base}_`))).toEqual([
      `${base}_one`,
      `${base}_other`,
    ]);
  }
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

describe.each(shippedLocales)('%s', (locale) => {
  const file = path.join(localesDir, locale, 'messages.json');
  const messages = existsSync(file) ? read(locale) : {};

  test('has every key of en, each count message in exactly its own plural categories', () => {
    expect(Object.keys(messages).sort()).toEqual(expectedKeys(locale));
  });

  test('count variants come in CLDR order', () => {
    for (const base of pluralBases) {
      const found = Object.keys(messages)
        .filter((k) => pluralVariant.exec(k)?.[1] === base)
        .map((k) => pluralVariant.exec(k)?.[2] ?? '');
      expect(found, base).toEqual([...found].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    }
  });

  test.each(expectedKeys(locale))('%s: non-empty, every placeholder kept', (key) => {
    const entry = messages[key];
    const variant = pluralVariant.exec(key);
    const base = variant && isVariant(key) ? variant[1] : null;
    const want = base ? en[`${base}_other`] : en[key];
    expect(entry, `${locale} lacks ${key}`).toBeDefined();
    if (!entry || !want) return;
    expect(typeof entry.message).toBe('string');
    expect(entry.message.trim()).not.toBe('');
    const got = shape(entry);
    const wanted = shape(want);
    const mayOmitCount = base !== null && singleValued(locale, variant?.[2] ?? '');
    expect(got).toEqual(
      mayOmitCount && !got.positional.includes('1') && got.named.length < wanted.named.length
        ? withoutCount(wanted)
        : wanted,
    );
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
