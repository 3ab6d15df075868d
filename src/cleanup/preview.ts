/** What a cleanup would remove now, listed before the seller agrees to it. Pure. */
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import type { CleanupScope } from '../shared/messages';
import type { Selected } from './select';
import { type Engine, type SiteDataType, siteDataRemoval } from './site-data';

export interface CleanupPreview {
  scope: CleanupScope;
  host: SellerCentralHost;
  /** The cookie store it is of: the run asked with the same clues cleans this one. */
  storeId: string;
  cookies: { name: string; domain: string; path: string }[];
  cleared: SiteDataType[];
  skipped: SiteDataType[];
  /** False: the scope needs a host permission the seller has not given (nothing will happen). */
  permitted: boolean;
}

export function previewOf(
  selected: readonly Selected[],
  scope: CleanupScope,
  host: SellerCentralHost,
  storeId: string,
  engine: Engine,
  permitted: boolean,
): CleanupPreview {
  const { cleared, skipped } = siteDataRemoval(host, engine);
  return {
    scope,
    host,
    storeId,
    cookies: selected.map(({ name, domain, path }) => ({ name, domain, path })),
    cleared,
    skipped,
    permitted,
  };
}
