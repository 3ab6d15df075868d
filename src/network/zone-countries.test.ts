import { expect, test } from 'vitest';
import { isZoneCountry, zoneCountries } from './zone-countries';

// Facts of the time zone database (zone1970.tab, zone.tab and its links), as the table has them.
test.each([
  // One country.
  ['Europe/Amsterdam', ['NL']],
  ['America/New_York', ['US']],
  ['Asia/Kolkata', ['IN']],
  // A zone several countries have shared since 1970 counts as each.
  ['Asia/Tokyo', ['AU', 'JP']],
  ['Europe/Berlin', ['DE', 'DK', 'NO', 'SE', 'SJ']],
  ['Europe/Zurich', ['CH', 'DE', 'LI']],
  ['Asia/Dubai', ['AE', 'OM', 'RE', 'SC', 'TF']],
  ['Europe/Brussels', ['BE', 'LU', 'NL']],
  ['America/Argentina/Buenos_Aires', ['AR']],
  // Aliases (tzdata `backward` links) count like the zone they link to.
  ['Asia/Calcutta', ['IN']],
  ['US/Eastern', ['US']],
  ['US/Pacific', ['US']],
  ['Asia/Saigon', ['VN']],
  ['Europe/Kiev', ['UA']],
  ['Japan', ['AU', 'JP']],
  // An alias zone.tab gives a country of its own keeps it too.
  ['Europe/Vaduz', ['LI']],
  ['Europe/Busingen', ['CH', 'DE', 'LI']],
])('%s is in %j', (zone, countries) => {
  const got = zoneCountries(zone);
  expect(got).not.toBeNull();
  expect(got).toEqual(expect.arrayContaining(countries));
  // Exactly these for the single-country and the multi-country rows of zone1970.tab.
  if (!['Europe/Vaduz', 'Europe/Brussels'].includes(zone))
    expect(got).toHaveLength(countries.length);
});

test.each([
  'UTC',
  'Etc/UTC',
  'Etc/GMT+5',
  'Etc/GMT-14',
  'GMT',
  'EST5EDT',
  'Factory',
  '',
  'europe/amsterdam',
  'Mars/Olympus_Mons',
  // Retired names the database no longer links (US/Pacific-New went in 2020).
  'US/Pacific-New',
  'Canada/East-Saskatchewan',
])('%j has no country', (zone) => {
  expect(zoneCountries(zone)).toBeNull();
});

test('countries are those of some zone; placeholders are not', () => {
  for (const code of ['NL', 'US', 'DE', 'JP', 'IN', 'LI', 'AQ'])
    expect(isZoneCountry(code)).toBe(true);
  for (const code of ['XX', 'T1', 'ZZ', 'EU', 'nl', '']) expect(isZoneCountry(code)).toBe(false);
});
