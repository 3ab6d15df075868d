/**
 * What the sign-in page's error box says, where its structure cannot tell: the same
 * `#auth-error-message-box` says a code was refused, expired, that the sign-in is blocked after
 * too many tries, or that no account has the email typed. Stems, not sentences, in the 13 shipped
 * languages (which wordings are Amazon's own: fixtures/README.md); an unknown wording gives null,
 * and the page's state then falls back to what its structure says.
 */
import { normalise } from './text';

export const errorKinds = ['blocked', 'expired', 'no-account'] as const;
export type ErrorKind = (typeof errorKinds)[number];

// "Sorry, you've made too many failed attempts. We blocked your Sign-In…" and translations.
const blocked = /bloc|blok|bloqu|sperr|engelle|حظر|ブロック|阻止/;
// "Your One Time Password (OTP) has expired…" (expired, expiré, expirado, expirou…).
const expired =
  /expir|abgelaufen|caducad|scadut|verlopen|wygas|gått ut|süresi dol|صلاحية|期限|过期/;
// "We cannot find an account with that email address" and translations.
const noAccount =
  /find an account|kein konto|(?:trouv|encontr)\S* (?:\S+ )?(?:compte|cuenta|conta)|(?:trova\S* un|geen) account|znaleźć konta|något konto|hesap bul|على حساب|アカウント.{0,3}見つか|找不到/;

/** The kind of failure an error box's text names, or null when it names none we know. */
export function errorKind(text: string | null): ErrorKind | null {
  if (!text) return null;
  const t = normalise(text.slice(0, 600)).toLowerCase();
  if (blocked.test(t)) return 'blocked';
  if (noAccount.test(t)) return 'no-account';
  return expired.test(t) ? 'expired' : null;
}
