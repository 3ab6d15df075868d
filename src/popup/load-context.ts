/** Glue: everything the popup header needs, read from the tab, the URL and the storage items. */
import browser from 'webextension-polyfill';
import { contentScriptsOf } from '../first-contact/content-scripts';
import { planTabRead, type TabReadPlan } from '../first-contact/plan-tab-read';
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
  /** That tab's address, when the host permissions let the popup see it (a Seller Central page). */
  tabUrl: string | undefined;
  /** What to do about that tab's page when nothing reported it (first-contact/plan-tab-read.ts). */
  read: TabReadPlan;
};

/** A tab's address; undefined when it is closed or on a site the extension may not see. */
const urlOfTab = (tabId: number): Promise<string | undefined> =>
  browser.tabs.get(tabId).then(
    (tab) => tab?.url,
    () => undefined,
  );

/** The tab the popup is about: named in its URL (opened as a tab), by the banner, or the active one. */
async function targetTab(
  search: string,
): Promise<{ tabId: number | null; section: Section | null; tabUrl: string | undefined }> {
  // Both asked at once: the popup's first clock verdict waits on this.
  const [target, [active]] = await Promise.all([
    takePopupTarget(),
    browser.tabs.query({ active: true, currentWindow: true }),
  ]);
  const fromUrl = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) {
    return { tabId: fromUrl, section: null, tabUrl: await urlOfTab(fromUrl) };
  }
  if (target) return { ...target, tabUrl: await urlOfTab(target.tabId) };
  return { tabId: active?.id ?? null, section: null, tabUrl: active?.url };
}

export async function loadContext(search: string): Promise<PopupContext> {
  // The tab's record is read as soon as the tab is known, not after the other reads: the clock
  // check waits on the marketplace it names.
  const target = targetTab(search);
  const [{ tabId, section, tabUrl }, tab, settings, lastSeenHost, lastPage, current] =
    await Promise.all([
      target,
      target.then(({ tabId }) => (tabId === null ? null : tabRecordItem(tabId).get())),
      settingsItem.get(),
      lastSeenHostItem.get(),
      lastPageItem.get(),
      // The popup opened as a page of its own is in a tab: that one has nothing to read.
      browser.tabs.getCurrent().catch(() => undefined),
    ]);
  const read = planTabRead({
    id: tabId,
    url: tabUrl,
    hasRecord: tab !== null,
    isPopupTab: current?.id !== undefined && current.id === tabId,
    scripts: contentScriptsOf(browser.runtime.getManifest()),
  });
  return {
    ...chooseContext({ tab, tabUrl, lastPage, lastSeenHost, defaultHost: settings.defaultHost }),
    section,
    tabId,
    tabUrl,
    read,
  };
}
