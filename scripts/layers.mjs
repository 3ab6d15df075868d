#!/usr/bin/env node
// Which way the imports in src/ run, and who touches extension storage.
// Layers, top to bottom: entry folders (background, content, contact, popup, options) > feature
// folders (every other folder) > shared > detect > sellercentral. A value import may run down or
// stay inside its folder; a type import in the protocol may run up. Usage, from the project root:
//   node scripts/layers.mjs        (exit 1 when something runs up)
import fs from 'node:fs';
import path from 'node:path';

const src = path.resolve('src');
if (!fs.existsSync(src)) {
  console.error('run from the project root (no src/ here)');
  process.exit(2);
}
const files = [];
const walk = (d) => {
  for (const f of fs.readdirSync(d)) {
    const p = path.join(d, f);
    if (fs.statSync(p).isDirectory()) {
      if (f !== 'fixtures') walk(p);
    } else if (/\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
      files.push(p);
  }
};
walk(src);
const entries = new Set(['background', 'content', 'contact', 'popup', 'options']);
const ground = { shared: 2, detect: 1, sellercentral: 0 };
const level = (folder) => (entries.has(folder) ? 4 : folder in ground ? ground[folder] : 3);
const folderOf = (abs) => path.relative(src, abs).split(path.sep)[0];

const storage = [];
const up = [];
const sideways = [];
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  const rel = path.relative(process.cwd(), f);
  if (/\b(browser|chrome)\.storage\b/.test(text)) storage.push(rel);
  const from = folderOf(f);
  for (const [, typeOnly, spec] of text.matchAll(
    /^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.[^'"]+)['"]/gm,
  )) {
    const to = folderOf(path.resolve(path.dirname(f), spec));
    if (to === from || to.startsWith('..')) continue;
    if (entries.has(to) && entries.has(from)) sideways.push(`${rel} -> ${to}/`);
    else if (level(to) > level(from) && !typeOnly) up.push(`${rel} -> ${to}/`);
  }
}
console.log(
  `files reaching extension storage (${storage.length}): ${storage.join(', ') || 'none'}`,
);
console.log(`value imports running up (${up.length})${up.length ? `:\n  ${up.join('\n  ')}` : ''}`);
console.log(
  `entry folders importing another (${sideways.length})${sideways.length ? `:\n  ${sideways.join('\n  ')}` : ''}`,
);
process.exit(up.length || sideways.length ? 1 : 0);
