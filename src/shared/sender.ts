/**
 * What sent a message, worked out once by the background's listener and handed to the handlers:
 * this extension's own page, its sign-in content script, its Contact Us content script, or
 * anything else (null: refused). The background acts only for these (Dark Reader checks senders
 * the same way):
 * https://developer.chrome.com/docs/extensions/develop/concepts/messaging#security-considerations
 */
import { pageOfUrl, type SellerCentralHost } from '../sellercentral/marketplaces';

export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: {
    id?: number;
    url?: string;
    windowId?: number;
    index?: number;
    cookieStoreId?: string;
    incognito?: boolean;
  };
}

/** A content script's tab: where it runs, and what `tabs.create` needs to open a tab beside it. */
export interface SenderTab {
  tabId: number;
  host: SellerCentralHost;
  windowId?: number;
  index?: number;
  /** The tab is in a private window (the browser's own word for it, `tab.incognito`). */
  incognito?: true;
  /** Firefox names the tab's cookie store (a container's, a private window's); Chrome does not. */
  cookieStoreId?: string;
}

export type Sender =
  | { kind: 'extension-page' }
  | ({ kind: 'sign-in' } & SenderTab)
  | ({ kind: 'contact' } & SenderTab);

export type SenderKind = Sender['kind'];

/** `self` is this extension: its id and its pages' origin (`chrome-extension://<id>`). */
export function senderOf(sender: SenderLike, self: { id: string; origin: string }): Sender | null {
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(`${self.origin}/`)) return { kind: 'extension-page' };
  const tabId = sender.tab?.id;
  // Our content scripts run in top frames only; a frame id other than 0 is someone else's frame.
  if (typeof tabId !== 'number' || tabId < 0 || sender.frameId !== 0) return null;
  const page = pageOfUrl(sender.url);
  if (!page) return null;
  const { windowId, index, incognito, cookieStoreId } = sender.tab ?? {};
  return {
    kind: page.kind,
    tabId,
    host: page.marketplace.host,
    ...(typeof windowId === 'number' ? { windowId } : {}),
    ...(typeof index === 'number' ? { index } : {}),
    ...(incognito === true ? { incognito } : {}),
    ...(typeof cookieStoreId === 'string' ? { cookieStoreId } : {}),
  };
}
