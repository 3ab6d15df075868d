/**
 * Sizes of the shipping build, measured the way a browser loads it: the files the manifest
 * injects, the scripts a page loads and everything they import, the whole package.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packageZipName } from '../scripts/store-packages';

// The content script's: issue 13's words of 13 languages took it to about 10.6 KB; they now stay
// in the background, which sends the page language's (src/detect/detection-words.ts). Issue 20's
// pages and first contact were paid for by a leaner banner (about 9.8 KB). The popup's (every
// file it loads, lazy sections included) reached 47 KB with issues 20 and 22; otpauth's full
// build was 10 KB of it (its own SHA-1, SHA-2 and SHA-3): its bare build with Web Crypto's HMAC
// (src/authenticator/find-drift.ts) brought it to about 40 KB. Chunking the lazy sections together
// did not help: the bundler then pulls shared code into that chunk and the first screen waits.
export const budgetsKB = { contentScript: 10, popup: 45, dist: 300 } as const;

const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

/**
 * The JS files of each content-script entry of `dir/manifest.json`: what one page gets (the
 * sign-in script and the Contact Us script never run on the same page).
 */
export function contentScriptEntries(dir: string): string[][] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  return manifest.content_scripts.map((c) => c.js.map((f) => resolve(dir, f)));
}

/** Every JS file the content scripts of `dir/manifest.json` inject. */
export function contentScriptFiles(dir: string): string[] {
  return contentScriptEntries(dir).flat();
}

/** Import specifiers in built JS: `from"./x.js"`, `import"./x.js"`, `import("./x.js")`. */
const importRe = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g;

/** Every JS file a page of the package loads: its module scripts and, transitively, their imports. */
export function pageScriptFiles(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const fromHtml = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  const visit = (path: string) => {
    const file = resolve(path);
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(importRe)) {
      const spec = m[1] as string;
      visit(spec.startsWith('/') ? join(dir, spec) : resolve(dirname(file), spec));
    }
  };
  for (const src of fromHtml) {
    visit(src.startsWith('/') ? join(dir, src) : resolve(dirname(join(dir, page)), src));
  }
  return [...seen];
}

export const gzippedKB = (files: string[]) => files.reduce((s, f) => s + gzipped(f), 0) / 1024;

/** The Chrome store package `npm run build` makes of `dist/` (artifacts/, by version). */
export function storeZipPath(root: string): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  return join(root, 'artifacts', packageZipName('chrome', version));
}

/** The store package, in KB. */
export function storeZipKB(root: string): number {
  return statSync(storeZipPath(root)).size / 1024;
}

/** Every file of the package, in bytes as stored. */
export function packageKB(dir: string): number {
  const all = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return all.reduce((s, e) => s + statSync(join(e.parentPath, e.name)).size, 0) / 1024;
}

export const shortName = (dir: string, file: string) => relative(dir, file);
