// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { isCodeRequest } from './code-request';

const fixtures = path.resolve(import.meta.dirname, 'fixtures');
const load = (name: string): Document =>
  new DOMParser().parseFromString(
    readFileSync(path.join(fixtures, `${name}.html`), 'utf8'),
    'text/html',
  );

test.each([
  // The chooser's send button, and the text inside it.
  ['en-choose-device', '#auth-send-code', true],
  ['ja-otp-limit-voice', '#auth-send-code', true],
  // "Didn't receive the OTP?" on the code page.
  ['en-code-sms', '#auth-get-new-otp-link', true],
  ['ar-code-rejected', '#auth-get-new-otp-link', true],
  // "Resend code" on the cvf page.
  ['en-cvf-code', '#resend-approval-link', true],
  ['de-cvf-code', '#resend-approval-link', true],
  // Not code requests: the code field, the sign-in button, the recovery link, the approval
  // page's "Resend notification", the captcha's continue button.
  ['en-code-sms', '#auth-mfa-otpcode', false],
  ['en-code-sms', '#auth-signin-button', false],
  ['en-choose-device', '#auth-otp-cs-link', false],
  ['en-approval', '#resend-approval-link', false],
  ['en-captcha', 'input[type="submit"]', false],
  ['en-signin-email', 'input[type="submit"]', false],
])('%s: %s → %s', (name, selector, request) => {
  const el = load(name).querySelector(selector);
  expect(el).not.toBeNull();
  expect(isCodeRequest(el)).toBe(request);
});

test('a click inside the element counts as the element', () => {
  const doc = load('en-code-sms');
  const link = doc.querySelector('#auth-get-new-otp-link') as Element;
  link.innerHTML = '<span><b>Didn’t</b> receive the OTP?</span>';
  expect(isCodeRequest(link.querySelector('b'))).toBe(true);
});

test('sending with the authenticator app chosen asks for no code', () => {
  const doc = load('en-choose-device');
  const send = doc.querySelector('#auth-send-code');
  expect(isCodeRequest(send)).toBe(true);
  (doc.querySelector('.auth-TOTP input') as HTMLInputElement).checked = true;
  expect(isCodeRequest(send)).toBe(false);
});

test('odd input is no request, never an exception', () => {
  expect(isCodeRequest(null)).toBe(false);
  expect(isCodeRequest({} as Element)).toBe(false);
  const doc = load('en-code-sms');
  const link = doc.querySelector('#auth-get-new-otp-link') as Element;
  Object.defineProperty(link, 'closest', {
    get() {
      throw new Error('clobbered');
    },
  });
  expect(isCodeRequest(link)).toBe(true);
});
