/**
 * The content scripts the manifest declares, read back from it (so scripts added to it later, and
 * the built, hashed file names, are covered), and which of them a tab's address is for.
 */

/** One `content_scripts` entry: where it runs and the files it injects. */
export interface ContentScript {
  matches: readonly string[];
  js: readonly string[];
}

/** The shape of `runtime.getManifest()` that matters here. */
export interface ManifestLike {
  content_scripts?: readonly { matches?: readonly string[]; js?: readonly string[] }[];
}

/** The manifest's content scripts that inject JavaScript into some pages. */
export function contentScriptsOf(manifest: ManifestLike): ContentScript[] {
  return (manifest.content_scripts ?? []).flatMap(({ matches, js }) =>
    matches?.length && js?.length ? [{ matches, js }] : [],
  );
}

const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `url` is matched by a match pattern of the kind the manifest uses
 * (`<scheme>://<host>/<path>`, `*` in the path for any run of characters, a `*.` host prefix for
 * the host and its subdomains, a `*` scheme for http and https). The query string is part of the
 * path, as for the browser; the fragment is not.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const p = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!p) return false;
  const [, scheme, host, path] = p as unknown as [string, string, string, string];
  const protocol = u.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) {
    return false;
  }
  const hostname = u.hostname;
  if (host !== '*') {
    const bare = host.startsWith('*.') ? host.slice(2) : host;
    const ok = hostname === bare || (host.startsWith('*.') && hostname.endsWith(`.${bare}`));
    if (!ok) return false;
  }
  const re = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return re.test(u.pathname + u.search);
}

/** The files to inject into a page at `url`: those of the first content script matching it. */
export function scriptsForUrl(
  scripts: readonly ContentScript[],
  url: string | undefined,
): readonly string[] | null {
  if (!url) return null;
  return scripts.find((s) => s.matches.some((m) => matchesPattern(m, url)))?.js ?? null;
}
