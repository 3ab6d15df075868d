/**
 * Page text is never inserted as HTML (rules of the codebase, 5). The shipped build carries one
 * `innerHTML` assignment, inside preact's runtime (its `dangerouslySetInnerHTML` path, which
 * `web-ext lint` warns about): this holds the product's own code to never take that path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const src = resolve(import.meta.dirname, '..', 'src');
const sources = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
  .map((e) => join(e.parentPath, e.name));

const sinks = [
  /dangerouslySetInnerHTML/,
  /\.innerHTML\s*=/,
  /\.outerHTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /createContextualFragment/,
  /\bsrcdoc\b/,
];

test('the product code has files to check', () => {
  expect(sources.length).toBeGreaterThan(10);
});

test('no product file writes HTML from a string', () => {
  const found = sources.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return sinks.filter((re) => re.test(text)).map((re) => `${relative(src, file)}: ${re}`);
  });
  expect(found).toEqual([]);
});
