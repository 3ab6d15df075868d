/** Background wiring: checks every sender, then records what the banner saw and acts for it. */
import browser from 'webextension-polyfill';
import { browserWorld as cleanupWorld } from '../cleanup/browser-world';
import { type StoreClues, storeOfTab, type TabLike } from '../cleanup/choose-store';
import { createCleanupEngine } from '../cleanup/cleanup-engine';
import { setClockBadge } from '../clock/badge';
import { browserWorld as probeWorld } from '../clock/browser-world';
import { createCheckClock } from '../clock/check-clock';
import { clockItem } from '../clock/state';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { pickBannerMessages } from '../shared/banner-messages';
import { bannerMayShow, dismissalItem } from '../shared/dismissal';
import { lastSeenHostItem } from '../shared/last-seen-host';
import type { Locale } from '../shared/locales';
import { type CleanupPayload, createListener } from '../shared/messages';
import { packagedCatalogue } from '../shared/packaged-catalogue';
import { type Sender, senderOf } from '../shared/sender';
import { settingsItem } from '../shared/settings';
import { lastPageItem, nextTabRecord, tabRecordItem } from '../shared/tab-record';
import { draftItem } from '../support/draft';
import { openPopup } from './open-popup';

const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };

const checkClock = createCheckClock({
  state: clockItem,
  settings: () => settingsItem.get(),
  probe: probeWorld,
  now: () => Date.now(),
  badge: setClockBadge,
});
const cleanup = createCleanupEngine(cleanupWorld);

/** The banner's strings in a page language other than the browser's, from the packaged files. */
const bannerMessages = (locale: Locale) => packagedCatalogue(locale).then(pickBannerMessages);

/**
 * The host a cleanup is for and what tells its cookie store: a content script's own page and tab,
 * and only the `seller-central` scope (the wider one needs the popup's warning and permission
 * prompt); an extension page names a listed host and, if it has one, the tab it is about.
 */
async function cleanupTarget(
  { scope, host, tabId }: CleanupPayload,
  from: Extract<Sender, { kind: 'sign-in' | 'extension-page' }>,
): Promise<{ host: SellerCentralHost; clues: StoreClues }> {
  if (from.kind === 'sign-in') {
    if (host !== null || tabId !== undefined || scope !== 'seller-central') {
      throw new Error('a content script may only clean up its own Seller Central site');
    }
    const signInTab = { id: from.tabId, cookieStoreId: from.cookieStoreId };
    return {
      host: from.host,
      clues: { host: from.host, signInTab, popupTab: null, lastPage: null },
    };
  }
  if (host === null) throw new Error('no marketplace to clean up');
  const [record, lastPage] = await Promise.all([
    tabId === undefined ? null : tabRecordItem(tabId).get(),
    lastPageItem.get(),
  ]);
  const popupTab = tabId === undefined ? null : { id: tabId, record };
  return { host, clues: { host, signInTab: null, popupTab, lastPage } };
}

/** The sign-in tab's cookie store, recorded with what it showed (null: the browser did not say). */
const storeOfSignInTab = (tab: TabLike): Promise<string | null> =>
  // Firefox names it on the tab: no need to ask for the stores.
  tab.cookieStoreId
    ? Promise.resolve(storeOfTab([], tab))
    : cleanupWorld.cookieStores().then(
        (stores) => storeOfTab(stores, tab),
        () => null,
      );

const onMessage = createListener(
  {
    async bannerStatus({ locale }, { tabId, host }) {
      const [dismissedOn, settings, messages] = await Promise.all([
        dismissalItem(tabId).get(),
        settingsItem.get(),
        locale ? bannerMessages(locale) : null,
      ]);
      return { show: bannerMayShow(settings.bannerEnabled, dismissedOn, host), messages };
    },
    async pageSeen(report, { tabId, host, cookieStoreId }) {
      const storeId = await storeOfSignInTab({ id: tabId, cookieStoreId });
      // Plain writes (no read first): they cannot undo a dismissal made at the same moment.
      const record = nextTabRecord(report, host, Date.now(), storeId);
      await Promise.all([
        tabRecordItem(tabId).set(record),
        lastPageItem.set(record),
        lastSeenHostItem.set(host),
      ]);
      return { ok: true };
    },
    async dismissBanner(_payload, { tabId, host }) {
      // Its own key, written by nothing else: see dismissal.ts.
      await dismissalItem(tabId).set(host);
      return { ok: true };
    },
    async checkClock({ host, scope }, from) {
      // A content script checks its own page's marketplace; only extension pages may name one.
      const target = from.kind === 'sign-in' ? (host === null ? from.host : null) : host;
      if (!target) throw new Error('no marketplace to check');
      return checkClock(target, scope);
    },
    async openPopup({ section }, { tabId, windowId, index }) {
      const opened = await openPopup(section, {
        id: tabId,
        ...(windowId === undefined ? {} : { windowId }),
        ...(index === undefined ? {} : { index }),
      });
      return { opened };
    },
    async cleanupPreview(payload, from) {
      const target = await cleanupTarget(payload, from);
      return cleanup.preview(payload.scope, target.host, target.clues);
    },
    async cleanup(payload, from) {
      const target = await cleanupTarget(payload, from);
      return cleanup.run(payload.scope, target.host, target.clues);
    },
    async supportDraft(_payload, { host }) {
      return { text: (await draftItem(host).get())?.text ?? null };
    },
  },
  (sender: browser.Runtime.MessageSender) => senderOf(sender, self),
);
browser.runtime.onMessage.addListener(onMessage);

// The tab closed: forget what was seen in it and its dismissal (the last page seen stays).
browser.tabs.onRemoved.addListener((tabId) => {
  tabRecordItem(tabId)
    .remove()
    .catch(() => {});
  dismissalItem(tabId)
    .remove()
    .catch(() => {});
});
