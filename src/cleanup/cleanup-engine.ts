/**
 * The cleanup, with its world passed in (the cookie stores, site-data removal, permissions, its
 * storage item, the time): picks the sign-in tab's cookie store (choose-store.ts), reads that
 * store's cookies, asks `select` what goes, removes it in batches with the record saved after
 * each, then the origin's other data, then looks again. One run per Seller Central host at a
 * time: a request of the same scope and store joins the run under way, any other waits for it
 * and then runs its own (they share the host's one record). A run cut short by a worker stop is
 * resumed by the next request of its scope and store.
 */
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import type { CleanupScope } from '../shared/messages';
import { singleFlight } from '../shared/single-flight';
import type { Item } from '../shared/storage-item';
import {
  type CookieStoreLike,
  chooseStore,
  defaultStoreIds,
  type StoreClues,
} from './choose-store';
import { type ExpiringCookie, expireDetails } from './expire';
import { parentOrigin } from './parent-domain';
import { type CleanupPreview, previewOf } from './preview';
import { removeIsExact } from './remove-is-exact';
import { type CleanupRun, finishRun, planRun, recordRemoved, recordSiteData } from './run';
import { type RemoveDetails, type Selected, selectCookies } from './select';
import { type Engine, type SiteDataRemoval, siteDataRemoval } from './site-data';

export interface CleanupWorld {
  engine: Engine;
  /** `cookies.getAllCookieStores`. */
  cookieStores(): Promise<CookieStoreLike[]>;
  /** Every cookie the extension may see in one store, partitioned ones included. */
  readCookies(storeId: string): Promise<ExpiringCookie[]>;
  /** `cookies.remove`: true when the browser says it removed the cookie. */
  removeCookie(details: RemoveDetails): Promise<boolean>;
  /** `cookies.set` with the details of `expireDetails`: the exact way to delete (see expire.ts). */
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
  /** Keys of the runs started, per host; a key whose run ended has no job in `flight` any more. */
  const started = new Map<SellerCentralHost, Set<string>>();

  /** The store for these clues. */
  const storeFor = async (clues: StoreClues) =>
    chooseStore(await world.cookieStores(), world.engine, clues);

  /** That store's cookies only, whatever the browser answered (never another store's). */
  const read = async (storeId: string) =>
    (await world.readCookies(storeId)).filter((c) => c.storeId === storeId);

  const permitted = (scope: CleanupScope, host: SellerCentralHost) =>
    scope === 'seller-central' ? Promise.resolve(true) : world.hasOrigin(parentOrigin(host));

  const removeOne = async (s: Selected<ExpiringCookie>): Promise<string | null> =>
    (await world.removeCookie(s.details)) ? s.key : null;

  const expireOne = async (s: Selected<ExpiringCookie>): Promise<string | null> => {
    await world.setCookie(expireDetails(s.cookie));
    return s.key;
  };

  async function run(
    scope: CleanupScope,
    host: SellerCentralHost,
    storeId: string,
  ): Promise<CleanupRun> {
    if (!(await permitted(scope, host))) throw new Error('permission needed');
    const record = world.runs(host);
    let { run: current, toRemove } = planRun(
      await record.get(),
      selectCookies(await read(storeId), scope, host),
      scope,
      host,
      storeId,
      world.now(),
    );
    await record.set(current);
    for (let i = 0; i < toRemove.length; i += batchSize) {
      const batch = toRemove.slice(i, i + batchSize);
      // Expired, not removed: exact in both engines (expire.ts).
      const results = await Promise.allSettled(batch.map(expireOne));
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
    const store = await read(storeId);
    let left = selectCookies(store, scope, host);
    if (left.length > 0) {
      // Whatever is still there (an expiry that did not match, a cookie set meanwhile): once more
      // with `cookies.remove` where it can hit that cookie only, then look again.
      // (Firefox refuses to expire a partitioned cookie under first-party isolation, for one.)
      const again = await Promise.allSettled(
        left.filter((s) => removeIsExact(s.cookie, store)).map(removeOne),
      );
      current = recordRemoved(
        current,
        again.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : [])),
      );
      left = selectCookies(await read(storeId), scope, host);
    }
    current = finishRun(
      current,
      left.map((s) => s.key),
      world.now(),
    );
    await record.set(current);
    return current;
  }

  /** Joins a run of the same scope, host and store, after any other of that host. */
  const start = (scope: CleanupScope, host: SellerCentralHost, storeId: string) => {
    const key = `${host} ${scope} ${storeId}`;
    const keys = started.get(host) ?? new Set<string>();
    started.set(host, keys);
    // Runs of the other scope or another store, if any, go first: all share the host's record.
    const others = [...keys].filter((k) => k !== key).map((k) => flight.get(k));
    for (const k of keys) if (!flight.get(k)) keys.delete(k);
    keys.add(key);
    return flight.run(key, () => run(scope, host, storeId), others);
  };

  return {
    /** What a run with the same clues would remove now, and from which store. */
    async preview(
      scope: CleanupScope,
      host: SellerCentralHost,
      clues: StoreClues,
    ): Promise<CleanupPreview> {
      const [ok, storeId] = await Promise.all([permitted(scope, host), storeFor(clues)]);
      const selected = selectCookies(await read(storeId), ok ? scope : 'seller-central', host);
      return previewOf(selected, scope, host, storeId, world.engine, ok);
    },
    async run(
      scope: CleanupScope,
      host: SellerCentralHost,
      clues: StoreClues,
    ): Promise<CleanupRun> {
      return start(scope, host, await storeFor(clues));
    },
    /**
     * Finishes a run cut short (an update stopped the worker): same scope, host and store, so
     * that `planRun` resumes it and counts what it had already removed.
     */
    resume(cut: CleanupRun): Promise<CleanupRun> {
      return start(cut.scope, cut.host, cut.storeId ?? defaultStoreIds[world.engine]);
    },
  };
}
