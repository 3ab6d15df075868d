import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { releaseEntry } from './changelog';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const changelog = readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8');

test("the package's version has its entry, with a date and changes", () => {
  const entry = releaseEntry(changelog, pkg.version);
  expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(entry.notes).toMatch(/^### Added$/m);
});

const sample = `# Changelog

## [Unreleased]

## [1.1.0] - 2027-02-03

### Fixed
- The clock check names a captive portal.

## [1.0.0] - 2027-01-02

### Added
- Everything.

[1.1.0]: https://example.invalid/compare/v1.0.0...v1.1.0
`;

test('reads one entry up to the next heading', () => {
  expect(releaseEntry(sample, '1.1.0')).toEqual({
    version: '1.1.0',
    date: '2027-02-03',
    notes: '### Fixed\n- The clock check names a captive portal.',
  });
  expect(releaseEntry(sample, '1.0.0').notes).toBe('### Added\n- Everything.');
});

test.each([
  ['1.2.0', /no entry for 1\.2\.0/],
  // A dot is not "any character": 1x1x0 is not 1.1.0.
  ['1x1x0', /no entry for 1x1x0/],
])('refuses %s: no entry', (version, error) => {
  expect(() => releaseEntry(sample, version)).toThrow(error);
});

test('refuses an entry without a date or without a change', () => {
  expect(() => releaseEntry('## [2.0.0]\n\n- x\n', '2.0.0')).toThrow(/needs its date/);
  expect(() => releaseEntry('## [2.0.0] - 2027-03-04\n\n### Added\n', '2.0.0')).toThrow(
    /lists no change/,
  );
  expect(() => releaseEntry('## [Unreleased]\n\n- x\n', 'Unreleased')).toThrow(/needs its date/);
});
