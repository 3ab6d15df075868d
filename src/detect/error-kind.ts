/**
 * What the sign-in page's error box says, where its structure cannot tell: the same
 * `#auth-error-message-box` says a code was refused, expired, that the sign-in is blocked after
 * too many tries, or that no account has the email typed. Read with the page's words
 * (language-words.ts; which wordings are Amazon's own: fixtures/README.md); an unknown wording, or
 * no words, gives null, and the page's state then falls back to what its structure says.
 */
import type { PageWords } from './language-words';
import { anyOf, perWords } from './per-words';
import { normalise } from './text';

export const errorKinds = ['blocked', 'expired', 'no-account'] as const;
export type ErrorKind = (typeof errorKinds)[number];

const patterns = /* @__PURE__ */ perWords((words) => ({
  // "Sorry, you've made too many failed attempts. We blocked your Sign-In…" and translations.
  blocked: new RegExp(anyOf(words, 'blocked')),
  // "Your One Time Password (OTP) has expired…" (expired, expiré, expirado, expirou…).
  expired: new RegExp(anyOf(words, 'expired')),
  // "We cannot find an account with that email address" and translations.
  noAccount: new RegExp(anyOf(words, 'noAccount')),
}));

/** The kind of failure an error box's text names, or null when it names none we know. */
export function errorKind(text: string | null, words: PageWords): ErrorKind | null {
  if (!text) return null;
  const t = normalise(text.slice(0, 600)).toLowerCase();
  const p = patterns(words);
  if (p.blocked.test(t)) return 'blocked';
  if (p.noAccount.test(t)) return 'no-account';
  return p.expired.test(t) ? 'expired' : null;
}
