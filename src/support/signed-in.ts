/**
 * Whether the browser holds a Seller Central session for a host, from `cookies.getAll({ url })`
 * output. Amazon keeps the sign-in token in `at-<realm>` / `sess-at-<realm>` cookies
 * (`at-main` on .com, `at-acbuk` on .co.uk, `at-acbde` …); `session-id` and `ubid-*` are set
 * before anyone signs in, so they prove nothing. Pure: the caller passes the cookies and `now`.
 */
export interface CookieLike {
  name: string;
  value: string;
  domain: string;
  session?: boolean;
  /** Seconds since the epoch (the cookies API's unit). */
  expirationDate?: number;
}

const tokenCookie = /^(?:sess-)?at-[a-z0-9]+$/;

function appliesTo(domain: string, host: string): boolean {
  const d = domain.replace(/^\./, '').toLowerCase();
  return host === d || host.endsWith(`.${d}`);
}

export function isSignedIn(cookies: readonly CookieLike[], host: string, now: number): boolean {
  const h = host.toLowerCase();
  return cookies.some(
    (c) =>
      tokenCookie.test(c.name) &&
      c.value.replace(/"/g, '').length > 0 &&
      appliesTo(c.domain, h) &&
      (c.session === true || c.expirationDate === undefined || c.expirationDate * 1000 > now),
  );
}
