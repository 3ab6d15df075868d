/**
 * The countries of an IANA time zone, from the time zone database (zone-table.ts, written by
 * scripts/zone-table.ts): a zone several countries use counts as each, an alias as the zone it
 * links to. Null for a zone of no country (`UTC`, `Etc/GMT+5`), an empty or unknown name, or one
 * the database no longer has.
 */
import { zoneTable } from './zone-table';

let table: Map<string, readonly string[]> | null = null;

/** Decodes `CC,CC=Area/Zone Zone /Bare;…` once, on first use (see scripts/zone-table.ts). */
function decoded(): Map<string, readonly string[]> {
  if (table) return table;
  table = new Map();
  for (const group of zoneTable.split(';')) {
    const [codes = '', zones = ''] = group.split('=');
    const countries = codes.split(',');
    let area = '';
    for (const token of zones.split(' ')) {
      let zone: string;
      if (token.startsWith('/')) {
        zone = token.slice(1);
        area = '';
      } else if (token.includes('/')) {
        zone = token;
        area = token.slice(0, token.lastIndexOf('/'));
      } else {
        zone = `${area}/${token}`;
      }
      table.set(zone, countries);
    }
  }
  return table;
}

export function zoneCountries(zone: string): readonly string[] | null {
  return decoded().get(zone) ?? null;
}

/** Whether `code` is a country of some time zone: `XX`, `T1` (Tor) and the like are not. */
export function isZoneCountry(code: string): boolean {
  for (const countries of decoded().values()) if (countries.includes(code)) return true;
  return false;
}
