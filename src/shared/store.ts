/** Typed access to the storage areas: the only module that reads or writes `browser.storage`. */
import browser from 'webextension-polyfill';
import { type ClockState, clockKey, parseClockState } from '../clock/state';
import { type GuideState, guideKey, parseGuideState } from '../guide/guide-state';
import { isSellerCentralHost, type SellerCentralHost } from '../sellercentral/marketplaces';
import { type CleanupResult, cleanupKey, parseCleanupResult } from '../support/cleanup-result';
import { type Draft, draftKey, parseDraft } from '../support/draft';
import { parseTotpRecord, type TotpRecord, totpRecordKey } from '../totp/check-record';
import { dismissalKey, parseDismissal } from './dismissal';
import { parseSettings, type Settings, settingsKey } from './settings';
import { parseTabRecord, type TabRecord, tabKey } from './tab-record';

const lastSeenKey = 'lastSeenHost';

export async function getSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(settingsKey);
  return parseSettings(got[settingsKey]);
}

export async function setSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [settingsKey]: parseSettings(settings) });
}

export async function getTabRecord(tabId: number): Promise<TabRecord | null> {
  const key = tabKey(tabId);
  const got = await browser.storage.session.get(key);
  return parseTabRecord(got[key]);
}

export async function setTabRecord(tabId: number, record: TabRecord): Promise<void> {
  await browser.storage.session.set({ [tabKey(tabId)]: record });
}

/** The tab closed: forget what was seen in it and its dismissal. */
export async function removeTabRecord(tabId: number): Promise<void> {
  await browser.storage.session.remove([tabKey(tabId), dismissalKey(tabId)]);
}

export async function getDismissal(tabId: number): Promise<SellerCentralHost | null> {
  const key = dismissalKey(tabId);
  const got = await browser.storage.session.get(key);
  return parseDismissal(got[key]);
}

/** Its own key, written by nothing else: see dismissal.ts. */
export async function setDismissal(tabId: number, host: SellerCentralHost): Promise<void> {
  await browser.storage.session.set({ [dismissalKey(tabId)]: host });
}

export async function getLastSeenHost(): Promise<SellerCentralHost | null> {
  const got = await browser.storage.local.get(lastSeenKey);
  const host = got[lastSeenKey];
  return typeof host === 'string' && isSellerCentralHost(host) ? host : null;
}

export async function setLastSeenHost(host: SellerCentralHost): Promise<void> {
  await browser.storage.local.set({ [lastSeenKey]: host });
}

export async function getGuideState(host: SellerCentralHost): Promise<GuideState> {
  const got = await browser.storage.local.get(guideKey(host));
  return parseGuideState(got[guideKey(host)]);
}

export async function setGuideState(host: SellerCentralHost, state: GuideState): Promise<void> {
  await browser.storage.local.set({ [guideKey(host)]: parseGuideState(state) });
}

export async function getDraft(host: SellerCentralHost): Promise<Draft | null> {
  const got = await browser.storage.local.get(draftKey(host));
  return parseDraft(got[draftKey(host)]);
}

/** The draft holds no secret (see support/draft.ts), so storage.local is fine. */
export async function setDraft(host: SellerCentralHost, draft: Draft): Promise<void> {
  await browser.storage.local.set({ [draftKey(host)]: draft });
}

export async function getCleanupResult(host: SellerCentralHost): Promise<CleanupResult | null> {
  const got = await browser.storage.session.get(cleanupKey(host));
  return parseCleanupResult(got[cleanupKey(host)]);
}

export async function getClockState(host: SellerCentralHost): Promise<ClockState | null> {
  const got = await browser.storage.session.get(clockKey(host));
  return parseClockState(got[clockKey(host)]);
}

export async function getTotpRecord(host: SellerCentralHost): Promise<TotpRecord | null> {
  const got = await browser.storage.session.get(totpRecordKey(host));
  return parseTotpRecord(got[totpRecordKey(host)]);
}

/** Only the answer: the key and the code never reach storage (totp/check-record.ts). */
export async function setTotpRecord(host: SellerCentralHost, record: TotpRecord): Promise<void> {
  await browser.storage.session.set({ [totpRecordKey(host)]: record });
}

/** Calls `onChange` when one of `keys` changes in `area`; returns what stops it. */
export function watchKeys(
  area: 'local' | 'session',
  keys: readonly string[],
  onChange: () => void,
): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (keys.some((k) => k in changes)) onChange();
  };
  browser.storage[area].onChanged.addListener(listener);
  return () => browser.storage[area].onChanged.removeListener(listener);
}
