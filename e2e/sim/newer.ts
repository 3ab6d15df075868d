/**
 * Amazon's newer sign-in pages (issue 20), under `/ax/` as Amazon serves them:
 * - `/ax/page/<state>`: any simulated state page (e.g. the code page) at an `/ax/` path;
 * - `/ax/aaut/verify/ap/challenge`: the AWS WAF visual puzzle ("Choose all the …");
 * - `/ax/newer/<kind>`: a code step we do not know (new ids), the password page with its
 *   "Passkey error" box, the newer email page, a page of decoy fields without a code field.
 * Structure after the public saved pages named in src/detect/fixtures/README.md.
 */
import { type Html, html } from './html';
import { htmlReply, type Reply, type SimRequest } from './http';
import { authDocument } from './layout';
import { isStateName, type PageContext, statePage } from './pages';

export const newerKinds = [
  'unknown-one-time-code',
  'unknown-otp-id',
  'unknown-passcode-name',
  'passkey-error',
  'claim-email',
  'no-code-field',
] as const;
type NewerKind = (typeof newerKinds)[number];
const isNewerKind = (k: string): k is NewerKind => (newerKinds as readonly string[]).includes(k);

const box = (inner: Html): Html =>
  html`<div class="a-section auth-pagelet-container"><div class="a-box"><div class="a-box-inner a-padding-extra-large">${inner}</div></div></div>`;

function unknownStep(field: Html): Html {
  return box(html`<h1>Verify it is you</h1>
<form id="claim-verify-form" method="post" action="/ax/claim/verify">
<input type="hidden" name="workflowState" value="c2ltdWxhdG9y">
<p>Enter the security code to continue.</p>
${field}
<span class="a-button a-button-primary"><span class="a-button-inner"><input class="a-button-input" type="submit"><span class="a-button-text">Verify</span></span></span>
</form>`);
}

const mains: Record<NewerKind, (c: PageContext) => Html> = {
  'unknown-one-time-code': () =>
    unknownStep(
      html`<input type="text" class="a-input-text" inputmode="numeric" autocomplete="one-time-code" id="claim-input" name="response" maxlength="8">`,
    ),
  'unknown-otp-id': () =>
    unknownStep(html`<input type="tel" class="a-input-text" id="verify-otp-input" name="value">`),
  'unknown-passcode-name': () =>
    unknownStep(html`<input type="text" class="a-input-text" id="field-1" name="passCode">`),
  'passkey-error': (c) => html`<div class="a-section a-spacing-base">
<div id="passkey-error-alert" class="a-box a-alert a-alert-error a-spacing-base" role="alert"><div class="a-box-inner a-alert-container"><h4 class="a-alert-heading">Passkey error</h4><div class="a-alert-content"><p id="passkey-client-error-message">Something went wrong with the passkey. Sign in another way, or follow what your device says.</p></div></div></div>
</div>
${box(html`<h1>Sign in</h1>
<div class="a-row a-spacing-base"><span id="auth-email-claim" dir="ltr">${c.email}</span></div>
<form name="signIn" method="post" novalidate action="/ax/claim/signin">
<input type="hidden" name="email" value="${c.email}" id="ap_email">
<label for="ap_password" class="a-form-label">Password</label>
<input type="password" maxlength="1024" id="ap_password" autocomplete="current-password" name="password" class="a-input-text">
<span class="a-button a-button-primary"><span class="a-button-inner"><input id="signInSubmit" class="a-button-input" type="submit"><span class="a-button-text">Sign in</span></span></span>
</form>`)}`,
  'claim-email': () =>
    box(html`<h1>Sign in or create account</h1>
<form name="signIn" method="post" novalidate action="/ax/claim/validate">
<label for="ap_email_login" class="a-form-label">Enter mobile number or email</label>
<input type="email" id="ap_email_login" autocomplete="username" name="email" class="a-input-text">
<span class="a-button a-button-primary"><span class="a-button-inner"><input id="continue" class="a-button-input" type="submit"><span class="a-button-text">Continue</span></span></span>
</form>`),
  'no-code-field': () =>
    box(html`<h1>Choose an account</h1>
<form id="account-picker-form" method="post" action="/ax/account/pick">
<input type="hidden" name="otpSessionCode" value="c2ltdWxhdG9y">
<input type="text" class="a-input-text" id="country-code" name="countryCode" value="+1">
<input type="checkbox" id="otp-remember" name="otpRemember">
<div class="aok-hidden"><input type="text" name="code"></div>
<span class="a-button a-button-primary"><span class="a-button-inner"><input class="a-button-input" type="submit"><span class="a-button-text">Continue</span></span></span>
</form>`),
};

// The AWS WAF visual puzzle's page: no sign-in skeleton, only its container (2025).
const wafPuzzle = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Challenge Page</title></head>
<body><div id="aa-challenge-page-captcha-container"><div id="captcha-container" dir="ltr"><div id="root">
<div class="amzn-captcha-modal"><form>
<div>Choose all <em>the chairs</em></div>
<div style="position: relative;"><canvas width="324" height="324"></canvas></div>
<div>Solved: <span>0</span> Required: <span>3</span></div>
<button type="button" id="amzn-btn-verify-internal">Confirm</button>
</form></div>
</div></div></div></body></html>
`;

/** The reply for an `/ax/` path this file serves; undefined for any other path. */
export function newerReply(req: SimRequest, c: PageContext): Reply | undefined {
  const p = req.path;
  if (p === '/ax/aaut/verify/ap/challenge') return htmlReply(wafPuzzle);
  const state = /^\/ax\/page\/([^/]+)$/.exec(p)?.[1];
  if (state !== undefined && isStateName(state)) {
    const r = statePage(state, c);
    return htmlReply(authDocument({ t: c.t, title: r.title, main: r.main }));
  }
  const kind = /^\/ax\/newer\/([^/]+)$/.exec(p)?.[1];
  if (kind !== undefined && isNewerKind(kind)) {
    return htmlReply(authDocument({ t: c.t, title: 'Amazon Sign-In', main: mains[kind](c) }));
  }
  return undefined;
}
