import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vitest/config';
import manifestJson from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { buildManifest } from './scripts/build-manifest.ts';
import { shipLocales } from './scripts/ship-locales.ts';

// TypeScript widens the JSON import (e.g. manifest_version: number); crx() wants the literal types.
const manifest = buildManifest(manifestJson, pkg.version) as unknown as ManifestV3Export;

export default defineConfig(() => ({
  // Under vitest the extension plugin has nothing to do and would only slow every run.
  plugins: process.env.VITEST
    ? []
    : [
        crx({
          manifest,
          contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/contact/index.ts'] },
        }),
        // public/_locales is copied as written; the package ships it lean (scripts/ship-locales.ts).
        { name: 'ship-locales', apply: 'build', closeBundle: () => shipLocales('dist') },
      ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The links let the popup fetch its chunks at once instead of one import level at a time;
    // no polyfill (an inline script the extension CSP forbids, and Chrome and Firefox need none).
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
}));
