/**
 * DOM access, reading and writing, that a page cannot redirect; both content scripts use it.
 * Named elements shadow properties (`<form name="querySelector">` on a Document, `<form
 * name="body">` makes `document.body` that form: Document has [LegacyOverrideBuiltIns],
 * https://html.spec.whatwg.org/multipage/dom.html#dom-document-nameditem), so every getter and
 * method is taken from the object's prototype chain, never from the object itself. Page scripts
 * cannot reach those prototypes: a content script has its own (isolated world). Nothing here
 * touches globals (`document`, `Node`…), so importing it is safe outside a browser.
 */

type Fn = (this: unknown, ...args: unknown[]) => unknown;

// Per-prototype cache: the walk below runs for every node of a bounded text read.
const cache = new WeakMap<object, Map<string, PropertyDescriptor | null>>();

function descriptor(obj: object, name: string): PropertyDescriptor | null {
  const proto: unknown = Object.getPrototypeOf(obj);
  if (typeof proto !== 'object' || proto === null) return null;
  let byName = cache.get(proto);
  if (!byName) {
    byName = new Map();
    cache.set(proto, byName);
  }
  const hit = byName.get(name);
  if (hit !== undefined) return hit;
  let found: PropertyDescriptor | null = null;
  for (let p: unknown = proto; typeof p === 'object' && p !== null; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) {
      found = d;
      break;
    }
  }
  byName.set(name, found);
  return found;
}

function get(obj: object, name: string): unknown {
  const d = descriptor(obj, name);
  return d?.get ? d.get.call(obj) : undefined;
}

function call(obj: object, name: string, ...args: unknown[]): unknown {
  const d = descriptor(obj, name);
  return typeof d?.value === 'function' ? (d.value as Fn).call(obj, ...args) : undefined;
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;

export function nodeType(n: object): number {
  const t = get(n, 'nodeType');
  return typeof t === 'number' ? t : 0;
}

export function isElement(v: unknown): v is Element {
  return isObject(v) && nodeType(v) === ELEMENT_NODE;
}

function asNode(v: unknown): Node | null {
  return isObject(v) && nodeType(v) !== 0 ? (v as Node) : null;
}

export const firstChild = (n: Node): Node | null => asNode(get(n, 'firstChild'));
export const nextSibling = (n: Node): Node | null => asNode(get(n, 'nextSibling'));
export const parentNode = (n: Node): Node | null => asNode(get(n, 'parentNode'));

export function nodeValue(n: Node): string {
  const v = get(n, 'nodeValue');
  return typeof v === 'string' ? v : '';
}

export function localName(el: Element): string {
  const v = get(el, 'localName');
  return typeof v === 'string' ? v.toLowerCase() : '';
}

export function attr(el: Element, name: string): string | null {
  const v = call(el, 'getAttribute', name);
  return typeof v === 'string' ? v : null;
}

export function hasClass(el: Element, cls: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(cls);
}

/** First match in document order, or null; a selector the engine rejects counts as no match. */
export function one(root: ParentNode | Node | null, selector: string): Element | null {
  if (!isObject(root)) return null;
  try {
    const r = call(root, 'querySelector', selector);
    return isElement(r) ? r : null;
  } catch {
    return null;
  }
}

/** The first `max` matches in document order; a rejected selector counts as none. */
export function all(root: ParentNode | Node | null, selector: string, max = 20): Element[] {
  const out: Element[] = [];
  if (!isObject(root)) return out;
  try {
    const list = call(root, 'querySelectorAll', selector) as ArrayLike<unknown> | undefined;
    for (let i = 0; list && i < list.length && out.length < max; i += 1) {
      const el = list[i];
      if (isElement(el)) out.push(el);
    }
  } catch {}
  return out;
}

/**
 * The element of this id under `root`: through the document's id map when `root` is a Document
 * (no walk, however big the page), else by selector.
 */
export function byId(root: ParentNode | Node | null, id: string): Element | null {
  if (!isObject(root) || nodeType(root) !== DOCUMENT_NODE) return one(root, `#${id}`);
  try {
    const r = call(root, 'getElementById', id);
    return isElement(r) ? r : null;
  } catch {
    return null;
  }
}

export function closest(el: Element | null, selector: string): Element | null {
  if (!el) return null;
  try {
    const r = call(el, 'closest', selector);
    return isElement(r) ? r : null;
  } catch {
    return null;
  }
}

/** The document's `<body>`, whatever the page named its elements. */
export function bodyOf(doc: Document): HTMLElement | null {
  const body = get(doc, 'body');
  return isElement(body) ? (body as HTMLElement) : null;
}

export function create<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
): HTMLElementTagNameMap[K] {
  const el = call(doc, 'createElement', tag);
  if (!isElement(el)) throw new Error(`cannot create <${tag}>`);
  return el as HTMLElementTagNameMap[K];
}

/** A `<button type="button">` of `className` that calls `onClick` when pressed. */
export function button(doc: Document, className: string, onClick: () => void): HTMLButtonElement {
  const el = create(doc, 'button');
  el.type = 'button';
  el.className = className;
  el.addEventListener('click', onClick);
  return el;
}

export function insertBeforeNode(parent: Node, node: Node, before: Node | null): void {
  call(parent, 'insertBefore', node, before);
}

/** Whether `node` is in `doc`'s tree (a page may have taken it out). */
export function isInDocument(doc: Document, node: Node): boolean {
  const root = get(doc, 'documentElement');
  return isElement(root) && call(root, 'contains', node) === true;
}

/** The `<html>` element of the document `root` belongs to (or is). */
export function htmlElement(root: ParentNode): Element | null {
  if (!isObject(root)) return null;
  const doc = nodeType(root) === DOCUMENT_NODE ? root : get(root, 'ownerDocument');
  if (!isObject(doc)) return null;
  const html = get(doc, 'documentElement');
  return isElement(html) ? html : null;
}

const MAX_DEPTH = 5000;

/** Hidden by markup alone: no computed style, so this stays pure and cheap. */
export function hiddenByMarkup(el: Element): boolean {
  const name = localName(el);
  if (name === 'template' || name === 'noscript' || name === 'script' || name === 'style') {
    return true;
  }
  if (attr(el, 'hidden') !== null) return true;
  if (hasClass(el, 'aok-hidden')) return true;
  const style = attr(el, 'style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style.slice(0, 2000));
}

/** Neither the element nor an ancestor is hidden by markup. */
export function shownByMarkup(el: Element): boolean {
  let n: Node | null = el;
  for (let i = 0; n && i < MAX_DEPTH; i += 1) {
    if (isElement(n) && hiddenByMarkup(n)) return false;
    n = parentNode(n);
  }
  return true;
}

// Elements whose edges separate words, so "<p>976</p><p>12</p>" does not read as "97612".
const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'label',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

// Never part of the visible prose: form controls carry values, not words.
const opaque = new Set(['input', 'select', 'textarea', 'option', 'img', 'svg', 'iframe', 'object']);

export interface TextOptions {
  maxChars?: number;
  maxNodes?: number;
  /** Subtrees to leave out besides hidden ones (links, the error box…). */
  skip?: (el: Element) => boolean;
}

/**
 * The visible text under `el`, whitespace collapsed. Iterative (deep trees cannot overflow the
 * stack) and bounded in nodes and characters (huge trees cost a fixed amount).
 */
export function visibleText(el: Element, options: TextOptions = {}): string {
  const maxChars = options.maxChars ?? 2000;
  const maxNodes = options.maxNodes ?? 4000;
  const skip = options.skip;
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let node: Node | null = firstChild(el);
  while (node && visited < maxNodes && length < maxChars) {
    visited += 1;
    let enter = false;
    const type = nodeType(node);
    if (type === TEXT_NODE) {
      const text = nodeValue(node).slice(0, maxChars - length);
      parts.push(text);
      length += text.length;
    } else if (isElement(node)) {
      const name = localName(node);
      if (!opaque.has(name) && !hiddenByMarkup(node) && !skip?.(node)) {
        enter = true;
        if (blocks.has(name)) parts.push(' ');
      }
    }
    const child = enter ? firstChild(node) : null;
    if (child) {
      node = child;
      continue;
    }
    // Done with this subtree: climb until a next sibling, never above `el`.
    let climb: Node | null = node;
    node = null;
    for (let i = 0; climb && climb !== el && i < MAX_DEPTH; i += 1) {
      if (isElement(climb) && blocks.has(localName(climb))) parts.push(' ');
      const sibling = nextSibling(climb);
      if (sibling) {
        node = sibling;
        break;
      }
      climb = parentNode(climb);
    }
  }
  return collapse(parts.join('')).slice(0, maxChars);
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
