import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { explainedCodes, lintProblems } from './lint-verdict';

const readme = readFileSync(resolve(import.meta.dirname, '..', 'README.md'), 'utf8');

test("the README explains preact's innerHTML warning", () => {
  expect(explainedCodes(readme)).toContain('UNSAFE_VAR_ASSIGNMENT');
});

test('an explained warning passes; an error or an unexplained warning does not', () => {
  const known = { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'assets/popup-x.js', message: 'innerHTML' };
  expect(lintProblems({ errors: [], warnings: [known], notices: [] }, readme)).toEqual([]);
  expect(
    lintProblems(
      {
        errors: [{ code: 'MANIFEST_FIELD_INVALID', message: 'bad' }],
        warnings: [{ code: 'NEW_WARNING', message: 'new' }],
        notices: [],
      },
      readme,
    ),
  ).toEqual([
    'error MANIFEST_FIELD_INVALID: bad',
    'not explained in the README (### `web-ext lint` on `dist-firefox/`): NEW_WARNING: new',
  ]);
});
