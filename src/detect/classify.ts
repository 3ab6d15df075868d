/**
 * Which sign-in step a Seller Central page shows (PRODUCT.md, "Page states"). Structure first:
 * Amazon's element ids are the same in every language; text is read only for details (masked
 * number, method). Pure: everything comes from `root` and `url`, and hostile markup (clobbered
 * names, deep or huge trees) can neither throw nor make it slow.
 */
import { marketplaceOfUrl } from '../sellercentral/marketplaces';
import {
  attr,
  closest,
  collapse,
  htmlElement,
  isElement,
  localName,
  one,
  parentNode,
  shownByMarkup,
  visibleText,
} from './dom';
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
  destination: string | null;
  error: string | null;
  lang: string | null;
}

const MAX_ERROR = 300;

export function classify(root: ParentNode, url: string): Classification | null {
  if (!onSignInPath(url)) return null;
  try {
    const page = classifyPage(root);
    return page ? { ...page, lang: langOf(root) } : null;
  } catch {
    // A page we cannot read is a page we do not annotate.
    return null;
  }
}

function onSignInPath(url: string): boolean {
  if (!marketplaceOfUrl(url)) return false;
  try {
    return new URL(url).pathname.startsWith('/ap/');
  } catch {
    return false;
  }
}

type Page = Omit<Classification, 'lang'>;

function classifyPage(root: ParentNode): Page | null {
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
  if (captcha) {
    return { state: 'captcha', method: 'unknown', destination: null, error: captchaError(captcha) };
  }

  if (one(root, selectors.approval)) {
    const details = one(root, selectors.approvalDetails);
    return {
      state: 'approval',
      method: 'unknown',
      destination: details ? findDestination(promptText(details)) : null,
      error: null,
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

function codePage(root: ParentNode, form: Element): Page {
  let text = promptText(form);
  // Some layouts keep the heading and prompt next to the form rather than in it.
  const box = closest(form, '.a-box-inner, .auth-pagelet-container');
  if (box && !findDestination(text) && !mentionsVoice(text) && !mentionsApp(text)) {
    text = promptText(box);
  }
  const destination = findDestination(text);
  const method = codeMethod(text, destination);
  const error = errorBoxText(root);
  return { state: error ? 'code-rejected' : `otp-${method}`, method, destination, error };
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

function chooserPage(root: ParentNode, form: Element): Page {
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
  const error = errorBoxText(root);
  return { state: error ? 'otp-limit' : 'choose-device', method, destination, error };
}

function cvfPage(root: ParentNode, form: Element): Page {
  const details = one(root, selectors.cvfDetails);
  const text = promptText(details ?? form);
  const email = hasEmail(text);
  const destination = email ? null : findDestination(text);
  const failure = one(root, selectors.cvfFailure);
  return {
    state: 'cvf-code',
    method: destination ? 'sms' : 'unknown',
    destination,
    error: errorBoxText(root) ?? (failure ? shownText(failure) : null),
  };
}

function captchaError(captcha: Element): string | null {
  const form = closest(captcha, 'form') ?? captcha;
  const alert = one(form, '.cvf-widget-alert[role="alert"], .a-alert-error');
  return alert ? shownText(alert) : null;
}

/** The text of the visible `#auth-error-message-box`, or null (absent, hidden or blank). */
function errorBoxText(root: ParentNode): string | null {
  const box = one(root, selectors.errorBox);
  if (!box) return null;
  return shownText(one(box, '.a-alert-content') ?? box, box);
}

function shownText(el: Element, box: Element = el): string | null {
  if (!shownByMarkup(box) || !shownByMarkup(el)) return null;
  const text = collapse(visibleText(el, { maxChars: MAX_ERROR * 2 }))
    .slice(0, MAX_ERROR)
    .trim();
  return text || null;
}

function langOf(root: ParentNode): string | null {
  const html = htmlElement(root);
  const lang = html ? attr(html, 'lang') : null;
  if (!lang) return null;
  const tag = lang.trim().toLowerCase().replace(/_/g, '-').slice(0, 35);
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(tag) ? tag : null;
}
