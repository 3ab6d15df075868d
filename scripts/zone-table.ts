/**
 * Writes src/network/zone-table.ts, the time zone → countries table, from the time zone
 * database's own facts as Debian ships them in /usr/share/zoneinfo: `zone1970.tab` (a zone and
 * every country that has used its clocks since 1970), `zone.tab` (one zone per country, some of
 * them aliases today) and the links (`L target alias`) of `tzdata.zi`. An alias counts like the
 * zone it links to, plus any country `zone.tab` gives it itself. Zones of no country (`UTC`,
 * `Etc/…`, `EST5EDT`) are left out: the diagnosis knows nothing from them.
 * Run `npm run zones` after a tzdata update; the output is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface TzFiles {
  zone1970: string;
  zoneTab: string;
  tzdataZi: string;
}

/** `tab` lines: countries (comma-separated), coordinates, zone; `#` starts a comment. */
function tabRows(text: string): [string[], string][] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [codes = '', , zone = ''] = line.split('\t');
      return [codes.split(','), zone];
    });
}

/** Zone name → its countries, sorted; aliases resolved through the links. */
export function zoneCountries(files: TzFiles): Map<string, string[]> {
  const own = new Map<string, Set<string>>();
  const add = (zone: string, codes: readonly string[]) => {
    const set = own.get(zone) ?? new Set<string>();
    for (const c of codes) if (/^[A-Z]{2}$/.test(c)) set.add(c);
    own.set(zone, set);
  };
  for (const [codes, zone] of tabRows(files.zone1970)) add(zone, codes);
  for (const [codes, zone] of tabRows(files.zoneTab)) add(zone, codes);
  const links = new Map<string, string>();
  for (const line of files.tzdataZi.split('\n')) {
    const [kind, target, alias] = line.trim().split(/\s+/);
    if (kind === 'L' && target && alias) links.set(alias, target);
  }
  const resolveLink = (zone: string): string => {
    let z = zone;
    // A link to a link is allowed in zic input; a loop is not, but is not followed forever.
    for (let i = 0; i < 8 && links.has(z); i++) z = links.get(z) ?? z;
    return z;
  };
  const out = new Map<string, string[]>();
  for (const zone of new Set([...own.keys(), ...links.keys()])) {
    const codes = new Set([...(own.get(resolveLink(zone)) ?? []), ...(own.get(zone) ?? [])]);
    if (codes.size > 0) out.set(zone, [...codes].sort());
  }
  return out;
}

/**
 * A group's zones, sorted, each after the first of its area without the area: `Europe/Busingen
 * Zurich`. A zone without an area (`Japan`) is written `/Japan`.
 */
export function encodeZones(zones: readonly string[]): string {
  let area: string | null = null;
  return [...zones]
    .sort()
    .map((zone) => {
      const cut = zone.lastIndexOf('/');
      const own = cut < 0 ? '' : zone.slice(0, cut);
      const token = own === area ? zone.slice(cut + 1) : cut < 0 ? `/${zone}` : zone;
      area = own;
      return token;
    })
    .join(' ');
}

/**
 * The table as one string, grouped by country set: `CH,DE,LI=Europe/Busingen Zurich;…`, sorted,
 * so that a tzdata update shows as a readable diff, and small.
 */
export function encodeZoneTable(table: ReadonlyMap<string, readonly string[]>): string {
  const groups = new Map<string, string[]>();
  for (const [zone, codes] of table) {
    const key = codes.join(',');
    groups.set(key, [...(groups.get(key) ?? []), zone]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([codes, zones]) => `${codes}=${encodeZones(zones)}`)
    .join(';');
}

export function zoneTableModule(files: TzFiles, version: string): string {
  const encoded = encodeZoneTable(zoneCountries(files));
  if (/['\\\n]/.test(encoded)) throw new Error('a zone name the table cannot quote');
  return [
    `// Written by scripts/zone-table.ts from tzdata ${version} (npm run zones); do not edit.`,
    '// Countries per time zone: `CC,CC=Area/Zone Zone;…` (see scripts/zone-table.ts, zone-countries.ts).',
    // As Biome formats it, so that `biome check` leaves the written file alone.
    'export const zoneTable =',
    `  '${encoded}';`,
    '',
  ].join('\n');
}

export const zoneinfoDir = '/usr/share/zoneinfo';

export function readTzFiles(dir = zoneinfoDir): TzFiles & { version: string } {
  const read = (name: string) => readFileSync(resolve(dir, name), 'utf8');
  const tzdataZi = read('tzdata.zi');
  const version = /^# version (\S+)/m.exec(tzdataZi)?.[1] ?? 'unknown';
  return { zone1970: read('zone1970.tab'), zoneTab: read('zone.tab'), tzdataZi, version };
}

export const zoneTablePath = resolve(import.meta.dirname, '..', 'src', 'network', 'zone-table.ts');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = readTzFiles();
  writeFileSync(zoneTablePath, zoneTableModule(files, files.version));
  console.log(`wrote ${zoneTablePath} (tzdata ${files.version})`);
}
