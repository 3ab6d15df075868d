// @vitest-environment happy-dom
/**
 * The outline over generated pages: random tags (forms, inputs, custom elements, svg), random
 * attributes with random values (markup, quotes, emails, digits, clobbering names), random text.
 * Every text node and every value of an attribute outside the kept list carries a marker that
 * cannot occur by chance; no marker ever reaches the outline, and the outline never throws.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { outlineLimitBytes, outlinePage } from './page-outline';

const keptAttributes = [
  'id',
  'class',
  'name',
  'type',
  'autocomplete',
  'inputmode',
  'maxlength',
  'role',
];

type Tree =
  | { kind: 'text'; text: string }
  | {
      kind: 'element';
      tag: string;
      kept: [string, string][];
      other: [string, string][];
      children: Tree[];
    };

const tags = fc.oneof(
  fc.constantFrom('div', 'span', 'form', 'input', 'button', 'label', 'p', 'a', 'select', 'option'),
  fc.constantFrom('svg', 'script', 'style', 'template', 'iframe', 'img', 'textarea', 'table'),
  fc.stringMatching(/^x-[a-z]{1,6}$/),
);
// Names a page may use to clobber the DOM, next to anything at all.
const keptValue = fc.oneof(
  fc.constantFrom('id', 'attributes', 'children', 'localName', 'getAttribute', 'body', 'URL'),
  fc.constantFrom('one-time-code', 'hidden', 'tel', 'otpCode', 'seller@example.com', '+1 555 0100'),
  fc.string({ maxLength: 30 }),
);
const otherName = fc
  .oneof(
    fc.constantFrom('value', 'placeholder', 'aria-label', 'title', 'href', 'action', 'style'),
    fc.constantFrom('hidden', 'aria-hidden', 'data-token', 'for', 'content', 'alt', 'src'),
    fc.stringMatching(/^[a-z][a-z-]{0,8}$/),
  )
  .filter((n) => !keptAttributes.includes(n));
const filler = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('"><script>alert(1)</script>', "' onload='x'", '</textarea>', '&lt;b&gt;'),
);

const { tree } = fc.letrec<{ tree: Tree; element: Tree; text: Tree }>((rec) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, rec('text'), rec('element')),
  text: fc.record({ kind: fc.constant('text' as const), text: filler }),
  element: fc.record({
    kind: fc.constant('element' as const),
    tag: tags,
    kept: fc.array(fc.tuple(fc.constantFrom(...keptAttributes), keptValue), { maxLength: 4 }),
    other: fc.uniqueArray(fc.tuple(otherName, filler), { maxLength: 4, selector: ([n]) => n }),
    children: fc.array(rec('tree'), { maxLength: 5 }),
  }),
}));

/** `ZQX<letters>XQZ`: letters only, so no masking of digits could hide it if it leaked. */
const marker = (n: number) =>
  `ZQX${[...n.toString(26)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 26))).join('')}XQZ`;

/** Builds the tree into `parent`; returns every marker placed. */
function build(doc: Document, parent: Node, node: Tree, markers: string[]): void {
  if (node.kind === 'text') {
    const m = marker(markers.length);
    markers.push(m);
    parent.appendChild(doc.createTextNode(`${node.text}${m}${node.text}`));
    return;
  }
  const el = doc.createElement(node.tag);
  for (const [name, value] of node.kept) el.setAttribute(name, value);
  for (const [name, value] of node.other) {
    const m = marker(markers.length);
    markers.push(m);
    el.setAttribute(name, `${value}${m}`);
  }
  for (const child of node.children) build(doc, el, child, markers);
  parent.appendChild(el);
}

// One window for every run: a new one per run costs more than the run.
const win = new Window({ url: 'https://sellercentral.amazon.com/ap/signin?q=ZQXqueryXQZ' });
const doc = win.document as unknown as Document;

const { getAttributeNames: attributeNamesOf, getAttribute: attributeOf } = win.Element
  .prototype as unknown as Element;
const childNodesOf = Object.getOwnPropertyDescriptor(win.Node.prototype, 'childNodes')?.get as (
  this: Node,
) => NodeListOf<ChildNode>;

/** Every text and attribute value under `node`, template contents included. */
function contentOf(node: Node): string {
  const own =
    node instanceof win.Element
      ? attributeNamesOf.call(node).map((n) => attributeOf.call(node, n))
      : [node.nodeType === 3 ? (node as Text).data : ''];
  // Through the prototypes, as the outline reads: a form's named controls shadow its properties
  // (`<input name="childNodes">`), and happy-dom's lookup of them throws on an id like `"`
  // (seen with seed 1183262735).
  const content =
    node instanceof win.HTMLTemplateElement
      ? (node as unknown as HTMLTemplateElement).content
      : null;
  const children = [...childNodesOf.call(node), ...(content ? [content] : [])];
  return [...own, ...children.map(contentOf)].join('\n');
}

test('no text and no value outside the kept attributes ever reaches the outline', () => {
  fc.assert(
    fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (nodes) => {
      doc.body.replaceChildren();
      const markers: string[] = ['ZQXqueryXQZ'];
      for (const node of nodes) build(doc, doc.body, node, markers);
      const { url, outline } = outlinePage(outlineLimitBytes, doc);
      const all = `${url}\n${outline}`;
      for (const m of markers) expect(all).not.toContain(m);
      // The markers were there to find: the page holds every one of them.
      const page = contentOf(doc.body);
      for (const m of markers.slice(1)) expect(page).toContain(m);
      expect(outline.startsWith('path /ap/signin\nbody')).toBe(true);
    }),
    { numRuns: 150 },
  );
  // happy-dom builds each page slowly on a busy machine; the check itself is the assertion.
}, 30_000);
