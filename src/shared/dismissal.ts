/**
 * The seller closed the banner in a tab: kept in `storage.session` under its own key per tab, as
 * the host it was closed on. Only `dismissBanner` writes it, so a page report arriving at the same
 * moment (a read-modify-write of the tab record) can never undo it.
 */
import { isSellerCentralHost, type SellerCentralHost } from '../sellercentral/marketplaces';
import { itemFamily } from './storage-item';

/** The host the banner was closed on, or null: missing or corrupted reads as not dismissed. */
export function parseDismissal(raw: unknown): SellerCentralHost | null {
  return typeof raw === 'string' && isSellerCentralHost(raw) ? raw : null;
}

export const dismissalItem = itemFamily({
  area: 'session',
  key: (tabId: number) => `dismissed:${tabId}`,
  parse: parseDismissal,
  default: null,
});

/** The banner may show unless turned off, or closed in this tab while on the same marketplace. */
export function bannerMayShow(
  enabled: boolean,
  dismissedOn: SellerCentralHost | null,
  host: SellerCentralHost,
): boolean {
  return enabled && dismissedOn !== host;
}
