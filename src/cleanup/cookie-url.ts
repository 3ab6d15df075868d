/**
 * The URL `cookies.remove` needs for a cookie: its scheme from the Secure flag, its domain without
 * the leading dot, its path. A URL that does not match the cookie removes nothing.
 * https://developer.chrome.com/docs/extensions/reference/api/cookies#method-remove
 */
export function cookieUrl(cookie: { domain: string; path: string; secure: boolean }): string {
  const host = cookie.domain.startsWith('.') ? cookie.domain.slice(1) : cookie.domain;
  return `${cookie.secure ? 'https' : 'http'}://${host}${cookie.path || '/'}`;
}
