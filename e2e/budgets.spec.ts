/**
 * Size budgets of the shipping build (sizes are exact, so a test may hold them; speed is in
 * `npm run bench`). Needs no browser: it reads dist/ after `npm run build`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from './browser';
import {
  budgetsKB,
  contentScriptEntries,
  gzippedKB,
  packageKB,
  pageScriptFiles,
  shortName,
  storeZipKB,
  storeZipPath,
} from './budgets';

const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
  action: { default_popup: string };
};

test(`content-script JS, per page it runs on, is at most ${budgetsKB.contentScript} KB gzipped`, () => {
  const entries = contentScriptEntries(distDir);
  expect(entries.length).toBeGreaterThan(1);
  for (const files of entries) {
    expect(files.length).toBeGreaterThan(0);
    expect(
      gzippedKB(files),
      files.map((f) => shortName(distDir, f)).join(', '),
    ).toBeLessThanOrEqual(budgetsKB.contentScript);
  }
});

test(`popup JS (the page's scripts and all they import) is at most ${budgetsKB.popup} KB gzipped`, () => {
  const files = pageScriptFiles(distDir, manifest.action.default_popup);
  // The popup's own entry plus the shared chunks (preact, i18n...): following imports must find them.
  expect(files.length, files.map((f) => shortName(distDir, f)).join(', ')).toBeGreaterThan(1);
  expect(gzippedKB(files)).toBeLessThanOrEqual(budgetsKB.popup);
});

// Measured as the store package, what a seller downloads: thirteen full locale catalogues alone
// are about 400 KB unpacked, and compress tenfold. The unpacked size is printed by `npm run bench`.
test(`the whole dist/, packed for the store, is under ${budgetsKB.dist} KB`, () => {
  const zip = storeZipPath(resolve(distDir, '..'));
  // The zip must be of this dist/, not a stale one.
  expect(statSync(zip).mtimeMs).toBeGreaterThanOrEqual(
    statSync(resolve(distDir, 'manifest.json')).mtimeMs,
  );
  expect(storeZipKB(resolve(distDir, '..'))).toBeLessThan(budgetsKB.dist);
  expect(packageKB(distDir)).toBeGreaterThan(storeZipKB(resolve(distDir, '..')));
});
