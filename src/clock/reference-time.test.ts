import { describe, expect, test } from 'vitest';
import { shippedLocales, tagOf } from '../shared/locales';
import { referenceTime } from './reference-time';

// 2026-01-15T17:49:03Z: winter, so the zones' short names are their standard ones.
const at = Date.UTC(2026, 0, 15, 17, 49, 3);

const zoneName = (lang: string, timeZone: string) =>
  new Intl.DateTimeFormat(lang, { timeZoneName: 'short', timeZone })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;

describe('referenceTime', () => {
  test('says the zone: UTC under resist-fingerprinting, the local one otherwise', () => {
    expect(referenceTime(at, 'en-US', 'UTC')).toBe('5:49:03 PM UTC');
    expect(referenceTime(at, 'en-US', 'America/New_York')).toBe('12:49:03 PM EST');
    expect(referenceTime(at, 'de', 'Europe/Berlin')).toBe(
      `18:49:03 ${zoneName('de', 'Europe/Berlin')}`,
    );
  });

  test.each(shippedLocales.map(tagOf))(
    '%s: the seconds and the zone name are both there',
    (lang) => {
      for (const zone of ['UTC', 'Asia/Tokyo', 'America/Sao_Paulo']) {
        const text = referenceTime(at, lang, zone);
        expect(text).toContain(zoneName(lang, zone));
        const seconds = new Intl.DateTimeFormat(lang, { second: '2-digit', timeZone: zone }).format(
          at,
        );
        expect(text).toContain(seconds);
      }
    },
  );
});
