/**
 * Which cookies on the parent Amazon domain hold the signed-in session. Amazon names them per
 * realm: `-main` on amazon.com, `-acb<cc>` elsewhere (`at-acbde`, `x-acbuk`). Shopping cookies
 * (`session-id`, `session-id-time`, `ubid-*`, `i18n-prefs`, `lc-*`) stay: they hold the cart and
 * the language, not the sign-in.
 */
const signInName = /^(?:at|sess-at|sst|x)-(?:main|acb[a-z]{2})$/;

export function isSignInCookie(name: string): boolean {
  return signInName.test(name) || name === 'session-token';
}
