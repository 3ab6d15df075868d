/**
 * Where the banner goes: before the element returned here, so it sits above the step's form and
 * never covers the code field or the submit button. Pure, like `classify`.
 */
import type { PageState } from './classify';
import { closest, isElement, one, parentNode } from './safe-dom';
import { selectors } from './selectors';

export function anchorFor(root: ParentNode, state: PageState): Element | null {
  try {
    return withParent(find(root, state));
  } catch {
    return null;
  }
}

function find(root: ParentNode, state: PageState): Element | null {
  switch (state) {
    case 'otp-sms':
    case 'otp-voice':
    case 'otp-app':
    case 'code-rejected':
      return one(root, selectors.codeForm) ?? formOf(one(root, selectors.codeInput));
    case 'choose-device':
    case 'otp-limit':
      return one(root, selectors.chooserForm);
    case 'cvf-code':
      return one(root, selectors.cvfForm) ?? formOf(one(root, selectors.cvfInput));
    case 'approval':
      // The channel line sits above everything the user acts on; the forms are fallbacks.
      return one(root, selectors.approvalDetails) ?? one(root, selectors.approval);
    case 'captcha':
      return (
        one(root, selectors.captchaForm) ??
        formOf(one(root, selectors.captchaInput)) ??
        one(root, selectors.wafChallenge)
      );
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
