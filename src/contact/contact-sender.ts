/**
 * The Contact Us content script as a sender: this extension, the top frame of a tab on a listed
 * Seller Central host, under `/cu/`. Only it may ask for the support draft (see sender.ts for the
 * sign-in pages' rule; the same checks, another path).
 */
import { marketplaceOfUrl, type SellerCentralHost } from '../sellercentral/marketplaces';
import type { SenderLike } from '../shared/sender';

export function contactSender(
  sender: SenderLike,
  self: { id: string },
): { tabId: number; host: SellerCentralHost } | null {
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0 || sender.frameId !== 0) return null;
  const marketplace = marketplaceOfUrl(sender.url);
  if (!marketplace || !new URL(sender.url).pathname.startsWith('/cu/')) return null;
  return { tabId, host: marketplace.host };
}

/** The content-script match pattern for the Contact Us pages of a host. */
export function contactPattern(host: string): string {
  return `https://${host}/cu/*`;
}
