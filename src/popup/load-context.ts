/** Glue: everything the popup header needs, read from the tab, the URL and the storage items. */
import browser from 'webextension-polyfill';
import { lastSeenHostItem } from '../shared/last-seen-host';
import { takePopupTarget } from '../shared/popup-target';
import type { Section } from '../shared/sections';
import { settingsItem } from '../shared/settings';
import { lastPageItem, tabRecordItem } from '../shared/tab-record';
import { chooseContext } from './choose-context';

export type PopupContext = ReturnType<typeof chooseContext> & {
  section: Section | null;
  /**
   * The tab the popup is about, if any: the diagnosis follows its record while open, and its
   * cleanup acts on that tab's cookie store.
   */
  tabId: number | null;
};

/** The tab the popup is about: named in its URL (opened as a tab), by the banner, or the active one. */
async function targetTab(
  search: string,
): Promise<{ tabId: number | null; section: Section | null }> {
  // Both asked at once: the popup's first clock verdict waits on this.
  const [target, [active]] = await Promise.all([
    takePopupTarget(),
    browser.tabs.query({ active: true, currentWindow: true }),
  ]);
  const fromUrl = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return { tabId: fromUrl, section: null };
  if (target) return target;
  return { tabId: active?.id ?? null, section: null };
}

export async function loadContext(search: string): Promise<PopupContext> {
  // The tab's record is read as soon as the tab is known, not after the other reads: the clock
  // check waits on the marketplace it names.
  const target = targetTab(search);
  const [{ tabId, section }, tab, settings, lastSeenHost, lastPage] = await Promise.all([
    target,
    target.then(({ tabId }) => (tabId === null ? null : tabRecordItem(tabId).get())),
    settingsItem.get(),
    lastSeenHostItem.get(),
    lastPageItem.get(),
  ]);
  return {
    ...chooseContext({ tab, lastPage, lastSeenHost, defaultHost: settings.defaultHost }),
    section,
    tabId,
  };
}
