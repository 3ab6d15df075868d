/**
 * The store packages: `dist/` for the Chrome Web Store and Edge Add-ons, `dist-firefox/` for AMO,
 * each zipped by the deterministic writer under a name that carries the version.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { type ZipEntry, zip } from './zip';

export const storePackages = [
  { target: 'chrome', dir: 'dist' },
  { target: 'firefox', dir: 'dist-firefox' },
] as const;
export type StoreTarget = (typeof storePackages)[number]['target'];

export const packageZipName = (target: StoreTarget | 'source', version: string) =>
  `sc-2sv-helper-${target}-${version}.zip`;

/** Every file under `dir` as an archive entry named by its path inside `dir`. */
export function filesOf(dir: string): ZipEntry[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { name: relative(dir, file).split(sep).join('/'), data: readFileSync(file) };
    });
}

/** The package of one build folder: what is in it, less what a browser never reads. */
export function packageOf(dir: string): Buffer {
  // Vite's `.vite/manifest.json` (when a config asks for it) names source paths: it never ships.
  return zip(
    filesOf(resolve(dir)).filter((e) => !e.name.split('/').some((p) => p.startsWith('.'))),
  );
}
