/**
 * `/ap/page/outline-seeded`: an app-code page (Amazon's ids, classes and form names) seeded with
 * what a page outline must never carry: an email and a phone number in the visible text, tokens
 * in hidden inputs, a code already typed, a token in an unkept attribute; and form fields whose
 * names clobber the form's own DOM names (`form.id` is then an input). The spec also loads it
 * with a query string of its own. Every secret is exported for the spec to search for.
 */
import { html } from './html';
import { authDocument } from './layout';
import type { PageContext } from './pages';

export const outlineSecrets = {
  email: 'outline.seller@example.com',
  phone: '+49 151 23456789',
  actionToken: 'OTLtokenQwErTy7Zx9Pq',
  workflowToken: 'eyJ3b3JrZmxvdyI6InNlY3JldCJ9',
  typedCode: '482913',
  dataToken: 'OTLdataSecretWord',
  text: 'Enter the code from your Seller authenticator',
  clobberValue: 'OTLclobberedIdValue',
} as const;

export function outlineSeededDocument(c: PageContext): string {
  const s = outlineSecrets;
  const main = html`<div class="a-section auth-pagelet-container">
<form id="auth-mfa-form" method="post" novalidate action="/ap/signin" class="a-spacing-none">
<div class="a-box a-spacing-extra-large"><div class="a-box-inner">
<input type="hidden" name="appActionToken" value="${s.actionToken}">
<input type="hidden" name="workflowState" value="${s.workflowToken}">
<input type="hidden" name="id" value="${s.clobberValue}"><input type="hidden" name="className"><input type="hidden" name="attributes"><input type="hidden" name="children"><input type="hidden" name="getAttribute"><input type="hidden" name="localName">
<h1>${c.t.twoStep}</h1>
<p id="auth-mfa-seeded-text" data-track="${s.dataToken}">${s.text}, signed in as ${s.email}, phone ${s.phone}.</p>
<div class="a-row a-spacing-base">
<label for="auth-mfa-otpcode" class="a-form-label">${c.t.enterOtp}</label>
<input type="tel" maxlength="6" id="auth-mfa-otpcode" autocomplete="one-time-code" inputmode="numeric" name="otpCode" value="${s.typedCode}" class="a-input-text a-span12 auth-autofocus auth-required-field">
</div>
<span class="a-button a-button-primary"><span class="a-button-inner"><input id="auth-signin-button" class="a-button-input" type="submit"><span class="a-button-text">${c.t.signIn}</span></span></span>
</div></div>
</form>
</div>`;
  return authDocument({ t: c.t, title: c.t.twoStep, main });
}
