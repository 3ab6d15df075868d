/**
 * The content scripts the manifest declares, read back from it (so scripts added to it later, and
 * the built, hashed file names, are covered), and which of them runs on a kind of page.
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

/**
 * The files of the content script declared for `pattern` (as written in the manifest, e.g.
 * `https://<host>/ap/*`); null when none is. Compared as written: no matcher to ship.
 */
export function scriptsForPattern(
  scripts: readonly ContentScript[],
  pattern: string,
): readonly string[] | null {
  return scripts.find((s) => s.matches.includes(pattern))?.js ?? null;
}
