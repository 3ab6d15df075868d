/**
 * Where the tests find Amazon's saved sign-in pages, the one place that knows. They are reference
 * data kept outside the repository (Amazon's markup, never copied in): by default the folder
 * beside the checkout, else the folder `SC2SV_SAVED_PAGES` names. Without them the tests that read
 * them are skipped by name, unless `SC2SV_REQUIRE_SAVED_PAGES=1` (CI) makes that a failure.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const savedPagesVariable = 'SC2SV_SAVED_PAGES';
export const requireSavedPagesVariable = 'SC2SV_REQUIRE_SAVED_PAGES';

/** Where anyone can get the pages. */
export const savedPagesSource =
  'alexdlaird/amazon-orders, folder tests/resources/auth, commit 3a112b5 (MIT licence)';

const repoRoot = path.resolve(import.meta.dirname, '..');
export const defaultSavedPagesDir = path.resolve(
  repoRoot,
  '../shared/reference/amazon-signin-pages',
);

export interface SavedPages {
  /** The folder looked in, absolute. */
  dir: string;
  /** It holds at least one saved page (`*.html`). */
  available: boolean;
  /** `SC2SV_REQUIRE_SAVED_PAGES=1`: their absence is a failure, not a skip. */
  required: boolean;
  /** The tests that read them are skipped. */
  skip: boolean;
  /** Why they are missing and where to get them (one line); null when available. */
  problem: string | null;
}

type Env = Readonly<Record<string, string | undefined>>;

function htmlFilesIn(dir: string): number | 'missing' {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.html')).length;
  } catch {
    return 'missing';
  }
}

export function savedPages(env: Env = process.env): SavedPages {
  const setting = env[savedPagesVariable]?.trim();
  const dir = setting ? path.resolve(setting) : defaultSavedPagesDir;
  const required = env[requireSavedPagesVariable] === '1';
  const found = htmlFilesIn(dir);
  const available = found !== 'missing' && found > 0;
  const why = found === 'missing' ? 'no such folder' : 'no .html page there';
  const from = setting ? `, from ${savedPagesVariable}` : '';
  const verdict = required
    ? `are required (${requireSavedPagesVariable}=1) but not in`
    : 'are not in';
  const after = required ? '' : ': their tests are skipped';
  const problem = available
    ? null
    : `Amazon's saved sign-in pages ${verdict} ${dir} (${why}${from})${after}. ` +
      `Get them from ${savedPagesSource} and set ${savedPagesVariable} to their folder.`;
  return { dir, available, required, skip: !available && !required, problem };
}

/** A saved page's path; throws, naming the folder, when it is not there. */
export function savedPagePath(pages: SavedPages, file: string): string {
  if (!pages.available) throw new Error(pages.problem ?? `no saved pages in ${pages.dir}`);
  return path.join(pages.dir, file);
}

/**
 * What a test run prints when it skips them: the one line, then each skipped test by name (the
 * unit runner's summary only counts skipped tests).
 */
export function skipNotice(pages: SavedPages, skippedTests: readonly string[]): string {
  return [pages.problem, ...skippedTests.map((name) => `  ↓ ${name} (skipped)`)].join('\n');
}
