/**
 * `npm run bench`: figures about the shipping build, each with its target. Exits non-zero when a
 * figure misses its target by more than 20 % (a timing on a shared machine is noisy; a size is not).
 */
import { resolve } from 'node:path';
import { distDir, launchChromium } from '../browser';
import {
  budgetsKB,
  contentScriptEntries,
  gzippedKB,
  packageKB,
  pageScriptFiles,
  shortName,
  storeZipKB,
} from '../budgets';
import { startSim } from '../sim/server';
import { authenticatorBench } from './authenticator';
import { cleanupBench } from './cleanup';
import { clockBench } from './clock';
import { diagnosisBench } from './diagnosis';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target: number;
}

const figures: Figure[] = [];

// Content-script JS per page: the sign-in script and the Contact Us script never share a page.
for (const files of contentScriptEntries(distDir)) {
  const name = files.map((f) => shortName(distDir, f)).join(' + ');
  figures.push({
    name: `content-script JS (${name}), gzipped`,
    value: gzippedKB(files),
    unit: 'KB',
    target: budgetsKB.contentScript,
  });
}
figures.push({
  name: 'popup JS, gzipped',
  value: gzippedKB(pageScriptFiles(distDir, 'src/popup/index.html')),
  unit: 'KB',
  target: budgetsKB.popup,
});
figures.push({
  name: 'package for the store (zip)',
  value: storeZipKB(resolve(distDir, '..')),
  unit: 'KB',
  target: budgetsKB.dist,
});
// No target: 13 locale catalogues make most of it; printed so that growth shows.
console.log(`package unpacked: ${packageKB(distDir).toFixed(1)} KB`);

// Time from DOMContentLoaded to the banner in the DOM, over 20 loads of a code page.
const sim = await startSim();
const context = await launchChromium({ port: sim.port });
try {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __dcl?: number; __banner?: number };
    document.addEventListener('DOMContentLoaded', () => {
      w.__dcl = performance.now();
    });
    new MutationObserver((_r, obs) => {
      if (document.querySelector('[data-sc2sv="banner"]')) {
        w.__banner = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  // One warm-up load: the service worker starts on the first message.
  const url = 'https://sellercentral.amazon.com/ap/page/code-sms';
  await page.goto(url);
  await page.waitForSelector('[data-sc2sv="banner"]', { state: 'attached' });
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    await page.goto(url);
    await page.waitForSelector('[data-sc2sv="banner"]', { state: 'attached' });
    const t = await page.evaluate(() => {
      const w = window as unknown as { __dcl?: number; __banner?: number };
      return (w.__banner ?? Number.NaN) - (w.__dcl ?? Number.NaN);
    });
    times.push(Math.max(0, t));
  }
  times.sort((a, b) => a - b);
  const median = ((times[9] ?? 0) + (times[10] ?? 0)) / 2;
  figures.push({
    name: 'DOMContentLoaded → banner, median of 20',
    value: median,
    unit: 'ms',
    target: 20,
  });
  figures.push({
    name: 'DOMContentLoaded → banner, max of 20',
    value: times[19] ?? 0,
    unit: 'ms',
    target: 100,
  });
  await page.close();

  // The diagnosis: popup → first finding and → complete (e2e/bench/diagnosis.ts).
  figures.push(...(await diagnosisBench(context, sim)));

  // The clock check: popup → first verdict, and the error table (e2e/bench/clock.ts).
  figures.push(...(await clockBench(context, sim)));

  // The site-data cleanup: 1,000 cookies of the host (e2e/bench/cleanup.ts).
  figures.push(...(await cleanupBench(context)));
  // The authenticator check's ±10 min search, in the popup (e2e/bench/authenticator.ts).
  figures.push(...(await authenticatorBench(context, sim)));
} finally {
  await context.close();
  await sim.close();
}

let failed = false;
for (const f of figures) {
  const missed = f.value > f.target * 1.2;
  failed ||= missed;
  console.log(
    // Over the target but within the 20 % noise allowance: shown as such, not as "ok".
    `${missed ? 'MISSED' : f.value > f.target ? 'over  ' : 'ok    '}  ${f.name}: ${f.value.toFixed(2)} ${f.unit} (target ≤ ${f.target} ${f.unit})`,
  );
}
process.exit(failed ? 1 : 0);
