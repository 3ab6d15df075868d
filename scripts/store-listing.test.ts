import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { shippedLocales } from '../src/shared/locales';
import { listingProblems, storeListing } from './store-listing';

const catalogue = (locale: string) =>
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '..', 'public/_locales', locale, 'messages.json'),
      'utf8',
    ),
  );

describe.each(shippedLocales)('%s', (locale) => {
  const m = catalogue(locale);
  const listing = storeListing(m, locale);

  test('fits every store: name ≤ 75, summary ≤ 132, description 200–16,000 characters', () => {
    expect(listingProblems(listing)).toEqual([]);
  });

  test('is written from the catalogue: name, summary and the store keys', () => {
    expect(listing.name).toBe(m.extName.message);
    expect(listing.summary).toBe(m.extDescription.message);
    expect(listing.description.startsWith(m.storeIntro.message)).toBe(true);
    expect(listing.description).toContain(m.storePrivacy.message);
    expect(listing.description.endsWith(m.storeNotAmazon.message)).toBe(true);
  });

  test('names the product and the time sources it asks, as the README does', () => {
    expect(listing.description).toContain('2SV Helper');
    expect(listing.description).toContain('robots.txt');
    expect(listing.description).toContain('Cloudflare');
  });
});

test('the listings are not copies of one another', () => {
  const descriptions = shippedLocales.map((l) => storeListing(catalogue(l), l).description);
  expect(new Set(descriptions).size).toBe(shippedLocales.length);
});

test('a limit broken is named', () => {
  const long = { name: 'n'.repeat(76), summary: 's'.repeat(133), description: 'd'.repeat(199) };
  expect(listingProblems(long)).toEqual([
    'name: 76 characters, at most 75',
    'summary: 133 characters, at most 132',
    'description: 199 characters, at least 200',
  ]);
});

test('a missing key stops the listing with its name', () => {
  const { storePrivacy: _gone, ...rest } = catalogue('de');
  expect(() => storeListing(rest, 'de')).toThrow('de has no message for storePrivacy');
});
