/**
 * Whether the browser keeps cookies for the sign-in page's host, by trying: in Chromium
 * `navigator.cookieEnabled` stays true while the site's cookies are blocked (PRODUCT.md, page
 * state `cookies-blocked`). A test cookie for the page's sign-in path (`/ap/`, or `/ax/` on the
 * newer pages: a cookie of the other path would not read back here), living 10 s, is written,
 * read back and deleted at once; it holds nothing and is never read for anything else.
 */
const test = 'sc2sv-cookie-test=1';

/** False when a cookie written for this page does not read back; true when unsure. */
export function cookiesWork(doc: Document, path = '/ap/'): boolean {
  const attributes = `; path=${path}; secure; samesite=strict; max-age=`;
  try {
    // From the prototype: a page's `<form name="cookie">` shadows the document's own
    // (see detect/safe-dom.ts).
    const { get, set } = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie') ?? {};
    if (!get || !set) return true;
    set.call(doc, `${test}${attributes}10`);
    const works = `; ${get.call(doc)};`.includes(`; ${test};`);
    set.call(doc, `${test}${attributes}0`);
    return works;
  } catch {
    return true;
  }
}
