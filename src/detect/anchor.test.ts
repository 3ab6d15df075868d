// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchorFor } from './anchor';
import { classify, type PageState } from './classify';
import { wordsForPage } from './detection-words';

// The fixtures are in every language, read on one host: as a page of unknown language is.
const everyWord = { words: wordsForPage(null) };

const fixtures = path.resolve(import.meta.dirname, 'fixtures');
const load = (name: string): Document =>
  new DOMParser().parseFromString(
    readFileSync(path.join(fixtures, `${name}.html`), 'utf8'),
    'text/html',
  );

// What the user must still reach after the banner is inserted before the anchor.
const controls: Partial<Record<PageState, string>> = {
  'otp-sms': '#auth-mfa-otpcode, #auth-signin-button',
  'otp-voice': '#auth-mfa-otpcode, #auth-signin-button',
  'otp-app': '#auth-mfa-otpcode, #auth-signin-button',
  'otp-unknown': '#auth-mfa-otpcode, #auth-signin-button',
  'code-rejected': '#auth-mfa-otpcode, #auth-signin-button',
  'code-expired': '#auth-mfa-otpcode, #auth-signin-button, #auth-get-new-otp-link',
  'signin-blocked': '#auth-mfa-otpcode, #auth-signin-button, #ap_password, #signInSubmit',
  'no-account': '#ap_email, #continue-button, #intent-confirmation-form input[type="submit"]',
  'cookies-blocked': 'input:not([type="hidden"])',
  'choose-device': 'input[name="otpDeviceContext"], #auth-send-code',
  'otp-limit': 'input[name="otpDeviceContext"], #auth-send-code',
  'cvf-code': '#input-box-otp, #cvf-submit-otp-button',
  captcha: 'input[name="cvf_captcha_input"], #captchacharacters',
};

const FOLLOWING = 4;

describe('anchorFor', () => {
  test.each([
    ['en-code-sms', 'form#auth-mfa-form'],
    ['de-code-voice', 'form#auth-mfa-form'],
    ['ja-code-app', 'form#auth-mfa-form'],
    ['ar-code-rejected', 'form#auth-mfa-form'],
    ['zh-CN-choose-device', 'form#auth-select-device-form'],
    ['es-otp-limit', 'form#auth-select-device-form'],
    ['en-cvf-code', 'form#verification-code-form'],
    ['de-approval', '#channelDetails'],
    ['en-captcha', 'form.cvf-widget-form-captcha'],
    ['ja-captcha', 'form[action$="validateCaptcha"]'],
    ['en-waf-challenge', '#challenge-container'],
    ['fr-code-unknown', 'form#auth-mfa-form'],
    ['tr-code-expired', 'form#auth-mfa-form'],
    ['ja-signin-blocked', 'form#auth-mfa-form'],
    ['pl-signin-blocked', 'form[name="signIn"]'],
    ['en-signin-blocked-password', 'form[name="signIn"]'],
    ['de-no-account', 'form#intent-confirmation-form'],
    ['ar-no-account-email', 'form[name="signIn"]'],
    ['sv-otp-limit-voice', 'form#auth-select-device-form'],
    ['en-cookies-warning', 'form[name="signIn"]'],
  ])('%s → %s', (name, selector) => {
    const doc = load(name);
    const page = classify(doc, 'https://sellercentral.amazon.com/ap/mfa', everyWord);
    expect(page).not.toBeNull();
    const state = (page as NonNullable<typeof page>).state;
    const anchor = anchorFor(doc, state);
    expect(anchor).toBe(doc.querySelector(selector));
    expect(anchor?.parentNode).toBeTruthy();
    // Every control is inside the anchor or after it: a banner placed before covers none.
    for (const control of doc.querySelectorAll(controls[state] ?? ':not(*)')) {
      const inside = anchor?.contains(control) ?? false;
      const after = ((anchor?.compareDocumentPosition(control) ?? 0) & FOLLOWING) !== 0;
      expect(inside || after).toBe(true);
    }
  });

  test('a state the page does not show has no anchor', () => {
    expect(anchorFor(load('en-code-sms'), 'captcha')).toBeNull();
    expect(anchorFor(load('en-captcha'), 'otp-sms')).toBeNull();
    expect(anchorFor(new DOMParser().parseFromString('', 'text/html'), 'approval')).toBeNull();
  });

  test.each([
    ['en-code-sms', 'form#auth-mfa-form'],
    ['en-choose-device', 'form#auth-select-device-form'],
    ['en-cvf-code', 'form#verification-code-form'],
    ['it-no-account', 'form#intent-confirmation-form'],
    ['en-signin-password', 'form[name="signIn"]'],
    ['en-captcha', 'form.cvf-widget-form-captcha'],
  ])('cookies-blocked on %s goes above its form (%s)', (name, selector) => {
    const doc = load(name);
    const page = classify(doc, 'https://sellercentral.amazon.com/ap/signin', {
      ...everyWord,
      cookiesWork: false,
    });
    expect(page?.state).toBe('cookies-blocked');
    expect(anchorFor(doc, 'cookies-blocked')).toBe(doc.querySelector(selector));
  });

  test('cookies-blocked on a page without a form goes at the top of the main section', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="authportal-main-section"> text <p id="first">x</p><p>y</p></div>',
      'text/html',
    );
    expect(anchorFor(doc, 'cookies-blocked')).toBe(doc.querySelector('#first'));
    expect(anchorFor(new DOMParser().parseFromString('', 'text/html'), 'cookies-blocked')).toBe(
      null,
    );
  });

  test('a code field outside a form anchors on itself', () => {
    const doc = new DOMParser().parseFromString(
      '<div><p>x</p><input id="auth-mfa-otpcode"></div>',
      'text/html',
    );
    expect(anchorFor(doc, 'otp-app')).toBe(doc.querySelector('#auth-mfa-otpcode'));
  });

  test('clobbered names do not redirect it', () => {
    const doc = load('en-code-sms');
    const form = doc.querySelector('#auth-mfa-form') as HTMLFormElement;
    form.insertAdjacentHTML('beforeend', '<input name="parentNode"><input name="closest">');
    doc.body.insertAdjacentHTML('beforeend', '<form name="querySelector"></form>');
    const fake = doc.createElement('form');
    Object.defineProperty(doc, 'querySelector', { value: () => fake });
    Object.defineProperty(form, 'parentNode', { value: null });
    expect(anchorFor(doc, 'otp-sms')).toBe(form);
  });
});
