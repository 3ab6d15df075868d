/**
 * The cleanup, with its world passed in (the cookie stores, site-data removal, permissions, its
 * storage item, the time): reads the cookies, asks `select` what goes, removes it in batches with
 * the record saved after each, then the origin's other data, then looks again. One run per
 * Seller Central host at a time: a request of the same scope joins the run under way, one of the
 * other scope waits for it and then runs its own. A run cut short by a worker stop is resumed by
 * the next request of its scope.
 */
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { type CleanupScope, cleanupScopes } from '../shared/messages';
import { singleFlight } from '../shared/single-flight';
import type { Item } from '../shared/storage-item';
import { type ExpiringCookie, expireDetails } from './expire';
import { parentOrigin } from './parent-domain';
import { type CleanupPreview, previewOf } from './preview';
import { type CleanupRun, finishRun, planRun, recordRemoved, recordSiteData } from './run';
import { type RemoveDetails, type Selected, selectCookies } from './select';
import { type Engine, type SiteDataRemoval, siteDataRemoval } from './site-data';

export interface CleanupWorld {
  engine: Engine;
  /** Every cookie the extension may see, in every store, partitioned ones included. */
  readCookies(): Promise<ExpiringCookie[]>;
  /** `cookies.remove`: true when the browser says it removed the cookie. */
  removeCookie(details: RemoveDetails): Promise<boolean>;
  /** `cookies.set` with the details of `expireDetails` (Chromium's fast way, see expire.ts). */
  setCookie(details: ReturnType<typeof expireDetails>): Promise<void>;
  /** `browsingData.remove`; rejects when the browser refused. */
  removeSiteData(removal: SiteDataRemoval): Promise<void>;
  /** Whether the extension holds this optional host permission (`permissions.contains`). */
  hasOrigin(origin: string): Promise<boolean>;
  runs: (host: SellerCentralHost) => Item<CleanupRun | null>;
  now(): number;
}

export const batchSize = 100;

export function createCleanupEngine(world: CleanupWorld) {
  const flight = singleFlight<CleanupRun>();
  const flightKey = (host: SellerCentralHost, scope: CleanupScope) => `${host} ${scope}`;

  const permitted = (scope: CleanupScope, host: SellerCentralHost) =>
    scope === 'seller-central' ? Promise.resolve(true) : world.hasOrigin(parentOrigin(host));

  const removeOne = async (s: Selected): Promise<string | null> =>
    (await world.removeCookie(s.details)) ? s.key : null;

  const expireOne = async (s: Selected<ExpiringCookie>): Promise<string | null> => {
    await world.setCookie(expireDetails(s.cookie));
    return s.key;
  };

  async function run(scope: CleanupScope, host: SellerCentralHost): Promise<CleanupRun> {
    if (!(await permitted(scope, host))) throw new Error('permission needed');
    const record = world.runs(host);
    let { run: current, toRemove } = planRun(
      await record.get(),
      selectCookies(await world.readCookies(), scope, host),
      scope,
      host,
      world.now(),
    );
    await record.set(current);
    for (let i = 0; i < toRemove.length; i += batchSize) {
      const batch = toRemove.slice(i, i + batchSize);
      const results = await Promise.allSettled(
        batch.map(world.engine === 'chromium' ? expireOne : removeOne),
      );
      const done = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []));
      current = recordRemoved(current, done);
      await record.set(current);
    }
    const data = siteDataRemoval(host, world.engine);
    const outcome = await world.removeSiteData(data).then(
      () => 'done' as const,
      () => 'failed' as const,
    );
    current = recordSiteData(
      current,
      outcome,
      outcome === 'done' ? data.cleared : [],
      data.skipped,
    );
    let left = selectCookies(await world.readCookies(), scope, host);
    if (left.length > 0) {
      // Whatever is still there (an expiry that did not match, a cookie set meanwhile): once more
      // with `cookies.remove`, then look again.
      await Promise.allSettled(left.map(removeOne));
      left = selectCookies(await world.readCookies(), scope, host);
    }
    current = finishRun(
      current,
      left.map((s) => s.key),
      world.now(),
    );
    await record.set(current);
    return current;
  }

  return {
    async preview(scope: CleanupScope, host: SellerCentralHost): Promise<CleanupPreview> {
      const ok = await permitted(scope, host);
      const selected = selectCookies(
        await world.readCookies(),
        ok ? scope : 'seller-central',
        host,
      );
      return previewOf(selected, scope, host, world.engine, ok);
    },
    run(scope: CleanupScope, host: SellerCentralHost): Promise<CleanupRun> {
      // The run of the other scope, if any, goes first: both share the host's one record.
      const others = cleanupScopes
        .filter((s) => s !== scope)
        .map((s) => flight.get(flightKey(host, s)));
      return flight.run(flightKey(host, scope), () => run(scope, host), others);
    },
  };
}
