/**
 * One string per cookie: what the browser itself uses to tell two cookies apart (store, partition,
 * first-party domain on Firefox, domain, path, name). Progress is kept as these keys, so a cleanup
 * resumed after a restart knows what it already removed and removes nothing twice.
 */
export interface CookieIdentity {
  name: string;
  domain: string;
  path: string;
  storeId: string;
  partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean } | null;
  firstPartyDomain?: string;
}

export function cookieKey(c: CookieIdentity): string {
  const p = c.partitionKey;
  const partition = p ? `${p.topLevelSite ?? ''}${p.hasCrossSiteAncestor ? '+x' : ''}` : '';
  return [c.storeId, partition, c.firstPartyDomain ?? '', c.domain, c.path, c.name].join('\t');
}
