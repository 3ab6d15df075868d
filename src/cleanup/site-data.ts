/**
 * The `browsingData.remove` call for the Seller Central origin's other data. Never `cookies: true`:
 * with an origin it clears the whole registrable domain (amazon.com), shopping sign-in included.
 * - Chromium: `origins` works for cookies, "storage" (local storage, IndexedDB, Cache Storage,
 *   service workers, file systems) and cache.
 *   https://developer.chrome.com/docs/extensions/reference/api/browsingData#type-RemovalOptions
 * - Firefox: `hostnames` (78+) only for cookies, IndexedDB, local storage and service workers; it
 *   has no per-site cache or Cache Storage removal, so those are left and the popup says so.
 *   https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/browsingData/RemovalOptions
 */
export const siteDataTypes = [
  'cache',
  'cacheStorage',
  'localStorage',
  'indexedDB',
  'serviceWorkers',
] as const;

export type SiteDataType = (typeof siteDataTypes)[number];

export type Engine = 'chromium' | 'firefox';

const firefoxPerSite: readonly SiteDataType[] = ['localStorage', 'indexedDB', 'serviceWorkers'];

export interface SiteDataRemoval {
  options: { origins: string[] } | { hostnames: string[] };
  dataToRemove: Partial<Record<SiteDataType, true>>;
  cleared: SiteDataType[];
  /** Types this browser cannot clear for one site only: left alone, and said so. */
  skipped: SiteDataType[];
}

export function siteDataRemoval(host: string, engine: Engine): SiteDataRemoval {
  const cleared = engine === 'firefox' ? [...firefoxPerSite] : [...siteDataTypes];
  return {
    options: engine === 'firefox' ? { hostnames: [host] } : { origins: [`https://${host}`] },
    dataToRemove: Object.fromEntries(cleared.map((t) => [t, true])),
    cleared,
    skipped: siteDataTypes.filter((t) => !cleared.includes(t)),
  };
}
