/** Typed access to the storage areas: the only module that reads or writes `browser.storage`. */
import browser from 'webextension-polyfill';
import { isSellerCentralHost, type SellerCentralHost } from '../sellercentral/marketplaces';
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

export async function removeTabRecord(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

export async function getLastSeenHost(): Promise<SellerCentralHost | null> {
  const got = await browser.storage.local.get(lastSeenKey);
  const host = got[lastSeenKey];
  return typeof host === 'string' && isSellerCentralHost(host) ? host : null;
}

export async function setLastSeenHost(host: SellerCentralHost): Promise<void> {
  await browser.storage.local.set({ [lastSeenKey]: host });
}
