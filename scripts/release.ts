/**
 * `npm run release`: everything the Chrome Web Store, Edge Add-ons and AMO ask for, in artifacts/.
 * Refuses a version without its CHANGELOG.md entry and a tree with uncommitted changes, builds,
 * packs, lints, writes the listings and pictures, and rebuilds the Firefox package from the
 * source package as a reviewer would. README.md "Releasing" says what to upload where.
 *
 * --no-screenshots      skip the pictures (minutes of Chromium); the rest is written as usual
 * --no-rebuild-check    skip the rebuild from the source package (an `npm ci` in a temp folder)
 * --allow-dirty         pack a tree with uncommitted changes (to try the release, not to ship)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { arch, type as osType, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../e2e/browser';
import { type Locale, shippedLocales } from '../src/shared/locales';
import { type ReleaseEntry, releaseEntry } from './changelog';
import { type LintReport, lintProblems } from './lint-verdict';
import { permissionsNotes } from './permissions-notes';
import { privacyPolicy } from './privacy-policy';
import { sameContent } from './same-content';
import { sourceArchive, uncommittedChanges } from './source-archive';
import { sourceReadme } from './source-readme';
import { rebuildDifferences } from './source-rebuild';
import { listingProblems, storeListing } from './store-listing';
import { packageZipName } from './store-packages';
import { readIcon, takeStoreShots } from './take-store-shots';
import { unzip } from './zip';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'artifacts');
const store = join(out, 'store');
const { values: flags } = parseArgs({
  options: {
    'no-screenshots': { type: 'boolean', default: false },
    'no-rebuild-check': { type: 'boolean', default: false },
    'allow-dirty': { type: 'boolean', default: false },
  },
});

function fail(lines: string | string[]): never {
  for (const line of [lines].flat()) console.error(`release: ${line}`);
  process.exit(1);
}
const step = (what: string) => console.log(`\n== ${what}`);
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const json = <T>(file: string): T => JSON.parse(read(file)) as T;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const write = (file: string, data: string | Buffer) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
};

type Lock = { packages: Record<string, { version?: string; dev?: boolean }> };
const pkg = json<{ version: string; engines: { node: string } }>('package.json');
const lock = json<Lock>('package-lock.json');
const catalogue = (locale: Locale) =>
  json<Record<string, { message: string }>>(`public/_locales/${locale}/messages.json`);

// 1. What is released, and that it may be.
let entry: ReleaseEntry;
try {
  entry = releaseEntry(read('CHANGELOG.md'), pkg.version);
} catch (e) {
  fail((e as Error).message);
}
console.log(`Releasing ${pkg.version} (${entry.date})`);
const dirty = uncommittedChanges(root);
if (dirty.length && !flags['allow-dirty']) {
  fail([
    'the tree has uncommitted changes; the source package must be a commit:',
    ...dirty.map((d) => `  ${d}`),
    'commit them (or try the release with --allow-dirty, not to ship)',
  ]);
}
if (!flags['no-screenshots']) {
  if (!existsSync(chromiumPath)) fail(`${chromiumPath} is missing: apt-get install chromium`);
  const fonts = (lang: string) =>
    execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' }).trim();
  if (!fonts('ja') || !fonts('zh-cn')) {
    fail('no Japanese or Chinese font for the screenshots: apt-get install fonts-noto-cjk');
  }
}

// 2. Build from nothing, as on a clean clone.
step('build');
rmSync(out, { recursive: true, force: true });
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
for (const dir of ['dist', 'dist-firefox']) {
  const v = json<{ version?: string }>(`${dir}/manifest.json`).version;
  if (v !== pkg.version) fail(`${dir}/manifest.json has version ${v}, package.json ${pkg.version}`);
}
const chromeZip = join(out, packageZipName('chrome', pkg.version));
const firefoxZip = join(out, packageZipName('firefox', pkg.version));
const sourceZip = join(out, packageZipName('source', pkg.version));

// 3. The source package for AMO.
step('source package');
const installed = (name: string) => lock.packages[`node_modules/${name}`]?.version ?? '?';
// What ships: the lock's production entries, each at its own path (otpauth has its own
// @noble/hashes, another version than the one the dev tools share).
const shipped = Object.entries(lock.packages)
  .filter(([path, p]) => path !== '' && !p.dev)
  .map(([path, p]): [string, string] => [path.replace(/^.*node_modules\//, ''), p.version ?? '?'])
  .sort(([a], [b]) => a.localeCompare(b));
const osRelease = existsSync('/etc/os-release')
  ? /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]
  : undefined;
const readme = sourceReadme({
  version: pkg.version,
  nodeRange: pkg.engines.node,
  machine: {
    os: `${osRelease ?? osType()} (${osType()} ${arch()})`,
    node: process.version,
    npm: execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim(),
  },
  tools: Object.fromEntries(
    ['vite', 'rolldown', '@crxjs/vite-plugin', 'tsx', 'fflate'].map((n) => [n, installed(n)]),
  ),
  libraries: Object.fromEntries(shipped),
  firefoxZip: packageZipName('firefox', pkg.version),
});
write(sourceZip, sourceArchive(root, readme));

// 4. web-ext lint on exactly what AMO receives.
step('web-ext lint (Firefox package)');
const unpacked = mkdtempSync(join(tmpdir(), 'sc2sv-lint-'));
let report: LintReport;
try {
  for (const { name, data } of unzip(readFileSync(firefoxZip))) write(join(unpacked, name), data);
  const webExt = join(root, 'node_modules', '.bin', 'web-ext');
  let text: string;
  try {
    text = execFileSync(webExt, ['lint', '-s', unpacked, '-o', 'json'], { encoding: 'utf8' });
  } catch (e) {
    // Exit 1 when there are errors; the report is on stdout all the same.
    text = String((e as { stdout?: unknown }).stdout ?? '');
  }
  report = JSON.parse(text) as LintReport;
} finally {
  rmSync(unpacked, { recursive: true, force: true });
}
const lintIssues = lintProblems(report, read('README.md'));
if (lintIssues.length) fail(lintIssues);
console.log(
  `0 errors, ${report.warnings.length} warnings, ${report.notices.length} notices, each named in the README`,
);

// 5. Listings, privacy policy, permission notes.
step('store listings');
const lengths: string[] = [];
for (const locale of shippedLocales) {
  const listing = storeListing(catalogue(locale), locale);
  const problems = listingProblems(listing);
  if (problems.length) fail(problems.map((p) => `${locale} listing: ${p}`));
  write(join(store, locale, 'listing.json'), `${JSON.stringify(listing, null, 2)}\n`);
  const n = (s: string) => [...s].length;
  lengths.push(
    `  ${locale.padEnd(6)} name ${n(listing.name)}, summary ${n(listing.summary)}, description ${n(listing.description)}`,
  );
}
console.log(lengths.join('\n'));
write(join(store, 'privacy.md'), privacyPolicy(read('README.md'), entry));
write(join(store, 'permissions.md'), permissionsNotes(pkg.version));

// 6. Pictures.
if (flags['no-screenshots']) {
  console.log('\n(no screenshots: --no-screenshots)');
} else {
  step('screenshots and promotional tiles (Chromium)');
  const files = await takeStoreShots({
    locales: shippedLocales,
    outDir: store,
    catalogue,
    iconSvg: readIcon(root),
    log: console.log,
  });
  copyFileSync(join(store, 'en', 'promo-440x280.png'), join(store, 'promo-440x280.png'));
  const same = sameContent(
    files
      .filter((f) => f.endsWith('.png') && !f.endsWith('promo-440x280.png'))
      .map((f) => ({ name: relative(store, f), data: readFileSync(f) })),
  );
  if (same.length) fail(same.map((g) => `identical screenshots: ${g.join(', ')}`));
  console.log(`${files.length} pictures, every screenshot different`);
}

// 7. As the reviewer: the source package rebuilds the Firefox package file for file.
if (flags['no-rebuild-check']) {
  console.log('\n(no rebuild from the source package: --no-rebuild-check)');
} else {
  step('rebuild from the source package');
  const differences = rebuildDifferences(
    readFileSync(sourceZip),
    readFileSync(firefoxZip),
    console.log,
  );
  if (differences.length)
    fail(['the source package does not rebuild the Firefox package:', ...differences]);
  console.log('dist-firefox/ rebuilt from the source package: every file identical');
}

// 8. What to upload.
step(`artifacts/ for ${pkg.version}`);
const sums = [chromeZip, firefoxZip, sourceZip].map((f) => {
  const data = readFileSync(f);
  console.log(`  ${relative(root, f)}  ${data.length} bytes  sha256 ${sha256(data)}`);
  return `${sha256(data)}  ${relative(out, f)}\n`;
});
write(join(out, 'SHA256SUMS'), sums.join(''));
console.log('  artifacts/store/: listings, pictures, privacy.md, permissions.md');
