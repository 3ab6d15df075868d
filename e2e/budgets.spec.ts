/**
 * Size budgets of the shipping build (sizes are exact, so a test may hold them; speed is in
 * `npm run bench`). Needs no browser: it reads dist/ after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from './browser';
import {
  budgetsKB,
  contentScriptFiles,
  gzippedKB,
  packageKB,
  pageScriptFiles,
  shortName,
} from './budgets';

const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
  action: { default_popup: string };
};

test(`content-script JS is at most ${budgetsKB.contentScript} KB gzipped`, () => {
  const files = contentScriptFiles(distDir);
  expect(files.length).toBeGreaterThan(0);
  expect(gzippedKB(files)).toBeLessThanOrEqual(budgetsKB.contentScript);
});

test(`popup JS (the page's scripts and all they import) is at most ${budgetsKB.popup} KB gzipped`, () => {
  const files = pageScriptFiles(distDir, manifest.action.default_popup);
  // The popup's own entry plus the shared chunks (preact, i18n...): following imports must find them.
  expect(files.length, files.map((f) => shortName(distDir, f)).join(', ')).toBeGreaterThan(1);
  expect(gzippedKB(files)).toBeLessThanOrEqual(budgetsKB.popup);
});

test(`the whole dist/ is under ${budgetsKB.dist} KB`, () => {
  expect(packageKB(distDir)).toBeLessThan(budgetsKB.dist);
});
