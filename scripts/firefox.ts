/** Makes dist-firefox/ from the built dist/: same files, the Firefox manifest. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { firefoxManifest } from './firefox-manifest';

const root = resolve(import.meta.dirname, '..');
const from = resolve(root, 'dist');
const to = resolve(root, 'dist-firefox');
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true, filter: (src) => !src.includes('/.vite') });
const manifest = JSON.parse(readFileSync(resolve(from, 'manifest.json'), 'utf8'));
writeFileSync(
  resolve(to, 'manifest.json'),
  `${JSON.stringify(firefoxManifest(manifest), null, 2)}\n`,
);
console.log('dist-firefox/ written');
