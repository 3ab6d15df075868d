/**
 * The source package for AMO: every file git tracks, as it is on disk, plus the reviewers' README.
 * Made from a clean checkout only (what is packed is then a commit), so a reviewer rebuilds what
 * the stores received.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceReadmeName } from './source-readme';
import { type ZipEntry, zip } from './zip';

const git = (root: string, args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Paths git tracks, `/`-separated. */
export function trackedFiles(root: string): string[] {
  return git(root, ['ls-files', '-z']).split('\0').filter(Boolean);
}

/** What `git status` shows: changes and untracked files that a source package would not match. */
export function uncommittedChanges(root: string): string[] {
  return git(root, ['status', '--porcelain', '--untracked-files=normal'])
    .split('\n')
    .filter(Boolean);
}

export function sourceArchive(root: string, readme: string): Buffer {
  const files = trackedFiles(root);
  if (files.includes(sourceReadmeName)) {
    throw new Error(`${sourceReadmeName} is generated into the source package: do not commit one`);
  }
  const entries: ZipEntry[] = files.map((name) => ({
    name,
    data: readFileSync(join(root, name)),
  }));
  return zip([...entries, { name: sourceReadmeName, data: Buffer.from(readme) }]);
}
