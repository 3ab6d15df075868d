/** Background wiring: checks every sender, then records what the banner saw and acts for it. */
import browser, { type Runtime } from 'webextension-polyfill';
import { contactSender } from '../contact/contact-sender';
import { isSellerCentralHost } from '../sellercentral/marketplaces';
import type { MessageName } from '../shared/messages';
import { createListener } from '../shared/messages';
import { classifySender } from '../shared/sender';
import {
  getDraft,
  getSettings,
  getTabRecord,
  removeTabRecord,
  setLastSeenHost,
  setTabRecord,
} from '../shared/store';
import { nextTabRecord } from '../shared/tab-record';
import { checkClock } from './clock';
import { openPopup } from './open-popup';

const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };

/** Which kind of sender may send which message. */
const allowed: Record<MessageName, 'content' | 'contact' | 'any'> = {
  bannerStatus: 'content',
  checkClock: 'any',
  pageSeen: 'content',
  dismissBanner: 'content',
  openPopup: 'content',
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

const onMessage = createListener(
  {
    async bannerStatus(_payload, sender) {
      const { tabId, host } = contentTab(sender);
      const [record, settings] = await Promise.all([getTabRecord(tabId), getSettings()]);
      const dismissed = record?.host === host && record.dismissed;
      return { show: settings.bannerEnabled && !dismissed };
    },
    async pageSeen(report, sender) {
      const { tabId, host } = contentTab(sender);
      const previous = await getTabRecord(tabId);
      const record = nextTabRecord(previous, report, host, Date.now());
      await Promise.all([setTabRecord(tabId, record), setLastSeenHost(host)]);
      return { ok: true };
    },
    async dismissBanner(_payload, sender) {
      const { tabId } = contentTab(sender);
      const record = await getTabRecord(tabId);
      if (record) await setTabRecord(tabId, { ...record, dismissed: true });
      return { ok: true };
    },
    async checkClock({ host, scope, force }, sender) {
      const who = classifySender(sender, self);
      // A content script checks its own page's marketplace; only extension pages may name one.
      const target = who?.kind === 'content' ? (host === null ? who.host : null) : host;
      if (!target) throw new Error('no marketplace to check');
      return checkClock(target, { scope, force });
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
    async supportDraft(_payload, sender) {
      const who = contactSender(sender, self);
      if (!who) throw new Error('not a content script on a Seller Central Contact Us page');
      return { text: (await getDraft(who.host))?.text ?? null };
    },
  },
  accept,
);
browser.runtime.onMessage.addListener(onMessage);

browser.tabs.onRemoved.addListener((tabId) => {
  void removeTabRecord(tabId);
});
