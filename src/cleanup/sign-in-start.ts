/**
 * Where the sign-in starts again after a cleanup: the Seller Central home, which sends a visitor
 * with no session to the marketplace's own sign-in page with the right return address (the bare
 * `/ap/signin` needs parameters only Seller Central's redirect adds).
 */
export function signInStartUrl(host: string): string {
  return `https://${host}/`;
}
