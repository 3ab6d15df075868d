import { defineConfig } from '@playwright/test';

/**
 * Specs that time the extension (clock checks against delays and faults, the phone clock, code
 * windows, countdowns, a content script giving up): they run alone, one at a time, once the rest
 * is done, so that no other test's load moves their timings. A new spec that times something
 * belongs here.
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
  // Each worker has its own simulator and browsers; a single worker left the two cores idle most
  // of the time (waiting on pages, the extension and the simulator), so the untimed specs use two.
  workers: 2,
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
    { name: 'timed', testMatch: timed, dependencies: ['e2e'], workers: 1 },
  ],
});
