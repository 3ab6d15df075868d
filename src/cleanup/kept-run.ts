/**
 * A cleanup's record that survives an update of the extension: the browser empties storage.session
 * then, and stops the service worker wherever it is. Each write goes to the session record (what
 * every reader reads) and to a copy in local storage; after the update the copy is put back and a
 * run cut short is finished; at browser start the copies go, as the session's would.
 */
import { marketplaces, type SellerCentralHost } from '../sellercentral/marketplaces';
import type { Item } from '../shared/storage-item';
import { type CleanupRun, keptRunItem, runItem } from './run';

/** The record the engine writes: the session's, with its copy. */
export function keptRun(host: SellerCentralHost): Item<CleanupRun | null> {
  const session = runItem(host);
  const copy = keptRunItem(host);
  return {
    area: session.area,
    key: session.key,
    default: session.default,
    get: () => session.get(),
    set: (run) => Promise.all([session.set(run), copy.set(run)]).then(() => {}),
    remove: () => Promise.all([session.remove(), copy.remove()]).then(() => {}),
    watch: (onChange) => session.watch(onChange),
  };
}

/**
 * After an update: every kept record back into the session (where the popup, the diagnosis and
 * support read it); the runs the update cut short are handed to `resume`.
 */
export async function restoreKeptRuns(resume: (run: CleanupRun) => Promise<unknown>) {
  const kept = await Promise.all(marketplaces.map((m) => keptRunItem(m.host).get()));
  await Promise.all(
    kept.map(async (run) => {
      if (!run) return;
      const now = await runItem(run.host).get();
      // A record the session still has (a reload that kept it) is as new or newer.
      if (!now) await runItem(run.host).set(run);
      if (run.finishedAt === null) await resume(now ?? run).catch(() => {});
    }),
  );
}

/** At browser start: the copies go with the session they copied. */
export function forgetKeptRuns(): Promise<void> {
  return Promise.all(marketplaces.map((m) => keptRunItem(m.host).remove())).then(() => {});
}
