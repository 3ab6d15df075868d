/**
 * `npm start` (after the build): the simulator plus Chromium with the built extension, at the
 * simulated Seller Central sign-in, with the demo account's authenticator secret printed.
 * `--screenshots <dir>`: a headless tour saved as PNGs (the popup's diagnosis after a few sign-in
 * pages first, then the banner on each 2SV state, then the popup's other sections); exits when done.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from '@playwright/test';
import { distDir, extensionId, launchChromium } from '../e2e/browser';
import { codeLifeMs, wrongCodeLimit } from '../e2e/sim/flow';
import { stateNames } from '../e2e/sim/pages';
import { startSim } from '../e2e/sim/server';

const { values } = parseArgs({
  options: {
    screenshots: { type: 'string' },
    port: { type: 'string', default: '0' },
    // Another unpacked build (default dist/).
    extension: { type: 'string' },
  },
});
const shotsDir = values.screenshots ? resolve(values.screenshots) : undefined;
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!hasDisplay && !shotsDir) {
  console.error(
    'No display found (DISPLAY is not set), so there is no window to show Chromium in.',
  );
  console.error('To see the banner and the popup anyway, take screenshots:');
  console.error('  npm start -- --screenshots ./shots');
  process.exit(1);
}
const extensionDir = values.extension ? resolve(values.extension) : distDir;
if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
  console.error(
    `${extensionDir} has no manifest.json: run \`npm run build\` first (npm start does).`,
  );
  process.exit(1);
}

const sim = await startSim({ port: Number(values.port), log: !shotsDir });
console.log(`Simulator: https://127.0.0.1:${sim.port} (all Seller Central hosts are mapped to it)`);
console.log('Demo account: any email, any password; 2SV with an authenticator app.');
console.log(`  Secret key (Base32): ${sim.secret}`);
console.log(`  Or add this URI:     ${sim.otpauthUri}`);
console.log('  Start at /ap/signin?method=sms (or voice) for a code "sent" by text or call: it is');
console.log('  printed here when the code page opens.');
console.log('  App code pages print the code of an app in sync and of one 90 s behind (refused);');
console.log("  the popup's Authenticator section, given the key and the late code, says why.");
console.log(
  '  The rest of the journey: an email with "new" in it has no account (Amazon\'s "new to',
);
console.log(
  '  Amazon" page), one with "nobody" gets the email page\'s error; /ap/mfa?expired=1 (or a',
);
console.log(
  `  texted code older than ${codeLifeMs / 60_000} min) gives code-expired; ${wrongCodeLimit} wrong codes in a row block the sign-in.`,
);

const context = await launchChromium({
  port: sim.port,
  headless: !hasDisplay || !!shotsDir,
  extensionDir,
});

let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await context.close().catch(() => {});
    await sim.close();
  }
  process.exit(code);
}

const banner = '[data-sc2sv="banner"]';

/** The popup as a tab of 400 px on `hash`, after the clock check has answered. */
async function popupShot(ctx: BrowserContext, hash: string, file: string): Promise<void> {
  const id = await extensionId(ctx);
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${id}/src/popup/index.html${hash}`);
  // Let the diagnosis and the clock check answer from the simulator before the picture.
  await popup
    .waitForSelector('[data-testid="diagnosis"][data-done="true"]', { timeout: 5_000 })
    .catch(() => {});
  await popup.screenshot({ path: file, fullPage: true });
  await popup.close();
}

async function screenshots(ctx: BrowserContext, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const page = await ctx.newPage();
  // First the popup's diagnosis: what it says after each of these sign-in pages.
  const diagnosed = ['otp-limit', 'code-rejected', 'code-sms', 'no-account'] as const;
  for (const [i, name] of diagnosed.entries()) {
    await page.goto(`https://sellercentral.amazon.com/ap/page/${name}`);
    await page.waitForSelector(banner, { state: 'visible', timeout: 5_000 }).catch(() => {});
    const file = resolve(dir, `0${i + 1}-diagnosis-after-${name}.png`);
    await popupShot(ctx, '', file);
    files.push(file);
  }
  // Then the banner on every 2SV state page; the email and password pages show no banner.
  const names = stateNames.filter((n) => n !== 'email' && n !== 'password');
  const shots: [string, string][] = [
    ...names.map((n): [string, string] => ['sellercentral.amazon.com', n]),
    ['sellercentral.amazon.de', 'code-sms'],
    ['sellercentral.amazon.co.jp', 'code-sms'],
    ['sellercentral.amazon.ae', 'code-sms'],
    // The issue-13 pages in the other languages.
    ['sellercentral.amazon.de', 'signin-blocked'],
    ['sellercentral.amazon.de', 'code-unknown'],
    ['sellercentral.amazon.co.jp', 'no-account'],
    ['sellercentral.amazon.co.jp', 'otp-limit-voice'],
    ['sellercentral.amazon.ae', 'code-expired'],
    ['sellercentral.amazon.ae', 'no-account-email'],
    ['sellercentral.amazon.es', 'signin-blocked-password'],
    ['sellercentral.amazon.es', 'cookie-warning'],
  ];
  for (const [host, name] of shots) {
    await page.goto(`https://${host}/ap/page/${name}`);
    try {
      await page.waitForSelector(banner, { state: 'visible', timeout: 5_000 });
    } catch {
      console.warn(`warning: no banner on ${host} ${name} within 5 s; taking the shot anyway`);
    }
    // What the background keeps for the tab (when to try again) lands just after the first paint.
    await page
      .waitForSelector(`${banner}[data-retry-at]`, {
        timeout: name.startsWith('otp-limit') ? 3_000 : 1,
      })
      .catch(() => {});
    const file = resolve(dir, `banner-${host}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  // Then each of the popup's other sections.
  for (const hash of ['#clock', '#cleanup', '#authenticator', '#guide', '#support']) {
    const file = resolve(dir, `popup-${hash.slice(1)}.png`);
    await popupShot(ctx, hash, file);
    files.push(file);
  }
  return files;
}

process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

if (shotsDir) {
  try {
    const files = await screenshots(context, shotsDir);
    console.log(`Saved ${files.length} screenshots:`);
    for (const f of files) console.log(`  ${f}`);
    await stop(0);
  } catch (err) {
    console.error(err);
    await stop(1);
  }
} else {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://sellercentral.amazon.com/ap/signin');
  console.log('Chromium is open at https://sellercentral.amazon.com/ap/signin. Ctrl-C quits.');
  // Closing the browser window ends the demo too.
  context.on('close', () => void stop(0));
}
