import { defineConfig } from '@playwright/test';

/**
 * Specs that time the extension (clock checks against delays and faults, the phone clock, code
 * windows, countdowns, a content script giving up): project `timed`. `npm run test:e2e` runs the
 * other specs first on two workers, then these alone on one, so that no other test's load moves
 * their timings. A new spec that times something belongs here.
 */
const timed = [
  'authenticator',
  'banner-clock',
  'clock',
  'clock-matrix',
  'diagnosis',
  // An update in the middle of a held clock check.
  'first-contact',
  'hostile',
  'journey',
  // Clock checks against a hanging or garbled trace.
  'network-location',
  // The outline of a 100,000-node page timed in the page, under 1 s.
  'page-outline',
  'worker-restart',
].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // One worker unless told (`npm run test:e2e` gives the untimed specs two: a single worker left
  // the two cores idle most of the time, waiting on pages, the extension and the simulator).
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: { trace: 'off' },
  projects: [
    { name: 'e2e', testIgnore: timed },
    // No `dependencies`: a dependency runs in full even when one spec is asked for.
    { name: 'timed', testMatch: timed, workers: 1 },
  ],
});
