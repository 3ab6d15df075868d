/**
 * Cleanup glue: reads the cookie stores, asks `cleanup/select` what goes, removes it in batches with
 * the progress saved to the run's item after each, then the origin's other data. One run per
 * Seller Central host at a time; a run cut short by a worker stop is resumed by the next request.
 */
import browser from 'webextension-polyfill';
import { type ExpiringCookie, expireDetails } from '../cleanup/expire';
import { parentOrigin } from '../cleanup/parent-domain';
import { type CleanupPreview, previewOf } from '../cleanup/preview';
import {
  type CleanupRun,
  finishRun,
  planRun,
  recordRemoved,
  recordSiteData,
  runItem,
} from '../cleanup/run';
import type { CleanupScope } from '../cleanup/scope';
import { type Selected, selectCookies } from '../cleanup/select';
import { type Engine, siteDataRemoval } from '../cleanup/site-data';
import type { SellerCentralHost } from '../sellercentral/marketplaces';

/** Only Firefox has `runtime.getBrowserInfo`. */
const engine: Engine =
  typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function'
    ? 'firefox'
    : 'chromium';

const batchSize = 100;
const running = new Map<string, Promise<CleanupRun>>();

const permitted = (scope: CleanupScope, host: SellerCentralHost) =>
  scope === 'seller-central'
    ? Promise.resolve(true)
    : browser.permissions.contains({ origins: [parentOrigin(host)] });

/**
 * Every cookie the extension may see, in every store. `partitionKey: {}` asks for partitioned
 * cookies too (Chrome 119+, Firefox 94+); Firefox also needs `firstPartyDomain: null` to answer
 * when first-party isolation is on.
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/cookies/getAll
 */
async function readCookies(): Promise<ExpiringCookie[]> {
  const stores = await browser.cookies.getAllCookieStores();
  const lists = await Promise.all(
    stores.map((s) =>
      browser.cookies.getAll({
        storeId: s.id,
        partitionKey: {},
        ...(engine === 'firefox' ? { firstPartyDomain: null } : {}),
      } as browser.Cookies.GetAllDetailsType),
    ),
  );
  return lists.flat() as ExpiringCookie[];
}

async function save(run: CleanupRun): Promise<void> {
  await runItem(run.host).set(run);
}

export async function previewCleanup(
  scope: CleanupScope,
  host: SellerCentralHost,
): Promise<CleanupPreview> {
  const ok = await permitted(scope, host);
  const selected = selectCookies(await readCookies(), ok ? scope : 'seller-central', host);
  return previewOf(selected, scope, host, engine, ok);
}

async function removeOne(s: Selected): Promise<string | null> {
  const details = await browser.cookies.remove(s.details as browser.Cookies.RemoveDetailsType);
  return details ? s.key : null;
}

/** Chromium: expire (see cleanup/expire.ts); the final check catches any it missed. */
async function expireOne(s: Selected<ExpiringCookie>): Promise<string | null> {
  await browser.cookies.set(expireDetails(s.cookie) as browser.Cookies.SetDetailsType);
  return s.key;
}

async function run(scope: CleanupScope, host: SellerCentralHost): Promise<CleanupRun> {
  if (!(await permitted(scope, host))) throw new Error('permission needed');
  const previous = await runItem(host).get();
  let { run: current, toRemove } = planRun(
    previous,
    selectCookies(await readCookies(), scope, host),
    scope,
    host,
    Date.now(),
  );
  await save(current);
  for (let i = 0; i < toRemove.length; i += batchSize) {
    const batch = toRemove.slice(i, i + batchSize);
    const results = await Promise.allSettled(
      batch.map(engine === 'chromium' ? expireOne : removeOne),
    );
    const done = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []));
    current = recordRemoved(current, done);
    await save(current);
  }
  const data = siteDataRemoval(host, engine);
  const outcome = await browser.browsingData
    // `origins` (Chromium) and `hostnames` (Firefox) are missing from the polyfill's types.
    .remove(data.options as browser.BrowsingData.RemovalOptions, data.dataToRemove)
    .then(() => 'done' as const)
    .catch(() => 'failed' as const);
  current = recordSiteData(current, outcome, outcome === 'done' ? data.cleared : [], data.skipped);
  let left = selectCookies(await readCookies(), scope, host);
  if (left.length > 0) {
    // Whatever is still there (an expiry that did not match, a cookie set meanwhile): once more
    // with `cookies.remove`, then look again.
    await Promise.allSettled(left.map(removeOne));
    left = selectCookies(await readCookies(), scope, host);
  }
  current = finishRun(
    current,
    left.map((s) => s.key),
    Date.now(),
  );
  await save(current);
  return current;
}

export function runCleanup(scope: CleanupScope, host: SellerCentralHost): Promise<CleanupRun> {
  const existing = running.get(host);
  if (existing) return existing;
  const job = run(scope, host).finally(() => running.delete(host));
  running.set(host, job);
  return job;
}
