/**
 * Which sign-in step a Seller Central page shows (PRODUCT.md, "Page states"). Structure first:
 * Amazon's element ids are the same in every language; text is read only for what structure
 * cannot tell (masked number, method, expired vs refused vs blocked, how long to wait), with the
 * words the world gives. Pure: everything comes from `root`, `url` and `world`, and hostile markup
 * (clobbered names, deep or huge trees) can neither throw nor make it slow.
 */
import { pagePaths } from '../sellercentral/marketplaces';
import { codeField } from './code-field';
import { errorKind } from './error-kind';
import { errorText } from './error-text';
import type { PageWords } from './language-words';
import {
  attr,
  byId,
  closest,
  isElement,
  localName,
  one,
  parentNode,
  shownByMarkup,
  visibleText,
} from './safe-dom';
import * as selectors from './selectors';
import { findDestination, hasEmail, mentionsApp, mentionsVoice } from './text';
import { parseWait } from './wait';

export const pageStates = [
  'otp-sms',
  'otp-voice',
  'otp-app',
  'otp-unknown',
  'choose-device',
  'code-rejected',
  'code-expired',
  'signin-blocked',
  'otp-limit',
  'cvf-code',
  'approval',
  'captcha',
  'no-account',
  'cookies-blocked',
  // A sign-in step that asks for a code but that we do not know (Amazon changed a page).
  'unknown-step',
] as const;
export type PageState = (typeof pageStates)[number];

export const methods = ['sms', 'voice', 'app', 'unknown'] as const;
export type Method = (typeof methods)[number];

export interface Classification {
  state: PageState;
  method: Method;
  /** Trailing digits of the masked phone number the page shows, never more. */
  destination: string | null;
  /** How long the page asks to wait before a new code or sign-in, when it says. */
  waitMs: number | null;
  /** The code page's "Don't require OTP on this browser" box, as it is now; null: not offered. */
  rememberDevice: 'unchecked' | 'checked' | null;
  /** The chooser offers Amazon's "Two-Step Verification Account Recovery" link. */
  recovery: boolean;
}

/** What the page cannot show: the content script tests it and passes it in. */
export interface ClassifyWorld {
  /**
   * The word tables to read the page's text with (detection-words.ts `wordsForPage`): its
   * language's and English, or every table. None (`[]`): structure only, so the state is known
   * and its text details (method, expired or refused, the wait) are not: never a guess.
   */
  words: PageWords;
  /** False when the browser keeps no cookies for this host; unknown (absent) counts as true. */
  cookiesWork?: boolean;
}

type Step = Pick<Classification, 'state' | 'method' | 'destination'>;
type Aside = Omit<Classification, keyof Step>;

/** A step and what its page also tells; each page reads only what it can offer. */
const page = (step: Step, aside: Partial<Aside> = {}): Classification => ({
  ...step,
  waitMs: null,
  rememberDevice: null,
  recovery: false,
  ...aside,
});

export function classify(
  root: ParentNode,
  url: string,
  world: ClassifyWorld,
): Classification | null {
  if (!onSignInPath(url)) return null;
  try {
    // Without cookies no step can succeed, whatever the page shows.
    if (world.cookiesWork === false || cookieWarningShown(root)) {
      return page(bare('cookies-blocked'));
    }
    return classifyPage(root, world.words);
  } catch {
    // A page we cannot read is a page we do not annotate.
    return null;
  }
}

/**
 * A sign-in path (`/ap/`, `/ax/`) over https. Not the host: the content script runs only where
 * the manifest's matches put it, which marketplaces.test.ts holds to the host table; leaving the
 * table out keeps about 190 bytes out of the content script (its budget, e2e/budgets.ts).
 */
function onSignInPath(url: string): boolean {
  try {
    const { protocol, pathname } = new URL(url);
    return protocol === 'https:' && pagePaths['sign-in'].some((p) => pathname.startsWith(p));
  } catch {
    return false;
  }
}

const bare = (state: PageState): Step => ({ state, method: 'unknown', destination: null });

function classifyPage(root: ParentNode, words: PageWords): Classification | null {
  const codeForm = one(root, selectors.codeForm) ?? formOf(one(root, selectors.codeInput));
  if (codeForm) return codePage(root, codeForm, words);

  const chooser = one(root, selectors.chooserForm);
  if (chooser) return chooserPage(root, chooser, words);

  const cvf = one(root, selectors.cvfForm) ?? formOf(one(root, selectors.cvfInput));
  if (cvf) return cvfPage(root, cvf, words);

  if (one(root, selectors.intentForm)) return page(bare('no-account'));

  // Email and password steps: not 2SV, no banner, unless their error box says the sign-in is
  // blocked or that no account has this email.
  if (one(root, selectors.signIn)) {
    const error = errorText(root);
    const kind = errorKind(error, words);
    if (kind !== 'blocked' && kind !== 'no-account') return unknownStep(root);
    return page(bare(kind === 'blocked' ? 'signin-blocked' : 'no-account'), {
      waitMs: parseWait(error, words),
    });
  }

  const captcha =
    one(root, selectors.captchaForm) ??
    one(root, selectors.captchaInput) ??
    one(root, selectors.wafChallenge) ??
    one(root, selectors.wafPuzzle);
  if (captcha) return page(bare('captcha'));

  if (one(root, selectors.approval)) {
    const details = one(root, selectors.approvalDetails);
    return page(
      {
        state: 'approval',
        method: 'unknown',
        destination: details ? findDestination(promptText(details), words) : null,
      },
      { waitMs: countdown(root, words) },
    );
  }
  return unknownStep(root);
}

/**
 * No step we know, but a shown field asks for a code: the page is new to us. Its method is never
 * guessed (`unknown`); without such a field (an email or password step) no banner, as before.
 */
function unknownStep(root: ParentNode): Classification | null {
  return codeField(root) ? page(bare('unknown-step')) : null;
}

/**
 * Amazon's stylesheet hides the warning and its script shows it with `display: block` when the
 * browser refuses cookies (phishing copies of the page show it with that inline style); the
 * classifier reads no stylesheet, so only the inline style counts.
 */
function cookieWarningShown(root: ParentNode): boolean {
  const warning = byId(root, selectors.cookieWarningId);
  const style = warning ? (attr(warning, 'style') ?? '') : '';
  return !!warning && shownByMarkup(warning) && /display\s*:\s*(?!none)[a-z]/i.test(style);
}

/** The cvf page's "Please wait N seconds before requesting another code", while it shows. */
function countdown(root: ParentNode, words: PageWords): number | null {
  const alert = closest(byId(root, selectors.resendTimerId), selectors.resendAlert);
  return alert && shownByMarkup(alert)
    ? parseWait(visibleText(alert, { maxChars: 300 }), words)
    : null;
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

function codePage(root: ParentNode, form: Element, words: PageWords): Classification {
  let text = promptText(form);
  // Some layouts keep the heading and prompt next to the form rather than in it.
  const box = closest(form, '.a-box-inner, .auth-pagelet-container');
  if (
    box &&
    !findDestination(text, words) &&
    !mentionsVoice(text, words) &&
    !mentionsApp(text, words)
  ) {
    text = promptText(box);
  }
  const destination = findDestination(text, words);
  const method = codeMethod(text, destination, words);
  const error = errorText(root);
  const kind = errorKind(error, words);
  const state: PageState = !error
    ? `otp-${method}`
    : kind === 'blocked'
      ? 'signin-blocked'
      : kind === 'expired'
        ? 'code-expired'
        : 'code-rejected';
  const remember = byId(root, selectors.rememberDeviceId);
  return page(
    { state, method, destination },
    {
      waitMs: parseWait(error, words),
      rememberDevice:
        remember && shownByMarkup(remember)
          ? // The live state (`:checked`), not only the attribute the page was served with.
            closest(remember, 'input:checked') === remember
            ? 'checked'
            : 'unchecked'
          : null,
    },
  );
}

/** Never a guess: a prompt that names no method we know says `unknown`, not "app". */
function codeMethod(text: string, destination: string | null, words: PageWords): Method {
  if (destination) return mentionsVoice(text, words) ? 'voice' : 'sms';
  // Authenticator pages show no number; "app" wins over a mentioned call-me fallback.
  if (mentionsApp(text, words)) return 'app';
  return mentionsVoice(text, words) ? 'voice' : 'unknown';
}

// Amazon's device kinds, as the chooser's classes (`auth-SMS`) and its values (", SMS") name them.
const devices = { SMS: 'sms', VOICE: 'voice', TOTP: 'app' } as const;
type Device = keyof typeof devices;

function chooserPage(root: ParentNode, form: Element, words: PageWords): Classification {
  const checked =
    one(form, 'input[name="otpDeviceContext"]:checked') ??
    one(form, 'input[name="otpDeviceContext"][checked]') ??
    one(form, 'input[type="radio"]:checked');
  let method: Method = 'unknown';
  let destination: string | null = null;
  if (checked) {
    const device =
      (Object.keys(devices) as Device[]).find((d) => closest(checked, `.auth-${d}`)) ??
      (/,\s*(SMS|VOICE|TOTP)\s*$/i
        .exec((attr(checked, 'value') ?? '').slice(-40))?.[1]
        ?.toUpperCase() as Device | undefined);
    method = device ? devices[device] : 'unknown';
    const option = closest(checked, 'label, .a-radio, [data-a-input-name]');
    if (option && method !== 'app') destination = findDestination(promptText(option), words);
  }
  const error = errorText(root);
  const state = !error
    ? 'choose-device'
    : errorKind(error, words) === 'blocked'
      ? 'signin-blocked'
      : 'otp-limit';
  const recovery = byId(root, selectors.recoveryId);
  return page(
    { state, method, destination },
    { waitMs: parseWait(error, words), recovery: !!recovery && shownByMarkup(recovery) },
  );
}

function cvfPage(root: ParentNode, form: Element, words: PageWords): Classification {
  const details = one(root, selectors.cvfDetails);
  const text = promptText(details ?? form);
  const email = hasEmail(text);
  const destination = email ? null : findDestination(text, words);
  return page(
    { state: 'cvf-code', method: destination ? 'sms' : 'unknown', destination },
    { waitMs: countdown(root, words) },
  );
}
