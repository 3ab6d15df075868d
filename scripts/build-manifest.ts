/**
 * The manifest the build ships, from the source manifest.json and package.json's version: the
 * version is written in one place only (package.json), and each build carries it.
 */
type Json = Record<string, unknown>;

/**
 * Chrome's rule, which Firefox and Edge accept too: one to four dot-separated integers from 0 to
 * 65535, no leading zeros. https://developer.chrome.com/docs/extensions/reference/manifest/version
 */
export const isManifestVersion = (v: string): boolean =>
  /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/.test(v) &&
  v.split('.').every((n) => Number(n) <= 65535);

export function buildManifest(source: Json, version: string): Json {
  // `$schema` is for editors only; browsers warn about unknown keys.
  const { $schema: _schema, version: own, ...rest } = source;
  if (own !== undefined) {
    throw new Error('manifest.json has a "version": remove it, package.json holds the only one');
  }
  if (!isManifestVersion(version)) {
    throw new Error(`package.json version ${version} is not a browser extension version (1.2.3)`);
  }
  return { ...rest, version };
}
