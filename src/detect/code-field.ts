/**
 * The shown field that asks for a code on a sign-in step we do not know (`unknown-step`): the
 * standard `autocomplete="one-time-code"`, or an id or name saying code, OTP or passcode. Pure,
 * like `classify`, which reads it only when no known step matched. One pass over the page's first
 * inputs (a sign-in form has a dozen, most of them hidden tokens) instead of a long selector: the
 * content script's size budget.
 */
import { all, attr, shownByMarkup } from './safe-dom';
import { codeWord, notCodeWord } from './selectors';

export function codeField(root: ParentNode): Element | null {
  return (
    all(root, 'input', 100).find((el) => {
      const says = ['autocomplete', 'id', 'name', 'type']
        .map((a) => attr(el, a))
        .join(' ')
        .toLowerCase();
      return codeWord.test(says) && !notCodeWord.test(says) && shownByMarkup(el);
    }) ?? null
  );
}
