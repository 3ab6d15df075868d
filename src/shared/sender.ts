/**
 * Who sent a message. The background acts only for its own pages or for its content script in a
 * tab on a listed Seller Central sign-in page (Dark Reader checks senders the same way).
 * https://developer.chrome.com/docs/extensions/develop/concepts/messaging#security-considerations
 */
import { marketplaceOfUrl } from '../sellercentral/marketplaces';

export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type SenderKind =
  | { kind: 'extension-page' }
  | { kind: 'content'; tabId: number; host: string };

/** `self` is this extension: its id and its pages' origin (`chrome-extension://<id>`). */
export function classifySender(
  sender: SenderLike,
  self: { id: string; origin: string },
): SenderKind | null {
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(`${self.origin}/`)) return { kind: 'extension-page' };
  const tabId = sender.tab?.id;
  // Our content script runs in top frames only; a frame id other than 0 is someone else's frame.
  if (typeof tabId !== 'number' || tabId < 0 || sender.frameId !== 0) return null;
  const marketplace = marketplaceOfUrl(sender.url);
  if (!marketplace || !new URL(sender.url).pathname.startsWith('/ap/')) return null;
  return { kind: 'content', tabId, host: marketplace.host };
}
