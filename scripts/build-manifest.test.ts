import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { buildManifest, isManifestVersion } from './build-manifest';
import { firefoxManifest } from './firefox-manifest';

const root = resolve(import.meta.dirname, '..');
const json = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8'));
const pkg = json('package.json') as { version: string };
const source = json('manifest.json') as Record<string, unknown>;

test('the version lives in package.json only; both built manifests carry it', () => {
  expect(source).not.toHaveProperty('version');
  expect(isManifestVersion(pkg.version)).toBe(true);
  const chrome = buildManifest(source, pkg.version);
  expect(chrome.version).toBe(pkg.version);
  expect(firefoxManifest(chrome).version).toBe(pkg.version);
  expect(chrome).not.toHaveProperty('$schema');
});

test('a manifest with its own version is refused, so two versions cannot drift apart', () => {
  expect(() => buildManifest({ ...source, version: '9.9.9' }, pkg.version)).toThrow(
    /package\.json holds the only one/,
  );
});

test.each([
  ['1', true],
  ['0.1.0', true],
  ['1.2.3.4', true],
  ['65535.0', true],
  ['65536', false],
  ['01.2', false],
  ['1.2.3.4.5', false],
  ['1.0.0-beta', false],
  ['', false],
])('%s is a browser extension version: %s', (v, ok) => {
  expect(isManifestVersion(v)).toBe(ok);
});
