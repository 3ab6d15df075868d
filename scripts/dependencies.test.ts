/**
 * Supply chain: what ships is only what the README lists, pinned by a committed lock file.
 * (`npm audit` needs the registry's advisory service, so it is `npm run audit`, not part of
 * `npm test`: see SECURITY.md.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const json = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8'));
const pkg = json('package.json') as {
  engines: { node: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const lock = json('package-lock.json') as {
  lockfileVersion: number;
  packages: Record<
    string,
    {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
      dev?: boolean;
      version?: string;
      engines?: { node?: string } | string[];
    }
  >;
};

/** The packages named in backticks on a README list item starting with `label`. */
function readmeNames(label: string): string[] {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const item = readme.split(`- ${label}`)[1]?.split(/\n- |\n\n/)[0] ?? '';
  return [...item.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string).sort();
}
const readmeRuntimeDependencies = () => readmeNames('Runtime dependencies:');
/** What those bring along: also shipped, so also named and reviewed. */
const readmeShippedWithThem = () => readmeNames('Shipped with them:');

describe('runtime dependencies', () => {
  test('are exactly the ones the README lists', () => {
    const listed = readmeRuntimeDependencies();
    expect(listed.length).toBeGreaterThan(0);
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(listed);
  });

  test('pull in no other production package (non-dev entries of the lock file)', () => {
    // Everything the lock file installs for production: the runtime dependencies and theirs.
    const prod = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && !p.dev)
      .map(([path]) => path.replace(/^.*node_modules\//, ''))
      .sort();
    expect(prod).toEqual([...readmeRuntimeDependencies(), ...readmeShippedWithThem()].sort());
  });
});

describe('the lock file', () => {
  test('is committed', () => {
    const tracked = execFileSync('git', ['ls-files', '--error-unmatch', 'package-lock.json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(tracked.trim()).toBe('package-lock.json');
  });

  test('matches package.json', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    const top = lock.packages[''] ?? {};
    expect(top.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(top.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
  });

  test('holds only packages that run on the oldest Node the project supports', () => {
    // npm ci warns EBADENGINE for each one that does not (puppeteer-core 25 and
    // @axe-core/playwright 4.14 ask for Node 22.12); pin those to the last release that runs here.
    const oldest = semver.minVersion(pkg.engines.node)?.version ?? '';
    expect(oldest).toMatch(/^20\./);
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => {
        const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
        return path !== '' && range !== undefined && !semver.satisfies(oldest, range);
      })
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version}`);
    expect(refusing).toEqual([]);
  });
});
