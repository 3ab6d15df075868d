/**
 * Whether pressing an element asks Amazon for a new code (PRODUCT.md, "The newest code only"):
 * the content script notes the time, and the code page then says to use only a code that came
 * after it. Pure, and safe on hostile markup like the rest of `detect/`.
 */
import { closest, one } from './safe-dom';
import * as selectors from './selectors';

export function isCodeRequest(el: Element | null): boolean {
  try {
    const hit = closest(el, selectors.codeRequest);
    if (hit) {
      // "Send" with the authenticator app chosen sends nothing: the app makes its own codes.
      const chooser = closest(hit, selectors.chooserForm);
      return !chooser || !one(chooser, '.auth-TOTP input:checked');
    }
    return !!closest(el, selectors.cvfResend) && !!closest(el, selectors.cvfForm);
  } catch {
    return false;
  }
}
