/**
 * DOM calls that a sign-in page cannot redirect. Named elements shadow document properties
 * (`<form name="body">` makes `document.body` that form: Document has [LegacyOverrideBuiltIns],
 * https://html.spec.whatwg.org/multipage/dom.html#dom-document-nameditem), so the content
 * script reaches the DOM through the prototypes' own getters and methods.
 */
const documentElementGetter = Object.getOwnPropertyDescriptor(
  Document.prototype,
  'documentElement',
)?.get;
const bodyGetter = Object.getOwnPropertyDescriptor(Document.prototype, 'body')?.get;
const createElement = Document.prototype.createElement;
const insertBefore = Node.prototype.insertBefore;
const contains = Node.prototype.contains;

export function rootElement(doc: Document): HTMLElement | null {
  return (documentElementGetter?.call(doc) as HTMLElement | null) ?? null;
}

export function bodyOf(doc: Document): HTMLElement | null {
  return (bodyGetter?.call(doc) as HTMLElement | null) ?? null;
}

export function create<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
): HTMLElementTagNameMap[K] {
  return createElement.call(doc, tag) as HTMLElementTagNameMap[K];
}

export function insertBeforeNode(parent: Node, node: Node, before: Node | null): void {
  insertBefore.call(parent, node, before);
}

export function isInDocument(doc: Document, node: Node): boolean {
  const root = rootElement(doc);
  return root !== null && contains.call(root, node);
}
