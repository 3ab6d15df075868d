/**
 * How the tests and the demo start Debian's Chromium with the built extension, with every real
 * hostname the extension talks to mapped to the local simulator. Shared by e2e/harness.ts,
 * e2e/bench and scripts/start.ts so that all three run the shipping build the same way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { marketplaces } from '../src/sellercentral/marketplaces';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const distDir = resolve(import.meta.dirname, '..', 'dist');

/** Hosts other than Seller Central that the extension reaches (clock sources). */
export const timeSourceHosts = ['www.cloudflare.com'] as const;

export const simulatedHosts: readonly string[] = [
  ...marketplaces.map((m) => m.host),
  ...timeSourceHosts,
];

/**
 * Every listed host goes to the local HTTPS server; everything else fails to resolve, so no test
 * and no demo reaches the network.
 * https://chromium.googlesource.com/chromium/src/+/main/net/dns/mapped_host_resolver.h
 */
export function hostResolverRules(port: number): string {
  const maps = simulatedHosts.map((h) => `MAP ${h} 127.0.0.1:${port}`);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ');
}

export function chromiumArgs(port: number, extensionDir = distDir, extra: string[] = []): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${hostResolverRules(port)}`,
    // The simulator's certificate is made at start; Playwright's ignoreHTTPSErrors does not
    // cover requests from the extension's service worker, this flag does.
    '--ignore-certificate-errors',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...extra,
  ];
}

/** Profiles made by `tempProfile`: each test makes one, of a few MB. */
const profiles = new Set<string>();

const removal = { recursive: true, force: true, maxRetries: 10, retryDelay: 100 } as const;

function removeProfile(dir: string): void {
  try {
    rmSync(dir, removal);
  } catch {
    // Nothing is left to wait for at exit.
  }
}

/**
 * Removes a profile whose browser has just closed, without blocking: the browser may still be
 * writing, and finishes only while this process answers it. A synchronous removal that retried
 * here held every test for about 5.5 s (its ten retries) and then gave up.
 */
function removeProfileSoon(dir: string): void {
  rm(dir, removal).then(
    () => profiles.delete(dir),
    () => {}, // Left to the exit hook below.
  );
}

// A run of the suite made about 150 of them in /tmp and kept them all. Each goes when its browser
// closes, and all of them again when the test worker (or the bench, or the demo) ends: a browser
// just closed may still write a few files (its caches) after the first removal.
process.once('exit', () => {
  for (const dir of profiles) removeProfile(dir);
});

/** A new, empty browser profile folder, removed when this process ends. */
export function tempProfile(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  profiles.add(dir);
  return dir;
}

export interface LaunchOptions {
  port: number;
  headless?: boolean;
  extensionDir?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  userDataDir?: string;
  extraArgs?: string[];
  /**
   * The browser's time zone (IANA): `TZ` for the whole browser, the extension's service worker
   * included, and Playwright's `timezoneId` for its pages.
   */
  timeZone?: string;
}

export async function launchChromium(opts: LaunchOptions): Promise<BrowserContext> {
  const userDataDir = opts.userDataDir ?? tempProfile('sc2sv-profile-');
  const locale = opts.locale ?? 'en-US';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: opts.headless ?? true,
    locale,
    colorScheme: opts.colorScheme ?? 'light',
    args: chromiumArgs(opts.port, opts.extensionDir, [
      `--lang=${locale}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(opts.extraArgs ?? []),
    ]),
    viewport: { width: 1100, height: 800 },
    ...(opts.timeZone
      ? { timezoneId: opts.timeZone, env: { ...process.env, TZ: opts.timeZone } }
      : {}),
  });
  // A profile made here is used once: it goes when its browser closes. A profile passed in is
  // launched again by its caller (a restart), so it waits for the exit hook.
  if (!opts.userDataDir) context.once('close', () => removeProfileSoon(userDataDir));
  return context;
}

/** The extension's service worker, waiting for it when the browser has just started. */
export async function extensionWorker(context: BrowserContext) {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = await extensionWorker(context);
  return new URL(worker.url()).host;
}
