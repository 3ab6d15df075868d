import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { encodeZones, readTzFiles, zoneCountries, zoneTableModule } from './zone-table';

const files = {
  zone1970: [
    '# comment',
    'CH,DE,LI\t+4723+00832\tEurope/Zurich\tSwiss time',
    'NL\t+5222+00454\tEurope/Amsterdam',
    '',
  ].join('\n'),
  zoneTab: ['LI\t+4709+00931\tEurope/Vaduz', 'DE\t+4742+00841\tEurope/Busingen\tBusingen'].join(
    '\n',
  ),
  tzdataZi: [
    '# version test',
    'Z Europe/Zurich 0:34:8 - LMT 1853 Jul 16',
    'L Europe/Zurich Europe/Busingen',
    'L Europe/Zurich Europe/Vaduz',
    'L Europe/Amsterdam Holland',
    'L Holland Netherlands',
    'L Etc/UTC UTC',
  ].join('\n'),
};

test('zones get every country of their row, aliases their target’s and their own', () => {
  const table = zoneCountries(files);
  expect(Object.fromEntries(table)).toEqual({
    'Europe/Zurich': ['CH', 'DE', 'LI'],
    'Europe/Amsterdam': ['NL'],
    'Europe/Vaduz': ['CH', 'DE', 'LI'],
    'Europe/Busingen': ['CH', 'DE', 'LI'],
    Holland: ['NL'],
    // A link to a link.
    Netherlands: ['NL'],
  });
  expect(table.has('UTC')).toBe(false);
});

test('zones are written without their area after the first of it; bare ones with a slash', () => {
  expect(
    encodeZones(['Europe/Zurich', 'Japan', 'Europe/Busingen', 'America/Argentina/Salta']),
  ).toBe('America/Argentina/Salta Europe/Busingen Zurich /Japan');
});

// The committed table is not compared with this machine's tzdata: a machine with another tzdata
// release would fail for no fault of the code. `npm run zones` writes it anew on purpose.
test('the module is written from the files read, with their tzdata version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc2sv-tz-'));
  writeFileSync(join(dir, 'zone1970.tab'), files.zone1970);
  writeFileSync(join(dir, 'zone.tab'), files.zoneTab);
  writeFileSync(join(dir, 'tzdata.zi'), files.tzdataZi);
  const read = readTzFiles(dir);
  expect(read.version).toBe('test');
  const module = zoneTableModule(read, read.version);
  expect(module).toContain('from tzdata test');
  expect(module).toContain(
    "'CH,DE,LI=Europe/Busingen Vaduz Zurich;NL=Europe/Amsterdam /Holland Netherlands'",
  );
});
