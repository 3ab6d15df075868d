/** Background wiring: checks every sender, then records what the banner saw and acts for it. */
import browser from 'webextension-polyfill';
import { browserWorld as cleanupWorld } from '../cleanup/browser-world';
import { type StoreClues, storeOfTab, type TabLike } from '../cleanup/choose-store';
import { createCleanupEngine } from '../cleanup/cleanup-engine';
import { forgetKeptRuns, restoreKeptRuns } from '../cleanup/kept-run';
import { setClockBadge } from '../clock/badge';
import { browserWorld as probeWorld } from '../clock/browser-world';
import { createCheckClock } from '../clock/check-clock';
import { clockItem } from '../clock/state';
import { verdictSentence } from '../clock/words';
import { wordsForPage } from '../detect/detection-words';
import { injectIntoOpenTabs } from '../first-contact/browser-inject';
import { networkLocation } from '../network/network-location';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { pickBannerMessages } from '../shared/banner-messages';
import { translator } from '../shared/catalogue';
import { bannerMayShow, dismissalItem } from '../shared/dismissal';
import { t, uiLanguage } from '../shared/i18n';
import { lastSeenHostItem } from '../shared/last-seen-host';
import { type Locale, pageLocaleToFetch, tagOf } from '../shared/locales';
import { type CleanupPayload, createListener } from '../shared/messages';
import { packagedCatalogue } from '../shared/packaged-catalogue';
import { type Sender, senderOf } from '../shared/sender';
import { settingsItem } from '../shared/settings';
import {
  lastPageItem,
  nextTabRecord,
  type TabRecord,
  tabRecordItem,
  withCodeRequest,
} from '../shared/tab-record';
import { createSignInWatcher } from '../signed-in/sign-in-watcher';
import { signedInCardItem } from '../signed-in/signed-in-card';
import { draftItem } from '../support/draft';
import { hasSession } from '../support/has-session';
import { inTurn } from './in-turn';
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

/** A tab's record is changed by one message at a time (see in-turn.ts). */
const perTab = inTurn<number>();

/** Writes a tab's record, and it as the last page seen. */
const saveRecord = (tabId: number, record: TabRecord) =>
  Promise.all([tabRecordItem(tabId).set(record), lastPageItem.set(record)]);

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
      // The i18n API already gives the content script the browser's language: only another's.
      const other = pageLocaleToFetch(locale, browser.i18n.getUILanguage());
      const [dismissedOn, settings, messages] = await Promise.all([
        dismissalItem(tabId).get(),
        settingsItem.get(),
        other ? bannerMessages(other) : null,
      ]);
      return {
        show: bannerMayShow(settings.bannerEnabled, dismissedOn, host),
        messages,
        // Always the page's (Amazon writes in the marketplace's language, whatever the browser's).
        words: wordsForPage(locale),
      };
    },
    pageSeen(report, { tabId, host, incognito, cookieStoreId }) {
      // The dismissal has its own key (dismissal.ts): this read and write cannot undo it.
      return perTab(tabId, async () => {
        const [previous, storeId] = await Promise.all([
          tabRecordItem(tabId).get(),
          storeOfSignInTab({ id: tabId, cookieStoreId }),
        ]);
        const record = nextTabRecord(report, previous, {
          host,
          now: Date.now(),
          privateWindow: incognito === true,
          storeId,
        });
        await Promise.all([saveRecord(tabId, record), lastSeenHostItem.set(host)]);
        const { retryAt, latestRequestAt, privateWindow } = record;
        return { ok: true as const, retryAt, latestRequestAt, privateWindow };
      });
    },
    codeRequested(_payload, { tabId }) {
      return perTab(tabId, async () => {
        const now = Date.now();
        // No record: the banner did not report this tab (closed or off); nothing to note it in.
        const record = await tabRecordItem(tabId).get();
        if (record) await saveRecord(tabId, withCodeRequest(record, now));
        return { latestRequestAt: now };
      });
    },
    async dismissBanner(_payload, { tabId, host }) {
      // Its own key, written by nothing else: see dismissal.ts.
      await dismissalItem(tabId).set(host);
      return { ok: true };
    },
    async checkClock({ host, scope }) {
      if (!host) throw new Error('no marketplace to check');
      const { result, location } = await checkClock(host, scope);
      // This browser's time zone, read here: the rule is pure (network/network-location.ts).
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      return { ...result, network: networkLocation(location, zone) };
    },
    async bannerClock({ scope, locale }, { host }) {
      // The page's language when it is not the browser's (the banner's own rule, bannerStatus).
      const other = pageLocaleToFetch(locale, browser.i18n.getUILanguage());
      const [{ result }, messages] = await Promise.all([
        checkClock(host, scope),
        other ? packagedCatalogue(other).catch(() => null) : null,
      ]);
      const words = other && messages ? translator(messages, t) : t;
      const lang = other && messages ? tagOf(other) : uiLanguage().lang;
      return { verdict: result.verdict, text: verdictSentence(words, result, lang) };
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

// A sign-in tab that reaches Seller Central outside the sign-in: the "you're in" card.
const watchSignIn = createSignInWatcher(perTab, () => Date.now(), hasSession);
browser.tabs.onUpdated.addListener(watchSignIn);

// The tab closed: forget what was seen in it and its dismissal (the last page seen stays).
browser.tabs.onRemoved.addListener((tabId) => {
  signedInCardItem(tabId)
    .remove()
    .catch(() => {});
  tabRecordItem(tabId)
    .remove()
    .catch(() => {});
  dismissalItem(tabId)
    .remove()
    .catch(() => {});
});

// Installed or updated with sign-in tabs open: their pages get the banner now, without a reload
// (first-contact/inject-open-tabs.ts). Not on a browser update: its tabs load anew.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install' || reason === 'update') injectIntoOpenTabs().catch(() => {});
  // The update emptied storage.session: the last cleanups come back, one cut short is finished.
  if (reason === 'update') restoreKeptRuns((run) => cleanup.resume(run)).catch(() => {});
});
// A new browser session: the cleanups' copies go with the session they were kept for.
browser.runtime.onStartup.addListener(() => {
  forgetKeptRuns().catch(() => {});
});
