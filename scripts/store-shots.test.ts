import { expect, test } from 'vitest';
import { langForParam } from '../e2e/sim/locales';
import { stateNames } from '../e2e/sim/pages';
import { marketplaces } from '../src/sellercentral/marketplaces';
import { localeForTag, shippedLocales } from '../src/shared/locales';
import { sections } from '../src/shared/sections';
import { featureKeys } from './store-listing';
import { shotMarketplace, storeShots } from './store-shots';

test('one to five screenshots, each of a real page and section, each feature once', () => {
  expect(storeShots.length).toBeGreaterThanOrEqual(1);
  expect(storeShots.length).toBeLessThanOrEqual(5);
  for (const s of storeShots) {
    expect(stateNames).toContain(s.page);
    expect(sections).toContain(s.section);
  }
  expect(new Set(storeShots.map((s) => s.caption[0])).size).toBe(storeShots.length);
  expect(storeShots.map((s) => s.caption)).toEqual(featureKeys.slice(0, storeShots.length));
});

test.each(shippedLocales)('%s: a Seller Central host and a page in that language', (locale) => {
  const { host, language } = shotMarketplace[locale];
  expect(marketplaces.map((m) => m.host as string)).toContain(host);
  // The simulator speaks it, and the banner then reads it as this locale.
  const lang = langForParam(language);
  expect(lang).not.toBeNull();
  expect(localeForTag(lang)).toBe(locale);
});
