/**
 * Takes the store screenshots (scripts/store-shots.ts) and the promotional tile in each locale by
 * driving the built extension on the simulator, as `npm start -- --screenshots` does: Debian's
 * Chromium started with `--lang` and Playwright's `locale`, so the popup and banner speak it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { distDir, extensionId, extensionWorker, launchChromium } from '../e2e/browser';
import { type Sim, startSim } from '../e2e/sim/server';
import { directionOf, type Locale, tagOf } from '../src/shared/locales';
import { pageSize, popupSize, shotHtml, shotSize, tileHtml, tileSize } from './shot-page';
import { message } from './store-listing';
import { type StoreShot, shotMarketplace, shotName, storeShots } from './store-shots';

type Catalogue = Record<string, { message: string } | undefined>;

const banner = '[data-sc2sv="banner"]';

/** When a popup section has answered and can be pictured (PRODUCT.md's test contract). */
const sectionReady: Record<string, string> = {
  diagnosis: '[data-testid="diagnosis"][data-done="true"]',
  clock: '[data-testid="clock-verdict"][data-done="true"]',
  cleanup: '[data-testid="cleanup-count"]',
  authenticator: '[data-testid="totp-result"]',
  guide: '[data-testid="guide-steps"]',
  support: '[data-testid="support-description"]',
};

async function signInPage(ctx: BrowserContext, locale: Locale, shot: StoreShot) {
  const { host, language } = shotMarketplace[locale];
  const page = await ctx.newPage();
  await page.setViewportSize(pageSize);
  if (shot.cookies) await page.goto(`https://${host}/sim/cleanup/cookies`);
  await page.goto(`https://${host}/ap/page/${shot.page}?language=${language}`);
  await page.waitForSelector(`${banner}[data-state]`, { state: 'visible', timeout: 10_000 });
  if (shot.serverAheadMs) {
    // The banner checks Seller Central's clock by itself on code pages and speaks when it is off.
    await page.waitForSelector(`${banner} .clock-status[data-verdict="bad"]`, { timeout: 15_000 });
  }
  // The banner's words arrive in the page's language a moment after it is placed.
  await page.waitForTimeout(500);
  const png = await page.screenshot();
  return { page, png };
}

/** The tab the background recorded for the sign-in page: the popup is then about that tab. */
async function signInTabId(ctx: BrowserContext): Promise<number> {
  const worker = await extensionWorker(ctx);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const ids = await worker.evaluate(async () =>
      Object.keys(await chrome.storage.session.get(null))
        .filter((k) => k.startsWith('tab:'))
        .map((k) => Number(k.slice(4))),
    );
    if (ids[0] !== undefined) return ids[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the background recorded no sign-in tab');
}

async function popupPicture(ctx: BrowserContext, id: string, sim: Sim, shot: StoreShot) {
  const tabId = await signInTabId(ctx);
  const popup = await ctx.newPage();
  await popup.setViewportSize(popupSize);
  // As the toolbar popup over the sign-in tab (a popup opened as a tab names it: load-context.ts).
  await popup.goto(`chrome-extension://${id}/src/popup/index.html?tab=${tabId}#${shot.section}`);
  if (shot.appBehindMs) {
    const totp = new TOTP({ secret: Secret.fromBase32(sim.secret) });
    await popup.fill('[data-testid="totp-secret"]', sim.secret);
    await popup.fill(
      '[data-testid="totp-code"]',
      totp.generate({ timestamp: Date.now() - shot.appBehindMs }),
    );
    await popup.click('[data-testid="totp-check"]');
    await popup.waitForSelector('[data-testid="totp-result"][data-drift-steps]', {
      timeout: 10_000,
    });
  }
  const ready = sectionReady[shot.section];
  if (ready) {
    await popup.waitForSelector(ready, { state: 'visible', timeout: 20_000 });
    // An earlier result may show first and a fresh check start after it: wait until the answer
    // has held for a second.
    await popup.waitForFunction(
      (selector) => {
        const g = globalThis as { heldSince?: number };
        if (!document.querySelector(selector)) {
          g.heldSince = undefined;
          return false;
        }
        g.heldSince ??= performance.now();
        return performance.now() - g.heldSince > 1_000;
      },
      ready,
      { polling: 100, timeout: 30_000 },
    );
  }
  await popup.evaluate((show) => {
    (document.activeElement as HTMLElement | null)?.blur();
    if (show) document.querySelector(show)?.scrollIntoView({ block: 'end' });
  }, shot.show ?? null);
  const png = await popup.screenshot();
  await popup.close();
  return png;
}

async function render(ctx: BrowserContext, html: string, size: { width: number; height: number }) {
  const page: Page = await ctx.newPage();
  await page.setViewportSize(size);
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const png = await page.screenshot();
  await page.close();
  return png;
}

export interface ShotOptions {
  locales: readonly Locale[];
  /** `artifacts/store`: pictures go to `<outDir>/<locale>/`. */
  outDir: string;
  catalogue(locale: Locale): Catalogue;
  iconSvg: string;
  extensionDir?: string;
  log?: (line: string) => void;
}

/** Writes every locale's screenshots and tile; returns the files written. */
export async function takeStoreShots(opts: ShotOptions): Promise<string[]> {
  const sim = await startSim();
  const written: string[] = [];
  try {
    for (const locale of opts.locales) {
      const dir = join(opts.outDir, locale);
      mkdirSync(dir, { recursive: true });
      const m = opts.catalogue(locale);
      const text = { lang: tagOf(locale), dir: directionOf(locale) };
      // A fresh browser for each picture, as a seller would come to it: no clock result, tab
      // record or cleanup left over from the one before.
      const launch = async () => {
        // A profile of its own, removed when the browser closes (e2e/browser.ts).
        const ctx = await launchChromium({
          port: sim.port,
          headless: true,
          locale: tagOf(locale),
          extensionDir: opts.extensionDir ?? distDir,
        });
        return { ctx, close: () => ctx.close() };
      };
      for (const [i, shot] of storeShots.entries()) {
        sim.reset();
        if (shot.serverAheadMs) sim.setClockOffsetMs('*', shot.serverAheadMs);
        const { ctx, close } = await launch();
        try {
          const id = await extensionId(ctx);
          const { page, png } = await signInPage(ctx, locale, shot);
          const popup = await popupPicture(ctx, id, sim, shot);
          await page.close();
          const [title, body] = shot.caption;
          const picture = await render(
            ctx,
            shotHtml({
              ...text,
              title: message(m, title, locale),
              text: message(m, body, locale),
              page: png,
              popup,
            }),
            shotSize,
          );
          const file = join(dir, shotName(i + 1));
          writeFileSync(file, picture);
          written.push(file);
        } finally {
          await close();
        }
      }
      sim.reset();
      const { ctx, close } = await launch();
      try {
        const tile = await render(
          ctx,
          tileHtml({
            ...text,
            name: message(m, 'bannerTitle', locale),
            line: message(m, 'storeTagline', locale),
            icon: opts.iconSvg,
          }),
          tileSize,
        );
        const file = join(dir, 'promo-440x280.png');
        writeFileSync(file, tile);
        written.push(file);
        opts.log?.(`  ${locale}: ${storeShots.length} screenshots and the tile`);
      } finally {
        await close();
      }
    }
  } finally {
    await sim.close();
  }
  return written;
}

/** The icon as the tile embeds it. */
export const readIcon = (root: string) => readFileSync(join(root, 'icons', 'icon.svg'), 'utf8');
