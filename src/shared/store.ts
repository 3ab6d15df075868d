/** Typed access to the storage areas: the only module that reads or writes `browser.storage`. */
import browser from 'webextension-polyfill';
import { isSellerCentralHost, type SellerCentralHost } from '../sellercentral/marketplaces';
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
