/**
 * Where the banner goes: before the element returned here, so it sits above the step's form and
 * never covers a field or a button. Pure, like `classify`.
 */
import type { PageState } from './classify';
import { codeField } from './code-field';
import { closest, isElement, one, parentNode } from './safe-dom';
import * as selectors from './selectors';

export function anchorFor(root: ParentNode, state: PageState): Element | null {
  try {
    return withParent(find(root, state));
  } catch {
    return null;
  }
}

const codeForm = (root: ParentNode) =>
  one(root, selectors.codeForm) ?? formOf(one(root, selectors.codeInput));
const cvfForm = (root: ParentNode) =>
  one(root, selectors.cvfForm) ?? formOf(one(root, selectors.cvfInput));
const captcha = (root: ParentNode) =>
  one(root, selectors.captchaForm) ??
  formOf(one(root, selectors.captchaInput)) ??
  one(root, selectors.wafChallenge) ??
  one(root, selectors.wafPuzzle);

function find(root: ParentNode, state: PageState): Element | null {
  switch (state) {
    case 'otp-sms':
    case 'otp-voice':
    case 'otp-app':
    case 'otp-unknown':
    case 'code-rejected':
    case 'code-expired':
      return codeForm(root);
    case 'choose-device':
    case 'otp-limit':
      return one(root, selectors.chooserForm);
    case 'signin-blocked':
      // On the code page, the chooser or the password page: above whichever form it has.
      return codeForm(root) ?? one(root, selectors.chooserForm) ?? one(root, selectors.signInForm);
    case 'no-account':
      return one(root, selectors.intentForm) ?? one(root, selectors.signInForm);
    case 'cookies-blocked':
      return (
        codeForm(root) ??
        one(root, selectors.chooserForm) ??
        cvfForm(root) ??
        one(root, selectors.intentForm) ??
        one(root, selectors.signInForm) ??
        captcha(root) ??
        // No form: the top of Amazon's main section.
        one(one(root, selectors.mainSection), ':scope > *')
      );
    case 'cvf-code':
      return cvfForm(root);
    case 'approval':
      // The channel line sits above everything the user acts on; the forms are fallbacks.
      return one(root, selectors.approvalDetails) ?? one(root, selectors.approval);
    case 'captcha':
      return captcha(root);
    case 'unknown-step':
      // Above the form of the field that asks for the code.
      return formOf(codeField(root));
    default:
      return state satisfies never;
  }
}

function formOf(input: Element | null): Element | null {
  return input ? (closest(input, 'form') ?? input) : null;
}

/** An anchor is only useful if something can be inserted before it. */
function withParent(el: Element | null): Element | null {
  return el && isElement(parentNode(el)) ? el : null;
}
