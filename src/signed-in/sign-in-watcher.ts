/**
 * The background's `tabs.onUpdated` listener: when a tab with a sign-in record navigates, closes
 * that sign-in as sign-in-outcome.ts says. Non-async (its work is queued per tab, after the
 * tab's page reports) and removable by the caller.
 */
import { hostOfUrl, pageKindOfUrl, type SellerCentralHost } from '../sellercentral/marketplaces';
import { lastPageItem, type TabRecord, tabRecordItem } from '../shared/tab-record';
import { signInOutcome } from './sign-in-outcome';
import { cardOf, signedInCardItem } from './signed-in-card';

/** The parts of `tabs.onUpdated`'s arguments read here. */
export interface TabChange {
  url?: string;
  status?: string;
}

type InTurn = <T>(tabId: number, job: () => Promise<T>) => Promise<T>;

/**
 * Whether the browser holds a Seller Central session for a host, in the tab's cookie store (a
 * container's or a private window's cookies are not the default store's); the glue reads them.
 */
export type HasSession = (host: SellerCentralHost, storeId?: string) => Promise<boolean>;

/** The last page seen is this record (written together with it, background/index.ts). */
const sameRecord = (a: TabRecord | null, b: TabRecord) => a?.host === b.host && a.at === b.at;

/**
 * After the tab's navigation to `url` (undefined: a page the background may not see). Once the
 * seller is in, the tab's record and, if it is the same, the last page seen are closed, so the
 * diagnosis does not speak of an old page. A tab that leaves mid-sign-in loses its record, as a
 * closed one does; the last page seen stays for a popup opened elsewhere, as after a close.
 */
export async function closeSignIn(
  tabId: number,
  url: string | undefined,
  world: { now: number; hasSession: HasSession },
) {
  const previous = await tabRecordItem(tabId).get();
  if (previous === null) return signInOutcome(null, url, false);
  // The cookies are read only for a Seller Central page outside the sign-in.
  const host = pageKindOfUrl(url) === 'sign-in' ? undefined : hostOfUrl(url);
  const session =
    host === undefined ? false : await world.hasSession(host, previous.storeId).catch(() => false);
  const outcome = signInOutcome(previous, url, session);
  if (outcome.kind === 'signing-in') return outcome;
  const done: Promise<unknown>[] = [tabRecordItem(tabId).remove()];
  if (outcome.kind === 'in') {
    if (sameRecord(await lastPageItem.get(), previous)) done.push(lastPageItem.remove());
    if (outcome.card) {
      done.push(signedInCardItem(tabId).set(cardOf(outcome.card.host, previous, world.now)));
    }
  }
  await Promise.all(done);
  return outcome;
}

export function createSignInWatcher(inTurn: InTurn, now: () => number, hasSession: HasSession) {
  return (tabId: number, change: TabChange, tab: { url?: string }): void => {
    // Only a navigation tells where the tab is (its loading and complete steps, its new URL);
    // a title or an icon change does not.
    if (change.url === undefined && change.status === undefined) return;
    const url = change.url ?? tab.url;
    inTurn(tabId, () => closeSignIn(tabId, url, { now: now(), hasSession })).catch(() => {});
  };
}
