import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import {
  encodeZones,
  readTzFiles,
  zoneCountries,
  zoneinfoDir,
  zoneTableModule,
  zoneTablePath,
} from './zone-table';

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

test.runIf(existsSync(resolve(zoneinfoDir, 'tzdata.zi')))(
  'the committed table is what the script writes from this machine’s tzdata',
  () => {
    const tz = readTzFiles();
    const committed = readFileSync(zoneTablePath, 'utf8');
    // After a tzdata update this fails until `npm run zones` writes the table anew.
    expect(committed).toBe(zoneTableModule(tz, tz.version));
  },
);
