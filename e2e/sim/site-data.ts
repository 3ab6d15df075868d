/**
 * Cookies and site data for the cleanup tests (issue 4), made the way a real site makes them:
 * `Set-Cookie` response headers and a page script that fills every kind of origin storage.
 * - `/sim/cleanup/cookies`: the host's own cookies (host-only, domain, several paths, secure and
 *   not, HttpOnly, Partitioned).
 * - `/sim/cleanup/parent-cookies`: cookies on the parent Amazon domain (shopping and sign-in),
 *   which the `seller-central` scope must leave alone.
 * - `/sim/cleanup/embed?host=<host>`: this page framing another host's cookie route, so that host
 *   sets a partitioned cookie under this site (a cross-site partition key).
 * - `/sim/cleanup/site-data`: fills localStorage, IndexedDB and Cache Storage and registers a
 *   service worker, then sets `data-ready` on <html>.
 */
import { html } from './html';
import { htmlReply, type Reply, type SimRequest } from './http';

/** The parent Amazon domain of a Seller Central host (`sellercentral.amazon.de` → `amazon.de`). */
const parentOf = (host: string) => host.replace(/^sellercentral(-europe)?\./, '');

export function hostCookies(host: string): string[] {
  return [
    'sc-host=1; Path=/; Secure',
    'sc-plain=1; Path=/',
    `sc-domain=1; Domain=${host}; Path=/; Secure`,
    `sc-domain-plain=1; Domain=${host}; Path=/`,
    'sc-ap=1; Path=/ap; Secure',
    'sc-ap-signin=1; Path=/ap/signin; Secure; HttpOnly',
    'sc-sim=1; Path=/sim/cleanup',
    'sc-lax=1; Path=/; Secure; SameSite=Lax',
    'sc-part=1; Path=/; Secure; SameSite=None; Partitioned',
  ];
}

/** Shopping cookies and sign-in cookies on `.amazon.<tld>`, named like the real ones. */
export function parentCookies(host: string): string[] {
  const d = `Domain=${parentOf(host)}; Path=/`;
  return [
    `session-id=123-4567890-1234567; ${d}; Secure`,
    `session-id-time=2082787201l; ${d}; Secure`,
    `ubid-main=131-1234567-7654321; ${d}; Secure`,
    `i18n-prefs=USD; ${d}`,
    `lc-main=en_US; ${d}`,
    `at-main=Atza|sim; ${d}; Secure; HttpOnly`,
    `sess-at-main="sim"; ${d}; Secure; HttpOnly`,
    `sst-main=Sst1|sim; ${d}; Secure`,
    `x-main="sim"; ${d}; Secure`,
    `session-token=sim-token; ${d}; Secure`,
  ];
}

const siteDataScript = `
(async () => {
  localStorage.setItem('sc-local', 'x'.repeat(100));
  await new Promise((resolve, reject) => {
    const open = indexedDB.open('sc-db', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put('value', 'key');
      tx.oncomplete = () => { open.result.close(); resolve(); };
    };
  });
  const cache = await caches.open('sc-cache');
  await cache.put('/sim/cleanup/cached', new Response('cached'));
  const reg = await navigator.serviceWorker.register('/sim/cleanup/sw.js', { scope: '/sim/cleanup/' });
  await navigator.serviceWorker.ready;
  document.documentElement.setAttribute('data-ready', reg.scope);
})().catch((e) => document.documentElement.setAttribute('data-error', String(e)));
`;

export function siteDataReply(req: SimRequest): Reply | undefined {
  if (req.method !== 'GET') return undefined;
  switch (req.path) {
    case '/sim/cleanup/cookies':
      return {
        ...htmlReply('<!doctype html><title>cookies</title>ok'),
        cookies: hostCookies(req.host),
      };
    case '/sim/cleanup/parent-cookies':
      return {
        ...htmlReply('<!doctype html><title>cookies</title>ok'),
        cookies: parentCookies(req.host),
      };
    case '/sim/cleanup/embed': {
      const other = req.query.get('host') ?? '';
      if (!/^sellercentral[a-z.-]*$/.test(other)) return undefined;
      const src = `https://${other}/sim/cleanup/cookies`;
      return htmlReply(
        html`<!doctype html><title>embed</title><iframe src="${src}" onload="document.documentElement.setAttribute('data-ready','1')"></iframe>`.toString(),
      );
    }
    case '/sim/cleanup/site-data':
      return htmlReply(`<!doctype html><title>site data</title><script>${siteDataScript}</script>`);
    case '/sim/cleanup/sw.js':
      return {
        status: 200,
        type: 'text/javascript',
        body: "self.addEventListener('fetch', () => {});\n",
      };
    default:
      return undefined;
  }
}
