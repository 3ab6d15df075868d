/**
 * How the tests and the demo start Debian's Chromium with the built extension, with every real
 * hostname the extension talks to mapped to the local simulator. Shared by e2e/harness.ts,
 * e2e/bench and scripts/start.ts so that all three run the shipping build the same way.
 */
import { mkdtempSync } from 'node:fs';
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

export interface LaunchOptions {
  port: number;
  headless?: boolean;
  extensionDir?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  userDataDir?: string;
  extraArgs?: string[];
}

export async function launchChromium(opts: LaunchOptions): Promise<BrowserContext> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'sc2sv-profile-'));
  const locale = opts.locale ?? 'en-US';
  return chromium.launchPersistentContext(userDataDir, {
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
  });
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
