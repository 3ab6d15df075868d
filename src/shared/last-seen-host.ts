/**
 * The Seller Central host last seen in any tab, kept in `storage.local` so the popup knows the
 * marketplace after the browser restarts too.
 */
import { isSellerCentralHost, type SellerCentralHost } from '../sellercentral/marketplaces';
import { item } from './storage-item';

export function parseHost(raw: unknown): SellerCentralHost | null {
  return typeof raw === 'string' && isSellerCentralHost(raw) ? raw : null;
}

export const lastSeenHostItem = item({
  area: 'local',
  key: 'lastSeenHost',
  parse: parseHost,
  default: null,
});
