/**
 * Arabic lays out right to left by `dir="rtl"` alone: the popup, options and banner styles use
 * logical properties (margin-inline-start, …), never left/right, so nothing needs mirroring.
 * https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_logical_properties_and_values
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const src = path.resolve(import.meta.dirname, '..');

/** Declarations that mean a side of the screen rather than the start or end of a line. */
const physical = [
  /(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)\b/,
  /border-(?:top|bottom)-(?:left|right)-radius/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /(?:float|clear|text-align)\s*:\s*(?:left|right)\b/,
  // Four-value margin/padding with different left and right sides.
  /(?:margin|padding)\s*:\s*(\S+)\s+(\S+)\s+(\S+)\s+(?!\2[\s;}])\S+\s*[;}]/,
];

const offenders = (css: string) =>
  css
    .split(/[;{}]/)
    .map((d) => d.trim())
    .filter((d) => physical.some((re) => re.test(`${d};`)));

test.each([
  ['margin-left: 4px'],
  ['padding-right: 2px'],
  ['left: 0'],
  ['text-align: right'],
  ['float: left'],
  ['border-top-left-radius: 3px'],
  ['margin: 0 4px 0 8px'],
])('flags %s', (declaration) => {
  expect(offenders(`a { ${declaration}; }`)).toEqual([declaration]);
});

test.each([
  ['margin-inline-start: 4px'],
  ['text-align: start'],
  ['inset-inline-end: 0'],
  ['margin: 0 0 14px'],
  ['margin: 0 4px 0 4px'],
  ['border-inline-start-width: 5px'],
  ['grid-column: 1 / -1'],
])('accepts %s', (declaration) => {
  expect(offenders(`a { ${declaration}; }`)).toEqual([]);
});

test.each([['popup/popup.css'], ['content/banner.ts']])(
  '%s uses logical properties only',
  (file) => {
    expect(offenders(readFileSync(path.join(src, file), 'utf8'))).toEqual([]);
  },
);
