/**
 * What the cleanup tests set up and compare: cookies made by the simulator's real Set-Cookie
 * responses and by the test, unrelated sites' cookies, and full cookie lists read through CDP
 * (Playwright's `context.cookies()`, partitioned cookies included).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Cookie, Page } from '@playwright/test';
import { extensionWorker, launchChromium, tempProfile } from './browser';

export const host = 'sellercentral.amazon.com';
export const otherMarketplace = 'sellercentral.amazon.de';

/** 200 cookies on 20 unrelated sites, secure or not, domain or host-only, several paths. */
export function unrelatedCookies(): Parameters<BrowserContext['addCookies']>[0] {
  return Array.from({ length: 200 }, (_, i) => {
    const site = `site${i % 20}.example`;
    return {
      name: `c${i}`,
      value: `v${i}`,
      domain: i % 3 === 0 ? `.${site}` : `www.${site}`,
      path: i % 4 === 0 ? '/deep/path' : '/',
      secure: i % 2 === 0,
      httpOnly: i % 5 === 0,
      sameSite: 'Lax' as const,
      expires: 4_000_000_000,
    };
  });
}

/** Shopping cookies on .amazon.com as the test makes them (besides the simulator's). */
export const shoppingCookies = [
  { name: 'csm-hit', value: 'tb:s', domain: '.amazon.com', path: '/', secure: true },
  { name: 'skin', value: 'noskin', domain: 'www.amazon.com', path: '/', secure: true },
];

export const isSellerCentral = (c: Cookie) =>
  c.domain === host || c.domain === `.${host}` || c.domain.endsWith(`.${host}`);

const id = (c: Cookie) => `${c.partitionKey ?? ''} ${c.domain} ${c.path} ${c.name}`;
export const sorted = (list: Cookie[]) => [...list].sort((a, b) => id(a).localeCompare(id(b)));

/** Cookies and site data on the Seller Central host and another marketplace, the real way. */
export async function makeSiteData(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  for (const h of [host, otherMarketplace]) {
    await page.goto(`https://${h}/sim/cleanup/cookies`);
    await page.goto(`https://${h}/sim/cleanup/site-data`);
    await page.waitForSelector('html[data-ready]');
  }
  await page.goto(`https://${host}/sim/cleanup/parent-cookies`);
  // Seller Central framed by another site: a cookie partitioned under amazon.de.
  await page.goto(`https://${otherMarketplace}/sim/cleanup/embed?host=${host}`);
  await page.waitForSelector('html[data-ready]');
  await page.close();
  await context.addCookies([
    ...unrelatedCookies(),
    ...shoppingCookies,
    { name: 'sc-test', value: '1', domain: host, path: '/ap/mfa', secure: true },
    { name: 'sc-test-domain', value: '1', domain: `.${host}`, path: '/', secure: false },
  ]);
}

/** What the origin still stores, read on a page of that origin. */
export async function storedOn(page: Page, origin: string) {
  await page.goto(`${origin}/sim/cleanup/nothing-here`);
  return page.evaluate(async () => ({
    localStorage: localStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

/**
 * `n` cookies of the Seller Central host. Chromium keeps at most 180 cookies per domain, and as
 * many again per partition (net/cookies/cookie_monster.cc, kDomainMaxCookies), so past 150 they are
 * partitioned under more top-level sites, as embedded Seller Central frames would make them.
 */
export function manyHostCookies(n: number): Parameters<BrowserContext['addCookies']>[0] {
  const perJar = 150;
  return Array.from({ length: n }, (_, i) => {
    const jar = Math.floor(i / perJar);
    return {
      name: `sc${i}`,
      value: '1',
      domain: i % 2 ? host : `.${host}`,
      path: `/p${i % 7}`,
      secure: jar > 0 || i % 3 !== 0,
      ...(jar > 0 ? { sameSite: 'None' as const, partitionKey: `https://top${jar}.example` } : {}),
    };
  });
}

/**
 * A browser profile in which the seller had already allowed the extension access to `origin`
 * (what `permissions.request` stores once the seller clicks Allow). Chromium gives no way to click
 * its permission dialog from a test, so the profile is made as the browser itself records a grant:
 * one launch to install the extension, its Preferences entry extended, the next launch with it.
 */
export async function launchWithGrantedOrigin(
  port: number,
  origin: string,
): Promise<BrowserContext> {
  const userDataDir = tempProfile('sc2sv-granted-');
  const first = await launchChromium({ port, userDataDir });
  const id = new URL((await extensionWorker(first)).url()).host;
  await first.close();
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const entry = prefs.extensions.settings[id];
  for (const k of ['granted_permissions', 'active_permissions', 'runtime_granted_permissions']) {
    entry[k] ??= {};
    entry[k].explicit_host = [...(entry[k].explicit_host ?? []), origin];
  }
  writeFileSync(file, JSON.stringify(prefs));
  return launchChromium({ port, userDataDir });
}
