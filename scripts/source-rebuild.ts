/**
 * What an AMO reviewer does with the source package, done before the upload: unpack it into an
 * empty folder, install and build as its README says, and compare the Firefox build with the
 * package file for file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { filesOf } from './store-packages';
import { unzip, type ZipEntry } from './zip';

/** How the two file sets differ, one line per file; none when they are the same. */
export function packageDifferences(
  expected: readonly ZipEntry[],
  actual: readonly ZipEntry[],
): string[] {
  const got = new Map(actual.map((e) => [e.name, e.data]));
  const want = new Map(expected.map((e) => [e.name, e.data]));
  const lines: string[] = [];
  for (const [name, data] of want) {
    const other = got.get(name);
    if (!other) lines.push(`missing from the rebuild: ${name}`);
    else if (!other.equals(data)) lines.push(`different: ${name}`);
  }
  for (const name of got.keys()) if (!want.has(name)) lines.push(`only in the rebuild: ${name}`);
  return lines.sort();
}

/** The two commands of the source README, in a fresh folder; returns the differences. */
export function rebuildDifferences(
  sourceZip: Buffer,
  firefoxZip: Buffer,
  log: (line: string) => void = () => {},
): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sc2sv-source-'));
  try {
    for (const { name, data } of unzip(sourceZip)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    for (const args of [
      ['ci', '--no-audit', '--no-fund'],
      ['run', 'build-for-amo'],
    ]) {
      log(`  (in ${dir}) npm ${args.join(' ')}`);
      execFileSync('npm', args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    return packageDifferences(unzip(firefoxZip), filesOf(join(dir, 'dist-firefox')));
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}
