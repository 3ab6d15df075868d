/** Background wiring: checks every sender, then records what the banner saw and acts for it. */
import browser, { type Runtime } from 'webextension-polyfill';
import { browserWorld as cleanupWorld } from '../cleanup/browser-world';
import { createCleanupEngine } from '../cleanup/cleanup-engine';
import type { CleanupScope } from '../cleanup/scope';
import { setClockBadge } from '../clock/badge';
import { browserWorld as probeWorld } from '../clock/browser-world';
import { createCheckClock } from '../clock/check-clock';
import { clockItem } from '../clock/state';
import { contactSender } from '../contact/contact-sender';
import { isSellerCentralHost, type SellerCentralHost } from '../sellercentral/marketplaces';
import { createBannerMessages } from '../shared/banner-messages';
import { bannerMayShow, dismissalItem } from '../shared/dismissal';
import { lastSeenHostItem } from '../shared/last-seen-host';
import type { MessageName } from '../shared/messages';
import { createListener } from '../shared/messages';
import { classifySender } from '../shared/sender';
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

/** Which kind of sender may send which message. */
const allowed: Record<MessageName, 'content' | 'contact' | 'any'> = {
  bannerStatus: 'content',
  checkClock: 'any',
  pageSeen: 'content',
  dismissBanner: 'content',
  openPopup: 'content',
  cleanupPreview: 'any',
  cleanup: 'any',
  supportDraft: 'contact',
};

function accept(type: MessageName, sender: Runtime.MessageSender): boolean {
  if (allowed[type] === 'contact') return contactSender(sender, self) !== null;
  const who = classifySender(sender, self);
  return who !== null && (allowed[type] === 'any' || who.kind === allowed[type]);
}

/** The sending tab and its host; `accept` has already checked both. */
function contentTab(sender: Runtime.MessageSender) {
  const who = classifySender(sender, self);
  if (who?.kind !== 'content' || !isSellerCentralHost(who.host)) {
    throw new Error('not a content script on a Seller Central sign-in page');
  }
  return { tabId: who.tabId, host: who.host };
}

/** The banner's strings in a page language other than the browser's, from the packaged files. */
const bannerMessages = createBannerMessages((locale) =>
  fetch(browser.runtime.getURL(`_locales/${locale}/messages.json`)).then((r) =>
    r.ok ? r.json() : null,
  ),
);

/**
 * The host a cleanup is for: a content script's own page, and only the `seller-central` scope (the
 * wider one needs the popup's warning and permission prompt); an extension page names a listed host.
 */
function cleanupTarget(
  scope: CleanupScope,
  host: SellerCentralHost | null,
  sender: Runtime.MessageSender,
): SellerCentralHost {
  const who = classifySender(sender, self);
  if (who?.kind === 'content') {
    if (host !== null || scope !== 'seller-central' || !isSellerCentralHost(who.host)) {
      throw new Error('a content script may only clean up its own Seller Central site');
    }
    return who.host;
  }
  if (host === null) throw new Error('no marketplace to clean up');
  return host;
}

const onMessage = createListener(
  {
    async bannerStatus({ locale }, sender) {
      const { tabId, host } = contentTab(sender);
      const [dismissedOn, settings, messages] = await Promise.all([
        dismissalItem(tabId).get(),
        settingsItem.get(),
        locale ? bannerMessages(locale) : null,
      ]);
      return { show: bannerMayShow(settings.bannerEnabled, dismissedOn, host), messages };
    },
    async pageSeen(report, sender) {
      const { tabId, host } = contentTab(sender);
      // Plain writes (no read first): they cannot undo a dismissal made at the same moment.
      const record = nextTabRecord(report, host, Date.now());
      await Promise.all([
        tabRecordItem(tabId).set(record),
        lastPageItem.set(record),
        lastSeenHostItem.set(host),
      ]);
      return { ok: true };
    },
    async dismissBanner(_payload, sender) {
      const { tabId, host } = contentTab(sender);
      // Its own key, written by nothing else: see dismissal.ts.
      await dismissalItem(tabId).set(host);
      return { ok: true };
    },
    async checkClock({ host, scope }, sender) {
      const who = classifySender(sender, self);
      // A content script checks its own page's marketplace; only extension pages may name one.
      const target = who?.kind === 'content' ? (host === null ? who.host : null) : host;
      if (!target) throw new Error('no marketplace to check');
      return checkClock(target, scope);
    },
    async openPopup({ section }, sender) {
      const { tabId } = contentTab(sender);
      const opened = await openPopup(section, {
        id: tabId,
        ...(sender.tab?.windowId === undefined ? {} : { windowId: sender.tab.windowId }),
        ...(sender.tab?.index === undefined ? {} : { index: sender.tab.index }),
      });
      return { opened };
    },
    async cleanupPreview({ scope, host }, sender) {
      return cleanup.preview(scope, cleanupTarget(scope, host, sender));
    },
    async cleanup({ scope, host }, sender) {
      return cleanup.run(scope, cleanupTarget(scope, host, sender));
    },
    async supportDraft(_payload, sender) {
      const who = contactSender(sender, self);
      if (!who) throw new Error('not a content script on a Seller Central Contact Us page');
      return { text: (await draftItem(who.host).get())?.text ?? null };
    },
  },
  accept,
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
