/**
 * The words of the sign-in page's error box (`#auth-error-message-box`, role=alert), as plain,
 * collapsed text without its heading: the classifier needs to know that it shows, and reads its
 * words only for what structure cannot tell. Pure and bounded like the rest of `detect/`.
 */
import { byId, collapse, one, shownByMarkup, visibleText } from './safe-dom';
import { errorBoxId } from './selectors';

/** Longer than any of Amazon's messages; a page cannot make the classifier read more. */
export const maxErrorChars = 300;

/** The text of the visible error box, or null (absent, hidden or blank). */
export function errorText(root: ParentNode): string | null {
  const box = byId(root, errorBoxId);
  if (!box) return null;
  const content = one(box, '.a-alert-content') ?? box;
  if (!shownByMarkup(box) || !shownByMarkup(content)) return null;
  const text = collapse(visibleText(content, { maxChars: maxErrorChars * 2 }))
    .slice(0, maxErrorChars)
    .trim();
  return text || null;
}
