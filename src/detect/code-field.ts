/**
 * The shown field that asks for a code on a sign-in step we do not know (`unknown-step`): the
 * standard `autocomplete="one-time-code"`, or an id or name saying code, OTP or passcode. Pure,
 * like `classify`, which reads it only when no known step matched.
 */
import { all, attr, shownByMarkup } from './safe-dom';
import * as selectors from './selectors';

export function codeField(root: ParentNode): Element | null {
  return (
    all(root, selectors.codeField).find(
      (el) =>
        !selectors.codeFieldNot.test(
          `${attr(el, 'id')} ${attr(el, 'name')} ${attr(el, 'type')}`.toLowerCase(),
        ) && shownByMarkup(el),
    ) ?? null
  );
}
