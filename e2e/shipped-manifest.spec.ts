/**
 * The manifests and code the build really ships (crxjs rewrites the manifest and may add entries,
 * e.g. web_accessible_resources): the same reviewed grants as the source, and no remote code.
 * Needs no browser: it reads dist/ and dist-firefox/ after `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { grantKeys, grantsOf, manifestProblems, reviewed } from '../scripts/reviewed-permissions';
import { distDir } from './browser';

const builds = [distDir, resolve(distDir, '..', 'dist-firefox')];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

for (const dir of builds) {
  const name = relative(resolve(distDir, '..'), dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  test(`${name}: the shipped manifest grants exactly the reviewed list`, () => {
    expect(grantKeys(grantsOf(manifest))).toEqual(grantKeys(reviewed));
    expect(manifestProblems(manifest)).toEqual([]);
  });

  test(`${name}: every file the manifest names is shipped`, () => {
    const named = [
      manifest.background?.service_worker,
      ...(manifest.background?.scripts ?? []),
      manifest.action?.default_popup,
      manifest.options_ui?.page,
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
    ].filter((f): f is string => typeof f === 'string');
    const shipped = new Set(files(dir).map((f) => relative(dir, f)));
    for (const f of named) expect(shipped.has(f), f).toBe(true);
  });

  test(`${name}: no remote code and no eval in the shipped JavaScript and HTML`, () => {
    const found: string[] = [];
    for (const file of files(dir).filter((f) => /\.(m?js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      const where = relative(dir, file);
      if (/\beval\s*\(/.test(text)) found.push(`${where}: eval(`);
      if (/\bnew\s+Function\s*\(/.test(text)) found.push(`${where}: new Function(`);
      // Code loaded from anywhere but the package: <script src=http…>, import('http…'),
      // importScripts(http…).
      if (/<script[^>]+src=["']?(https?:)?\/\//i.test(text))
        found.push(`${where}: remote <script>`);
      if (/\bimport\s*\(\s*["'`]https?:/.test(text)) found.push(`${where}: remote import()`);
      if (/\bimport\s[^;]*?from\s*["']https?:/.test(text)) found.push(`${where}: remote import`);
      if (/importScripts\s*\(\s*["'`]https?:/.test(text)) found.push(`${where}: importScripts`);
    }
    expect(found).toEqual([]);
  });
}
