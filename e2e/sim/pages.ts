/**
 * One template per sign-in page, each returning the content of `#authportal-main-section`. The
 * markup follows Amazon's real pages (the saved pages of scripts/saved-pages.ts): same ids, classes
 * and form names, so detection tested here is detection of the real thing. The flow and the
 * direct `/ap/page/<name>` routes both render through these functions.
 */
import { fill, type Html, html, raw } from './html';
import type { Strings } from './locales';

export type Method = 'sms' | 'voice' | 'app';

export const stateNames = [
  'email',
  'password',
  'code-sms',
  'code-voice',
  'code-app',
  'choose-device',
  'code-rejected',
  'otp-limit',
  'cvf-code',
  'approval',
  'captcha',
  // Issue 13: the rest of the journey.
  'code-unknown',
  'code-expired',
  'signin-blocked',
  'signin-blocked-password',
  'otp-limit-voice',
  'no-account',
  'no-account-email',
  'cookie-warning',
] as const;

export type StateName = (typeof stateNames)[number];

export function isStateName(name: string): name is StateName {
  return (stateNames as readonly string[]).includes(name);
}

export interface PageContext {
  t: Strings;
  /** The phone number's visible tail ("976"); `Html` only for the hostile markup page. */
  tail: string | Html;
  /** The masked number as the cvf page shows it. */
  maskedPhone: string;
  email: string;
}

export function pageContext(t: Strings, email = 'seller@example.com'): PageContext {
  return { t, tail: '976', maskedPhone: '***-***-*976', email };
}

export interface Rendered {
  title: string;
  main: Html;
}

// Opaque tokens as Amazon puts them in every form; fixed, since nothing checks them here.
const token = 'c2ltdWxhdG9yLXRva2Vu';
const returnTo = 'ape:aHR0cHM6Ly9zZWxsZXJjZW50cmFsLmFtYXpvbi5jb20vaG9tZQ==';
const deviceContext = 'U0lNVUxBVEVELURFVklDRS1JRA==';

function errorBox(t: Strings, message: string): Html {
  return html`<div class="a-section a-spacing-base auth-pagelet-container"><div class="a-section">
<div id="auth-error-message-box" class="a-box a-alert a-alert-error auth-server-side-message-box a-spacing-base" role="alert"><div class="a-box-inner a-alert-container"><h4 class="a-alert-heading">${t.problem}</h4><i class="a-icon a-icon-alert"></i><div class="a-alert-content">
<ul class="a-unordered-list a-nostyle a-vertical a-spacing-none"><li><span class="a-list-item">${message}</span></li></ul>
</div></div></div>
</div></div>`;
}

/**
 * Amazon's cookie warning, in every saved sign-in page: its stylesheet hides it (layout.ts) and its
 * script shows it with an inline `display:block` when the browser refuses cookies; `shown` is that.
 */
function cookieWarning(t: Strings, shown = false): Html {
  return html`<div class="a-section a-spacing-base auth-pagelet-container">
<div id="auth-cookie-warning-message" class="a-box a-alert a-alert-warning" aria-live="polite" aria-atomic="true"${shown ? html` style="display:block;"` : ''}><div class="a-box-inner a-alert-container"><h4 class="a-alert-heading">${t.cookieWarning}</h4><i class="a-icon a-icon-alert"></i><div class="a-alert-content">
<p><a class="a-link-normal" href="/gp/help/external/help.html?itemID=G201890250"></a></p>
</div></div></div>
</div>`;
}

/** The top of the main section: the error box when the page has one, else the cookie warning. */
function top(t: Strings, error: string | undefined, cookiesOff = false): Html {
  return error ? errorBox(t, error) : cookieWarning(t, cookiesOff);
}

function button(id: string, label: string, name?: string): Html {
  return html`<span class="a-button a-button-span12 a-button-primary"><span class="a-button-inner"><input id="${id}"${name ? html` name="${name}"` : ''} class="a-button-input" type="submit" aria-labelledby="${id}-announce"><span id="${id}-announce" class="a-button-text" aria-hidden="true">${label}</span></span></span>`;
}

function hiddenAuthFields(appAction: string): Html {
  return html`<input type="hidden" name="appActionToken" value="${token}"><input type="hidden" name="appAction" value="${appAction}">
<input type="hidden" name="openid.return_to" value="${returnTo}"><input type="hidden" name="prevRID" value="ape:U0lNUklE">`;
}

function inlineAlert(id: string, text: string, shown: boolean): Html {
  return html`<div id="${id}" class="a-box a-alert-inline a-alert-inline-error auth-inlined-error-message a-spacing-top-mini${shown ? '' : ' aok-hidden'}" role="alert"><div class="a-box-inner a-alert-container"><i class="a-icon a-icon-alert"></i><div class="a-alert-content">${text}</div></div></div>`;
}

export function emailMain(
  c: PageContext,
  opts: { missing?: boolean; error?: string; cookiesOff?: boolean } = {},
): Html {
  const { t } = c;
  return html`${top(t, opts.error, opts.cookiesOff)}
<div class="a-section auth-pagelet-container"><div class="a-section a-spacing-base">
<form name="signIn" method="post" novalidate action="/ap/signin" class="auth-validate-form auth-real-time-validation a-spacing-none">
${hiddenAuthFields('SIGNIN_PWD_COLLECT')}<input type="hidden" name="subPageType" value="SignInClaimCollect">
<div class="a-section"><div class="a-box"><div class="a-box-inner a-padding-extra-large">
<h1 class="a-spacing-small">${t.signIn}</h1>
<div class="a-row a-spacing-base">
<label for="ap_email" class="a-form-label">${t.emailLabel}</label>
<input type="email" maxlength="128" id="ap_email" name="email" tabindex="1" class="a-input-text a-span12 auth-autofocus auth-required-field">
${inlineAlert('auth-email-missing-alert', t.emailMissing, opts.missing === true)}
</div>
<input type="hidden" name="create" value="0">
<div class="a-section">${button('continue', t.continue)}</div>
<div class="a-section"><a id="auth-fpp-link-bottom" class="a-link-normal" href="/ap/forgotpassword">${t.forgotPassword}</a></div>
</div></div></div>
</form>
</div></div>`;
}

export function passwordMain(
  c: PageContext,
  opts: { missing?: boolean; error?: string } = {},
): Html {
  const { t } = c;
  return html`${top(t, opts.error)}
<div class="a-section auth-pagelet-container"><div class="a-section a-spacing-base">
<div class="a-box"><div class="a-box-inner a-padding-extra-large">
<h1 class="a-spacing-small">${t.signIn}</h1>
<div class="a-row a-spacing-base"><span id="auth-email-claim" dir="ltr">${c.email}</span>
<a id="ap_change_login_claim" class="a-link-normal" href="/ap/signin">${t.change}</a></div>
<form name="signIn" method="post" novalidate action="/ap/signin" class="auth-validate-form auth-real-time-validation a-spacing-none">
${hiddenAuthFields('SIGNIN_PWD_COLLECT')}
<div class="a-section">
<input type="hidden" name="email" value="${c.email}" id="ap_email">
<div class="a-section a-spacing-large">
<label for="ap_password" class="a-form-label">${t.passwordLabel}</label>
<input type="password" maxlength="1024" id="ap_password" autocomplete="current-password" name="password" tabindex="2" class="a-input-text a-span12 auth-autofocus auth-required-field">
${inlineAlert('auth-password-missing-alert', t.passwordMissing, opts.missing === true)}
</div>
${button('signInSubmit', t.signIn)}
<div class="a-row"><label for="auth-remember-me"><input id="auth-remember-me" type="checkbox" name="rememberMe" value="true"> ${t.keepSignedIn}</label></div>
</div>
</form>
</div></div>
</div></div>`;
}

function sentText(c: PageContext, method: Method): Html {
  const { t } = c;
  if (method === 'app') return fill(t.otpApp, {});
  return fill(method === 'sms' ? t.otpSentSms : t.otpSentVoice, { n: c.tail });
}

export function codeMain(
  c: PageContext,
  method: Method,
  opts: { rejected?: boolean; error?: string; unknownPrompt?: boolean } = {},
): Html {
  const { t } = c;
  return html`${top(t, opts.error ?? (opts.rejected ? t.otpInvalid : undefined))}
<div class="a-section auth-pagelet-container"><div class="a-section auth-pagelet-container">
<form id="auth-mfa-form" method="post" novalidate action="/ap/signin" class="a-spacing-none">
<div class="a-box a-spacing-extra-large"><div class="a-box-inner">
${hiddenAuthFields('SIGNIN_MFA')}
<h1>${t.twoStep}</h1>
<p>${opts.unknownPrompt ? t.otpUnknown : sentText(c, method)}</p>
<div class="a-row a-spacing-base">
<label for="auth-mfa-otpcode" class="a-form-label">${t.enterOtp}</label>
<input type="tel" maxlength="20" id="auth-mfa-otpcode" autocomplete="off" name="otpCode" class="a-input-text a-span12 auth-autofocus auth-required-field">
<input type="hidden" name="deviceId" value="1e3c207d-0000-4d0a-ae1c-000000000976">
</div>
<div class="a-row a-spacing-medium"><div data-a-input-name="rememberDevice" class="a-checkbox"><label for="auth-mfa-remember-device"><input id="auth-mfa-remember-device" type="checkbox" name="rememberDevice" value=""><i class="a-icon a-icon-checkbox"></i><span class="a-label a-checkbox-label"> ${t.rememberDevice}</span></label></div></div>
<div class="a-button-stack a-spacing-extra-large">${button('auth-signin-button', t.signIn, 'mfaSubmit')}</div>
<div class="a-row"><ul class="a-unordered-list a-vertical"><li class="a-spacing-small"><span class="a-list-item">
<a id="auth-get-new-otp-link" class="a-link-normal" href="/ap/mfa/new-otp?ie=UTF8&amp;arb=sim-arb">${t.didntReceive}</a>
</span></li></ul></div>
</div></div>
</form>
</div></div>`;
}

function radio(cls: string, value: string, label: Html | string, checked: boolean): Html {
  return html`<div data-a-input-name="otpDeviceContext" class="a-radio ${cls}"><label><input type="radio" name="otpDeviceContext" value="${value}"${checked ? html` checked` : ''}><i class="a-icon a-icon-radio"></i><span class="a-label a-radio-label"> ${label}</span></label></div>`;
}

export function chooseMain(
  c: PageContext,
  opts: { limit?: boolean | 'calls'; checked?: Method } = {},
): Html {
  const { t } = c;
  const checked = opts.checked ?? 'sms';
  const limit = opts.limit === 'calls' ? t.callLimit : opts.limit ? t.tooManyOtps : undefined;
  return html`${top(t, limit)}
<div class="a-section auth-pagelet-container"><div class="a-section a-spacing-base auth-pagelet-container"><div class="a-section">
<div class="a-box a-spacing-extra-large"><div class="a-box-inner">
<h1 class="a-spacing-small">${t.twoStep}</h1>
<p>${t.chooseWhere}</p>
<form id="auth-select-device-form" method="post" novalidate action="/ap/mfa/new-otp" class="a-spacing-medium">
${hiddenAuthFields('MFA_NEW_OTP')}
<div class="a-row a-spacing-small"><fieldset class="a-spacing-small">
${radio('auth-SMS', `${deviceContext}, SMS`, fill(t.textMe, { n: c.tail }), checked === 'sms')}
${radio('auth-VOICE', `${deviceContext}, VOICE`, fill(t.callMe, { n: c.tail }), checked === 'voice')}
${radio('auth-TOTP', `${deviceContext}, TOTP`, t.useApp, checked === 'app')}
</fieldset></div>
<div class="a-row">${button('auth-send-code', t.sendOtp)}</div>
</form>
<div class="a-section a-spacing-top-base a-text-center"><a id="auth-otp-cs-link" class="a-link-normal" href="/gp/help/external/help.html?itemID=200123250">${t.recovery}</a></div>
</div></div>
</div></div></div>`;
}

/**
 * "Looks like you're new to Amazon": what the email step shows for an email no account has,
 * after alexdlaird/amazon-orders tests/resources/auth/intent.html (no signIn form, no error box).
 */
export function intentMain(c: PageContext): Html {
  const { t } = c;
  return html`<div class="a-section auth-pagelet-container">
<div class="a-box"><div class="a-box-inner a-padding-large">
<div id="intent-confirmation-container" aria-live="polite" class="a-section">
<h1 class="a-size-medium-plus a-spacing-small">${t.newToAmazon}</h1>
<p class="a-spacing-top-medium"><span class="claim-value"><span dir="ltr">${c.email}</span> <a class="a-link-normal change-claim" href="/ap/signin">${t.change}</a></span></p>
<p class="a-spacing-none a-spacing-top-base">${t.letsCreate}</p>
<span class="a-declarative" data-action="intent-confirmation">
<form id="intent-confirmation-form" method="post" novalidate action="/ap/register">
<input type="hidden" name="claimCollectionLayoutType" value="unifiedAuthClaimCollection"><input type="hidden" name="email" value="${c.email}"><input type="hidden" name="arb" value="sim-arb">
<span id="intention-submit-button" class="a-button a-spacing-top-base a-button-span12 a-button-primary"><span class="a-button-inner"><input class="a-button-input" type="submit" aria-labelledby="intention-submit-button-announce"><span id="intention-submit-button-announce" class="a-button-text a-text-center" aria-hidden="true">${t.proceedCreate}</span></span></span>
</form>
</span>
<hr aria-hidden="true" class="a-divider-normal">
<p class="a-spacing-top-medium-plus"><span class="a-text-bold">${t.alreadyCustomer}</span></p>
<p class="a-spacing-top-small"><a class="a-link-normal" href="/ap/signin">${t.signInAnother}</a></p>
</div>
</div></div>
</div>`;
}

function approvalForms(): Html {
  return html`<div id="resend_notification_expander" class="a-section"><div id="resend-transaction-approval" class="a-section a-spacing-top-medium transaction-approval-js-enabled"><div class="a-section">
<form id="resend-approval-form" method="post" action="/ap/cvf/approval/resend"><input type="hidden" name="arb" value="sim-arb"><input type="hidden" name="isResend" value="1"><input type="hidden" name="csrfToken" value="${token}"></form>
</div></div></div>`;
}

function pollingForm(): Html {
  return html`<div class="a-section transaction-approval-js-enabled"><form id="pollingForm" method="get" action="/ap/cvf/approval/poll"><input type="hidden" name="arb" value="sim-arb"><input type="hidden" name="disableRedirect" value="false"></form></div>`;
}

function needHelp(t: Strings): Html {
  const link = html`<a class="a-link-normal" href="/ap/cvf/accountrecovery">${t.tryDifferent}</a>`;
  return html`<div class="a-section"><h5 class="a-size-small a-color-secondary">${t.needHelp}</h5><span class="a-size-small a-color-secondary">${fill(t.cantReceive, { link })}</span></div>`;
}

/**
 * What Amazon's script does when "Resend code" is pressed: a new code goes out and the alert
 * counts down "Please wait N seconds before requesting another code" (30 s here), then clears.
 */
function resendScript(t: Strings): Html {
  return raw(`<script>(function () {
  var link = document.getElementById('resend-approval-link');
  var timer = document.getElementById('timer');
  var text = ${JSON.stringify(t.resendWait).replace(/</g, '\\u003c')};
  var left = 0;
  link.addEventListener('click', function (e) {
    e.preventDefault();
    if (left > 0) return;
    left = 30;
    timer.textContent = text.replace('{n}', left);
    var tick = setInterval(function () {
      left -= 1;
      timer.textContent = left > 0 ? text.replace('{n}', left) : '';
      if (left <= 0) clearInterval(tick);
    }, 1000);
  });
})();</script>`);
}

/** The account-verification (cvf) code page; like the real one it also offers push approval. */
export function cvfMain(c: PageContext): Html {
  const { t } = c;
  return html`<div class="a-section cvf-widget-container"><div id="cvf-page-content" class="a-section">
<div class="a-section a-spacing-medium"><span class="a-size-base-plus transaction-approval-word-break a-text-bold">${t.cvfTitle}</span></div>
<div id="channelDetailsForOtp" class="a-section"><div class="a-section a-spacing-medium"><span class="a-size-base transaction-approval-word-break">${fill(t.cvfSent, { n: c.maskedPhone })}</span></div></div>
<div class="a-row a-spacing-none"><form id="verification-code-form" method="post" action="/ap/cvf/approval/verifyOtp" class="cvf-widget-form fwcim-form a-spacing-none">
<div id="cvf-input-code" class="a-section cvf-widget-input cvf-widget-input-code">
<input type="tel" maxlength="6" required id="input-box-otp" name="code" autocomplete="one-time-code" spellcheck="false" class="a-input-text cvf-widget-input cvf-widget-input-code single-input-box-otp" aria-label="${t.cvfTitle}">
<input type="hidden" name="otpCode" id="otpCode" class="cvf-widget-input cvf-widget-input-code">
</div>
<div class="a-section a-spacing-medium"><a id="resend-approval-link" class="a-link-normal" href="#">${t.resendCode}</a></div>
<div class="a-section a-spacing-medium"><div id="resend-approval-alert" class="a-box a-alert-inline a-alert-inline-info" aria-live="polite" aria-atomic="true"><div class="a-box-inner a-alert-container"><i class="a-icon a-icon-alert"></i><div class="a-alert-content"><div id="timer" class="a-section"></div></div></div></div></div>
<div id="verifyAlerts" class="a-section a-spacing-medium"></div>
<div id="verifyFailureAlerts" class="a-section a-spacing-medium"></div>
<input type="hidden" name="csrfToken" value="${token}">
<div class="a-row a-spacing-small"><span id="cvf-submit-otp-button" class="a-button a-button-span12 a-button-primary cvf-widget-btn cvf-widget-btn-verify"><span class="a-button-inner"><input class="a-button-input" type="submit" aria-labelledby="cvf-submit-otp-button-announce"><span id="cvf-submit-otp-button-announce" class="a-button-text" aria-hidden="true">${t.submitCode}</span></span></span></div>
</form></div>
${approvalForms()}
<div class="a-section"><h5 class="a-size-small a-color-secondary">${t.otherWay}</h5><span class="a-size-small a-color-secondary">${t.approveInApp}</span></div>
${needHelp(t)}
${pollingForm()}
${resendScript(t)}
</div></div>`;
}

/** Push approval only: no code form anywhere. */
export function approvalMain(c: PageContext): Html {
  const { t } = c;
  return html`<div class="a-section cvf-widget-container"><div id="cvf-page-content" class="a-section">
<div class="a-box"><div class="a-box-inner a-padding-extra-large">
<div class="a-section a-spacing-medium"><span class="a-size-base-plus transaction-approval-word-break a-text-bold">${t.approvalTitle}</span></div>
<div id="channelDetails" class="a-section"><span class="a-size-base transaction-approval-word-break">${t.approvalBody}</span></div>
<div class="a-section a-spacing-medium"><div id="resend-approval-alert" class="a-box a-alert-inline a-alert-inline-info" aria-live="polite" aria-atomic="true"><div class="a-box-inner a-alert-container"><i class="a-icon a-icon-alert"></i><div class="a-alert-content"><div id="timer" class="a-section">${t.approvalWaiting}</div></div></div></div></div>
${approvalForms()}
<div class="a-section"><span class="a-button a-button-span12 a-button-base"><span class="a-button-inner"><input id="resend-approval-link" class="a-button-input" type="submit" form="resend-approval-form" aria-labelledby="resend-approval-link-announce"><span id="resend-approval-link-announce" class="a-button-text" aria-hidden="true">${t.resendNotification}</span></span></span></div>
${needHelp(t)}
${pollingForm()}
</div></div>
</div></div>`;
}

// Drawn here so the page needs nothing from the network.
const captchaImage = html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 70" role="img" aria-label="captcha"><path d="M5 50 Q50 10 100 40 T195 30" stroke="#777" fill="none" stroke-width="2"/><text x="18" y="48" font-size="34" font-family="Georgia,serif" fill="#333" transform="rotate(-4 100 35)" letter-spacing="6">xK7pQ2</text></svg>`;

export function captchaMain(c: PageContext): Html {
  const { t } = c;
  return html`<div class="a-section cvf-widget-container"><div class="a-section cvf-page-layout"><div id="cvf-page-content" class="a-section">
<div class="a-box"><div class="a-box-inner a-padding-extra-large">
<div class="a-row a-spacing-mini"><span class="a-size-large">${t.captchaTitle}</span></div>
<div class="a-row a-spacing-base"><div class="a-section a-text-center cvf-captcha-img">${captchaImage}</div></div>
<form method="post" action="/ap/cvf/verify" class="cvf-widget-form cvf-widget-form-captcha fwcim-form a-spacing-none">
<input type="hidden" name="cvf_captcha_captcha_token" value="${token}" class="cvf-widget-hidden-fields"><input type="hidden" name="cvf_captcha_captcha_type" value="imageCaptcha" class="cvf-widget-hidden-fields">
<div class="a-row a-spacing-none"><label for="cvf-captcha-input" class="a-form-label">${t.captchaLabel}</label></div>
<div class="a-row a-spacing-base"><input id="cvf-captcha-input" type="text" maxlength="20" required autocomplete="off" name="cvf_captcha_input" spellcheck="false" class="a-input-text a-span12 cvf-widget-input cvf-widget-input-code cvf-widget-input-captcha fwcim-captcha-guess"></div>
<div class="a-row a-spacing-base a-text-center"><a class="a-link-normal" href="/ap/page/captcha">${t.newCharacters}</a> · <a class="a-link-normal" href="/ap/page/captcha">${t.hearCharacters}</a></div>
<div class="a-row a-spacing-mini">${button('cvf-captcha-continue', t.continue, 'cvf_captcha_captcha_action')}</div>
</form>
</div></div>
</div></div></div>`;
}

/** An ordinary Seller Central page that shows a copy of the code form (as help text would). */
export function homeMain(c: PageContext, signedInAs: string | undefined): Html {
  const { t } = c;
  return html`<h1>${t.homeWelcome}</h1>
<p id="sc-signin-status">${signedInAs ? fill(t.homeSignedIn, { email: signedInAs }) : t.homeSignedOut}</p>
<h2>${t.homeHelpHeading}</h2>
<div class="sc-example">${codeMain(c, 'sms')}</div>`;
}

/** The page for a state name, as `/ap/page/<name>` shows it (the flow shows the same markup). */
export function statePage(name: StateName, c: PageContext): Rendered {
  const { t } = c;
  switch (name) {
    case 'email':
      return { title: t.titleSignIn, main: emailMain(c) };
    case 'password':
      return { title: t.titleSignIn, main: passwordMain(c) };
    case 'code-sms':
      return { title: t.twoStep, main: codeMain(c, 'sms') };
    case 'code-voice':
      return { title: t.twoStep, main: codeMain(c, 'voice') };
    case 'code-app':
      return { title: t.twoStep, main: codeMain(c, 'app') };
    case 'code-rejected':
      return { title: t.twoStep, main: codeMain(c, 'sms', { rejected: true }) };
    case 'choose-device':
      return { title: t.twoStep, main: chooseMain(c) };
    case 'otp-limit':
      return { title: t.twoStep, main: chooseMain(c, { limit: true }) };
    case 'cvf-code':
      return { title: t.cvfTitle, main: cvfMain(c) };
    case 'approval':
      return { title: t.approvalTitle, main: approvalMain(c) };
    case 'captcha':
      return { title: t.captchaTitle, main: captchaMain(c) };
    case 'code-unknown':
      return { title: t.twoStep, main: codeMain(c, 'sms', { unknownPrompt: true }) };
    case 'code-expired':
      return { title: t.twoStep, main: codeMain(c, 'sms', { error: t.otpExpired }) };
    case 'signin-blocked':
      return { title: t.twoStep, main: codeMain(c, 'sms', { error: t.signinBlocked }) };
    case 'signin-blocked-password':
      return { title: t.titleSignIn, main: passwordMain(c, { error: t.signinBlocked }) };
    case 'otp-limit-voice':
      return { title: t.twoStep, main: chooseMain(c, { limit: 'calls', checked: 'voice' }) };
    case 'no-account':
      return { title: t.titleSignIn, main: intentMain({ ...c, email: 'new-seller@example.com' }) };
    case 'no-account-email':
      return { title: t.titleSignIn, main: emailMain(c, { error: t.noAccount }) };
    case 'cookie-warning':
      // What Amazon's page shows when the browser refuses cookies (its script's display:block).
      return { title: t.titleSignIn, main: emailMain(c, { cookiesOff: true }) };
  }
}
