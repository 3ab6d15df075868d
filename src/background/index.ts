/** Background wiring: checks every sender, then records what the banner saw and acts for it. */
import browser from 'webextension-polyfill';
import type { CleanupScope } from '../cleanup/scope';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { pickBannerMessages } from '../shared/banner-messages';
import { bannerMayShow } from '../shared/dismissal';
import type { Locale } from '../shared/locales';
import { createListener } from '../shared/messages';
import { packagedCatalogue } from '../shared/packaged-catalogue';
import { type Sender, senderOf } from '../shared/sender';
import {
  getDismissal,
  getDraft,
  getSettings,
  removeTabRecord,
  setDismissal,
  setLastSeenHost,
  setTabRecord,
} from '../shared/store';
import { nextTabRecord } from '../shared/tab-record';
import { previewCleanup, runCleanup } from './cleanup';
import { checkClock } from './clock';
import { openPopup } from './open-popup';

const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };

/** The banner's strings in a page language other than the browser's, from the packaged files. */
const bannerMessages = (locale: Locale) => packagedCatalogue(locale).then(pickBannerMessages);

/**
 * The host a cleanup is for: a content script's own page, and only the `seller-central` scope (the
 * wider one needs the popup's warning and permission prompt); an extension page names a listed host.
 */
function cleanupTarget(
  scope: CleanupScope,
  host: SellerCentralHost | null,
  from: Extract<Sender, { kind: 'sign-in' | 'extension-page' }>,
): SellerCentralHost {
  if (from.kind === 'sign-in') {
    if (host !== null || scope !== 'seller-central') {
      throw new Error('a content script may only clean up its own Seller Central site');
    }
    return from.host;
  }
  if (host === null) throw new Error('no marketplace to clean up');
  return host;
}

const onMessage = createListener(
  {
    async bannerStatus({ locale }, { tabId, host }) {
      const [dismissedOn, settings, messages] = await Promise.all([
        getDismissal(tabId),
        getSettings(),
        locale ? bannerMessages(locale) : null,
      ]);
      return { show: bannerMayShow(settings.bannerEnabled, dismissedOn, host), messages };
    },
    async pageSeen(report, { tabId, host }) {
      // A plain write (no read first): it cannot undo a dismissal made at the same moment.
      const record = nextTabRecord(report, host, Date.now());
      await Promise.all([setTabRecord(tabId, record), setLastSeenHost(host)]);
      return { ok: true };
    },
    async dismissBanner(_payload, { tabId, host }) {
      await setDismissal(tabId, host);
      return { ok: true };
    },
    async checkClock({ host, scope, force }, from) {
      // A content script checks its own page's marketplace; only extension pages may name one.
      const target = from.kind === 'sign-in' ? (host === null ? from.host : null) : host;
      if (!target) throw new Error('no marketplace to check');
      return checkClock(target, { scope, force });
    },
    async openPopup({ section }, { tabId, windowId, index }) {
      const opened = await openPopup(section, {
        id: tabId,
        ...(windowId === undefined ? {} : { windowId }),
        ...(index === undefined ? {} : { index }),
      });
      return { opened };
    },
    async cleanupPreview({ scope, host }, from) {
      return previewCleanup(scope, cleanupTarget(scope, host, from));
    },
    async cleanup({ scope, host }, from) {
      return runCleanup(scope, cleanupTarget(scope, host, from));
    },
    async supportDraft(_payload, { host }) {
      return { text: (await getDraft(host))?.text ?? null };
    },
  },
  (sender: browser.Runtime.MessageSender) => senderOf(sender, self),
);
browser.runtime.onMessage.addListener(onMessage);

browser.tabs.onRemoved.addListener((tabId) => {
  void removeTabRecord(tabId);
});
