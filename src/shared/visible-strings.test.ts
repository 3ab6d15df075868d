// @vitest-environment happy-dom
/**
 * No user-visible string is written in the code: every word a seller sees comes from `t()` and
 * `_locales/`. Parses every source file (Vite's own parser) and looks where words reach the
 * screen: JSX text, visible attributes (aria-label, title, placeholder, alt, …), textContent and
 * similar assignments, setAttribute calls; and the extension pages' HTML. Class names, test ids,
 * keys and CSS are not visible and are not looked at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, test } from 'vitest';

const src = path.resolve(import.meta.dirname, '..');

/** Words: two letters in a row in any script. "×", " ", "·" or digits are not words. */
const hasWords = (s: string) => /\p{L}{2,}/u.test(s);

/** Literal text that is the same in every language, with the reason. */
const allowed: Record<string, string> = {
  'https://': 'a URL scheme as the example of a time source address',
  '2SV Helper': 'the short name, a brand (manifest short_name); replaced by t() on load',
};

const visibleAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const visibleProperties = new Set([
  'textContent',
  'innerText',
  'innerHTML',
  'outerHTML',
  'title',
  'placeholder',
  'alt',
  'ariaLabel',
  'ariaDescription',
  'ariaValueText',
  'label',
]);

type Node = { type: string; start: number; [k: string]: unknown };
const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/** The literal texts an expression can evaluate to, through ?:, && / ?? / || and +. */
function literalTexts(node: unknown): string[] {
  if (!isNode(node)) return [];
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [node.value] : [];
    case 'TemplateLiteral':
      return (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked);
    case 'ConditionalExpression':
      return [...literalTexts(node.consequent), ...literalTexts(node.alternate)];
    case 'LogicalExpression':
      return [...literalTexts(node.left), ...literalTexts(node.right)];
    case 'BinaryExpression':
      return node.operator === '+' ? [...literalTexts(node.left), ...literalTexts(node.right)] : [];
    case 'JSXExpressionContainer':
      return literalTexts(node.expression);
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'ParenthesizedExpression':
      return literalTexts(node.expression);
    default:
      return [];
  }
}

const propertyName = (node: unknown): string | null => {
  if (!isNode(node) || node.type !== 'MemberExpression') return null;
  const p = node.property;
  if (!isNode(p)) return null;
  if (p.type === 'Identifier' && !node.computed) return p.name as string;
  return p.type === 'Literal' && typeof p.value === 'string' ? p.value : null;
};

interface Finding {
  line: number;
  where: string;
  text: string;
}

/** Hard-coded visible words in one TS/TSX source. */
function findVisibleStrings(code: string, lang: 'ts' | 'tsx'): Finding[] {
  const found: Finding[] = [];
  const lineOf = (pos: number) => code.slice(0, pos).split('\n').length;
  const report = (node: Node, where: string, texts: string[]) => {
    for (const text of texts) {
      const trimmed = text.replace(/\s+/g, ' ').trim();
      if (hasWords(trimmed) && !Object.hasOwn(allowed, trimmed)) {
        found.push({ line: lineOf(node.start), where, text: trimmed });
      }
    }
  };
  const visit = (node: unknown, parent: Node | null) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, parent);
      return;
    }
    if (!isNode(node)) return;
    const inChildren = parent && (parent.type === 'JSXElement' || parent.type === 'JSXFragment');
    if (node.type === 'JSXText') report(node, 'JSX text', [node.value as string]);
    if (node.type === 'JSXExpressionContainer' && inChildren) {
      report(node, 'JSX child', literalTexts(node.expression));
    }
    if (node.type === 'JSXAttribute') {
      const name = isNode(node.name) ? (node.name.name as string) : '';
      if (visibleAttributes.has(name)) report(node, `${name}=`, literalTexts(node.value));
    }
    if (node.type === 'AssignmentExpression') {
      const name = propertyName(node.left);
      if (name && visibleProperties.has(name)) report(node, `.${name} =`, literalTexts(node.right));
    }
    if (node.type === 'CallExpression' && propertyName(node.callee) === 'setAttribute') {
      const [attr, value] = node.arguments as unknown[];
      const name = literalTexts(attr)[0] ?? '';
      if (visibleAttributes.has(name)) report(node, `setAttribute('${name}')`, literalTexts(value));
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'type' && typeof value === 'object') visit(value, node);
    }
  };
  visit(parseAst(code, { lang }), null);
  return found;
}

/** Hard-coded visible words in an extension page's HTML (its text and visible attributes). */
function findVisibleHtml(html: string): Finding[] {
  // Stylesheet links out: happy-dom would try to fetch them.
  const doc = new DOMParser().parseFromString(html.replace(/<link\b[^>]*>/gi, ''), 'text/html');
  const found: Finding[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT);
  for (
    let el = walker.currentNode as Element | null;
    el;
    el = walker.nextNode() as Element | null
  ) {
    if (el.localName === 'script' || el.localName === 'style') continue;
    for (const child of Array.from(el.childNodes)) {
      const text = child.nodeType === 3 ? (child.textContent ?? '').trim() : '';
      if (hasWords(text) && !Object.hasOwn(allowed, text)) {
        found.push({ line: 0, where: `<${el.localName}>`, text });
      }
    }
    for (const name of visibleAttributes) {
      const value = el.getAttribute(name)?.trim() ?? '';
      if (hasWords(value) && !Object.hasOwn(allowed, value)) {
        found.push({ line: 0, where: `${name}=`, text: value });
      }
    }
  }
  return found;
}

const sources = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('fixtures'))
  .sort();
const pages = sources.length ? ['popup/index.html', 'options/index.html'] : [];

describe('the scanner finds real hard-coded words and nothing else', () => {
  test.each([
    ['<p>Check your clock</p>', 'Check your clock'],
    ['<p>{t("a")} or try again</p>', 'or try again'],
    ['<button aria-label="Close">×</button>', 'Close'],
    ['<input placeholder={"Your code"} />', 'Your code'],
    ['<img alt="Amazon logo" />', 'Amazon logo'],
    ['<p>{ok ? "All good" : t("b")}</p>', 'All good'],
    [`<p>{\`Ends in \${n}\`}</p>`, 'Ends in'],
    ['<p title={err ?? "Unknown error"} />', 'Unknown error'],
  ])('tsx %s', (code, text) => {
    expect(findVisibleStrings(`const x = ${code};`, 'tsx').map((f) => f.text)).toEqual([text]);
  });

  test.each([
    ["el.textContent = 'Dismiss';", 'Dismiss'],
    [`el.title = \`Open \${x}\`;`, 'Open'],
    ["el.setAttribute('aria-label', 'Close banner');", 'Close banner'],
    ["el['innerText'] = 'Hi there';", 'Hi there'],
    ["document.title = 'Options';", 'Options'],
  ])('ts %s', (code, text) => {
    expect(findVisibleStrings(code, 'ts').map((f) => f.text)).toEqual([text]);
  });

  test('not class names, test ids, keys, data, CSS, symbols or t() calls', () => {
    const code = `
      const x = (
        <section class="verdict verdict-ok" data-testid="clock-verdict" id="clock-title"
          aria-labelledby="clock-title" role="status" aria-live="polite" data-state={'otp-sms'}>
          <h2>{t('sectionClock')}</h2>{' '}<span>×</span> · {n} 42
          <p aria-label={t('bannerRegion')} title={label}>{t('x', ['a'])}</p>
        </section>
      );
      style.textContent = css;
      el.className = 'open now';
      el.setAttribute('data-sc2sv', 'banner');
      el.setAttribute('role', 'status');
      el.textContent = '×';
      el.textContent = label ?? '';
    `;
    expect(findVisibleStrings(code, 'tsx')).toEqual([]);
  });

  test('html pages', () => {
    expect(findVisibleHtml('<title>Options</title><p>Loading…</p>').map((f) => f.text)).toEqual([
      'Options',
      'Loading…',
    ]);
    expect(
      findVisibleHtml('<div id="app" class="main"></div><script>x = "Hi there"</script>'),
    ).toEqual([]);
  });
});

describe('no user-visible string written in the code', () => {
  test('there are sources to scan', () => {
    expect(sources).toContain('content/banner.ts');
    expect(sources).toContain('popup/App.tsx');
  });

  test.each(sources)('%s', (file) => {
    const code = readFileSync(path.join(src, file), 'utf8');
    expect(findVisibleStrings(code, file.endsWith('.tsx') ? 'tsx' : 'ts')).toEqual([]);
  });

  test.each(pages)('%s', (file) => {
    expect(findVisibleHtml(readFileSync(path.join(src, file), 'utf8'))).toEqual([]);
  });
});
