import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { sourceArchive, trackedFiles } from './source-archive';
import { sourceReadmeName } from './source-readme';
import { unzip } from './zip';

const root = resolve(import.meta.dirname, '..');

test('holds every tracked file and the reviewers’ README, and nothing built or installed', () => {
  const archive = sourceArchive(root, '# readme\n');
  const names = unzip(archive).map((e) => e.name);
  expect(names).toEqual([...trackedFiles(root), sourceReadmeName].sort());
  for (const needed of ['package.json', 'package-lock.json', 'vite.config.ts', 'manifest.json']) {
    expect(names).toContain(needed);
  }
  expect(names.filter((n) => /^(node_modules|dist|dist-firefox|artifacts)\//.test(n))).toEqual([]);
  // Made twice, the same bytes.
  expect(sourceArchive(root, '# readme\n').equals(archive)).toBe(true);
});
