/**
 * Records what Chromium's `cookies.getAll` really returns for the cleanup fixtures
 * (`src/cleanup/fixtures/chromium-cookies.json`): cookies made by real `Set-Cookie` responses of the
 * simulator (host-only, domain, paths, secure or not, Partitioned, cross-site partitioned) plus
 * cookies on unrelated sites, read from the extension's service worker.
 * Run: `npm run build && tsx e2e/cleanup-record.ts`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionWorker, launchChromium } from './browser';
import { startSim } from './sim/server';

const sim = await startSim();
const context = await launchChromium({ port: sim.port });
try {
  const worker = await extensionWorker(context);
  const page = await context.newPage();
  await page.goto('https://sellercentral.amazon.com/sim/cleanup/cookies');
  await page.goto('https://sellercentral.amazon.com/sim/cleanup/parent-cookies');
  await page.goto('https://sellercentral.amazon.de/sim/cleanup/cookies');
  // sellercentral.amazon.com framed by sellercentral.amazon.de: partitioned under amazon.de.
  await page.goto(
    'https://sellercentral.amazon.de/sim/cleanup/embed?host=sellercentral.amazon.com',
  );
  await page.waitForSelector('html[data-ready]');
  await context.addCookies([
    { name: 'other', value: '1', domain: '.example.org', path: '/', secure: true },
    { name: 'other-host', value: '2', domain: 'news.example.net', path: '/a' },
  ]);
  const cookies = await worker.evaluate(async () => {
    const stores = await chrome.cookies.getAllCookieStores();
    const all = [];
    for (const store of stores) {
      all.push(...(await chrome.cookies.getAll({ storeId: store.id, partitionKey: {} })));
    }
    return all;
  });
  const out = resolve(import.meta.dirname, '../src/cleanup/fixtures/chromium-cookies.json');
  writeFileSync(out, `${JSON.stringify(cookies, null, 2)}\n`);
  console.log(`${cookies.length} cookies → ${out}`);
} finally {
  await context.close();
  await sim.close();
}
