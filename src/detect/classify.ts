/**
 * Which sign-in step a Seller Central page shows (PRODUCT.md, "Page states"). Structure first:
 * Amazon's element ids are the same in every language; text is read only for details (masked
 * number, method). Pure: everything comes from `root` and `url`, and hostile markup (clobbered
 * names, deep or huge trees) can neither throw nor make it slow.
 */
import { pageOfUrl } from '../sellercentral/marketplaces';
import { errorText } from './error-text';
import { attr, closest, isElement, localName, one, parentNode, visibleText } from './safe-dom';
import { selectors } from './selectors';
import { findDestination, hasEmail, mentionsApp, mentionsVoice } from './text';

export const pageStates = [
  'otp-sms',
  'otp-voice',
  'otp-app',
  'choose-device',
  'code-rejected',
  'otp-limit',
  'cvf-code',
  'approval',
  'captcha',
] as const;
export type PageState = (typeof pageStates)[number];

export const methods = ['sms', 'voice', 'app', 'unknown'] as const;
export type Method = (typeof methods)[number];

export interface Classification {
  state: PageState;
  method: Method;
  /** Trailing digits of the masked phone number the page shows, never more. */
  destination: string | null;
}

export function classify(root: ParentNode, url: string): Classification | null {
  if (!onSignInPath(url)) return null;
  try {
    return classifyPage(root);
  } catch {
    // A page we cannot read is a page we do not annotate.
    return null;
  }
}

const onSignInPath = (url: string): boolean => pageOfUrl(url)?.kind === 'sign-in';

function classifyPage(root: ParentNode): Classification | null {
  const codeForm = one(root, selectors.codeForm) ?? formOf(one(root, selectors.codeInput));
  if (codeForm) return codePage(root, codeForm);

  const chooser = one(root, selectors.chooserForm);
  if (chooser) return chooserPage(root, chooser);

  const cvf = one(root, selectors.cvfForm) ?? formOf(one(root, selectors.cvfInput));
  if (cvf) return cvfPage(root, cvf);

  // Email and password steps: not 2SV, no banner (even with their own error box).
  if (one(root, selectors.signIn)) return null;

  const captcha =
    one(root, selectors.captchaForm) ??
    one(root, selectors.captchaInput) ??
    one(root, selectors.wafChallenge);
  if (captcha) return { state: 'captcha', method: 'unknown', destination: null };

  if (one(root, selectors.approval)) {
    const details = one(root, selectors.approvalDetails);
    return {
      state: 'approval',
      method: 'unknown',
      destination: details ? findDestination(promptText(details)) : null,
    };
  }
  return null;
}

/** The form around a code field, or its parent when the field is not inside a form. */
function formOf(input: Element | null): Element | null {
  if (!input) return null;
  const form = closest(input, 'form');
  if (form) return form;
  const parent = parentNode(input);
  return isElement(parent) ? parent : null;
}

// Links ("Didn't receive the OTP?") and the error box are not the prompt.
const notPrompt = (el: Element) =>
  localName(el) === 'a' ||
  localName(el) === 'button' ||
  attr(el, 'id') === 'auth-error-message-box';

function promptText(el: Element): string {
  return visibleText(el, { maxChars: 1500, skip: notPrompt });
}

function codePage(root: ParentNode, form: Element): Classification {
  let text = promptText(form);
  // Some layouts keep the heading and prompt next to the form rather than in it.
  const box = closest(form, '.a-box-inner, .auth-pagelet-container');
  if (box && !findDestination(text) && !mentionsVoice(text) && !mentionsApp(text)) {
    text = promptText(box);
  }
  const destination = findDestination(text);
  const method = codeMethod(text, destination);
  return { state: errorText(root) ? 'code-rejected' : `otp-${method}`, method, destination };
}

function codeMethod(text: string, destination: string | null): Exclude<Method, 'unknown'> {
  if (destination) return mentionsVoice(text) ? 'voice' : 'sms';
  // Authenticator pages show no number; "app" wins over a mentioned call-me fallback.
  if (mentionsApp(text)) return 'app';
  return mentionsVoice(text) ? 'voice' : 'app';
}

const deviceClasses = [
  ['auth-SMS', 'sms'],
  ['auth-VOICE', 'voice'],
  ['auth-TOTP', 'app'],
] as const;

const deviceSuffix = { SMS: 'sms', VOICE: 'voice', TOTP: 'app' } as const;

function chooserPage(root: ParentNode, form: Element): Classification {
  const checked =
    one(form, 'input[name="otpDeviceContext"]:checked') ??
    one(form, 'input[name="otpDeviceContext"][checked]') ??
    one(form, 'input[type="radio"]:checked');
  let method: Method = 'unknown';
  let destination: string | null = null;
  if (checked) {
    const byClass = deviceClasses.find(([cls]) => closest(checked, `.${cls}`));
    const suffix = /,\s*(SMS|VOICE|TOTP)\s*$/i.exec((attr(checked, 'value') ?? '').slice(-40))?.[1];
    method =
      byClass?.[1] ??
      (suffix ? deviceSuffix[suffix.toUpperCase() as keyof typeof deviceSuffix] : 'unknown');
    const option = closest(checked, 'label, .a-radio, [data-a-input-name]');
    if (option && method !== 'app') destination = findDestination(promptText(option));
  }
  return { state: errorText(root) ? 'otp-limit' : 'choose-device', method, destination };
}

function cvfPage(root: ParentNode, form: Element): Classification {
  const details = one(root, selectors.cvfDetails);
  const text = promptText(details ?? form);
  const email = hasEmail(text);
  const destination = email ? null : findDestination(text);
  return { state: 'cvf-code', method: destination ? 'sms' : 'unknown', destination };
}
