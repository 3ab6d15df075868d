import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  defaultSavedPagesDir,
  requireSavedPagesVariable,
  savedPagePath,
  savedPages,
  savedPagesVariable,
  skipNotice,
} from './saved-pages';

const scratch = mkdtempSync(path.join(tmpdir(), 'sc2sv-saved-pages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const withPages = path.join(scratch, 'pages');
mkdirSync(withPages);
writeFileSync(path.join(withPages, 'signin.html'), '<html></html>');
const empty = path.join(scratch, 'empty');
mkdirSync(empty);
writeFileSync(path.join(empty, 'README.md'), 'no pages here');
const missing = path.join(scratch, 'missing');

describe('where the saved pages are', () => {
  test('by default, the reference folder beside the checkout', () => {
    const repoParent = path.resolve(import.meta.dirname, '..', '..');
    expect(defaultSavedPagesDir).toBe(
      path.join(repoParent, 'shared', 'reference', 'amazon-signin-pages'),
    );
    expect(savedPages({}).dir).toBe(defaultSavedPagesDir);
  });

  test('the setting names another folder, relative to the working folder', () => {
    expect(savedPages({ [savedPagesVariable]: withPages })).toEqual({
      dir: withPages,
      available: true,
      required: false,
      skip: false,
      problem: null,
    });
    expect(savedPages({ [savedPagesVariable]: 'some/pages' }).dir).toBe(path.resolve('some/pages'));
  });

  test('a folder with pages runs the tests even when they are required', () => {
    const pages = savedPages({ [savedPagesVariable]: withPages, [requireSavedPagesVariable]: '1' });
    expect(pages.skip).toBe(false);
    expect(savedPagePath(pages, 'signin.html')).toBe(path.join(withPages, 'signin.html'));
  });
});

describe('missing or empty: one line naming the folder and where to get the pages', () => {
  test.each([
    ['missing', missing, 'no such folder'],
    ['empty', empty, 'no .html page there'],
  ])('%s folder: skipped', (_, dir, why) => {
    const pages = savedPages({ [savedPagesVariable]: dir });
    expect(pages.available).toBe(false);
    expect(pages.skip).toBe(true);
    expect(pages.problem).toBe(
      `Amazon's saved sign-in pages are not in ${dir} (${why}, from ${savedPagesVariable}): ` +
        'their tests are skipped. Get them from alexdlaird/amazon-orders, folder ' +
        'tests/resources/auth, commit 3a112b5 (MIT licence) and set SC2SV_SAVED_PAGES to their folder.',
    );
    expect(pages.problem).not.toContain('\n');
  });

  test('required: not skipped, and reading a page fails naming the folder', () => {
    const pages = savedPages({ [savedPagesVariable]: missing, [requireSavedPagesVariable]: '1' });
    expect(pages.skip).toBe(false);
    expect(pages.problem).toContain(`are required (${requireSavedPagesVariable}=1) but not in`);
    expect(() => savedPagePath(pages, 'signin.html')).toThrow(missing);
    expect(() => savedPagePath(pages, 'signin.html')).toThrow('alexdlaird/amazon-orders');
  });

  test('only "1" requires them', () => {
    expect(
      savedPages({ [savedPagesVariable]: missing, [requireSavedPagesVariable]: '0' }).skip,
    ).toBe(true);
  });
});

test('the skip notice: the one line, then each skipped test by name', () => {
  const pages = savedPages({ [savedPagesVariable]: missing });
  expect(skipNotice(pages, ['a › one', 'a › two']).split('\n')).toEqual([
    pages.problem,
    '  ↓ a › one (skipped)',
    '  ↓ a › two (skipped)',
  ]);
});
