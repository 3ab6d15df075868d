/** `npm run zip`: the store packages of the built dist/ and dist-firefox/, into artifacts/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pkg from '../package.json' with { type: 'json' };
import { packageOf, packageZipName, storePackages } from './store-packages';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'artifacts');
mkdirSync(out, { recursive: true });
for (const { target, dir } of storePackages) {
  const file = resolve(out, packageZipName(target, pkg.version));
  writeFileSync(file, packageOf(resolve(root, dir)));
  console.log(`artifacts/${packageZipName(target, pkg.version)} written`);
}
