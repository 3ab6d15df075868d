/**
 * A redacted outline of a sign-in page, for a public bug report when Amazon changes the page: its
 * structure only. `outlinePage` is both the tested function and the one the popup injects into
 * the tab (`scripting.executeScript({ func })` serialises its source), so it uses nothing from
 * outside its own body: no imports, no module constants, no helpers of this file.
 */

/** What the outline may hold at most: about a screenful of a bug report times ten. */
export const outlineLimitBytes = 20 * 1024;

/** The last line of an outline that was cut at the limit; the popup says so in words too. */
export const outlineCutMark = '… (cut)';

export type PageOutline = {
  /** The page's origin and path, redacted as the outline is (no query, no fragment). */
  url: string;
  /** One line per element, indented by depth, ending in `outlineCutMark` when `cut`. */
  outline: string;
  cut: boolean;
};

/**
 * Outlines `doc` (the tab's own document when injected): per element its tag, id, classes and the
 * kept attributes (`name`, `type`, `autocomplete`, `inputmode`, `maxlength`, `role`), and whether
 * it is hidden by its own markup (`hidden`, `aria-hidden`, a hidden input, an inline
 * `display: none`; classes that hide, such as Amazon's `a-hidden`, show as classes). Read from
 * the markup, not from layout: the same answer in every browser and fast on any page. Never text, other attributes (not even their names), the query or the fragment;
 * in every kept value an email becomes `[email]`, a run of 3 or more digits `#`s and a long
 * letters-and-digits run (a token) `[token]`. Stops at `limitBytes` of UTF-8.
 */
export function outlinePage(limitBytes: number, doc?: Document): PageOutline {
  const d = doc ?? document;
  // A page can clobber DOM names (`<form><input name="id">` makes `form.id` the input, and
  // `<img name="body">` shadows `document.body`): read everything through the prototypes.
  const member = (o: object, name: string): PropertyDescriptor | undefined => {
    for (let p = Object.getPrototypeOf(o); p; p = Object.getPrototypeOf(p)) {
      const found = Object.getOwnPropertyDescriptor(p, name);
      if (found) return found;
    }
    return undefined;
  };
  const getter = (o: object, name: string): ((this: unknown) => unknown) => {
    const get = member(o, name)?.get;
    return get ?? (() => undefined);
  };
  const method = <F>(o: object, name: string): F | undefined => {
    const value: unknown = member(o, name)?.value;
    return typeof value === 'function' ? (value as F) : undefined;
  };

  const cap = 100;
  const redact = (raw: string): string => {
    let v = raw.length > 4 * cap ? raw.slice(0, 4 * cap) : raw;
    v = v.replace(/[^\s@<>"'`/:;,()[\]]*@[^\s@<>"'`/:;,()[\]]*/g, '[email]');
    v = v.replace(/[A-Za-z0-9+=]{16,}/g, (run) =>
      /[0-9]/.test(run) && /[A-Za-z]/.test(run) ? '[token]' : run,
    );
    v = v.replace(/\p{Nd}{3,}/gu, (run) => '#'.repeat(Math.min(run.length, 12)));
    // Quotes and angle brackets would let a value pass for markup or end its own quotes.
    v = v.replace(/[<>"'`\\\p{Cc}]/gu, '?');
    return v.length > cap ? `${v.slice(0, cap)}…` : v;
  };

  const lines: string[] = [];
  const encoder = new TextEncoder();
  let bytes = 0;
  let cut = false;
  const push = (line: string): boolean => {
    const size = encoder.encode(line).length + 1;
    if (bytes + size > limitBytes - 32) {
      cut = true;
      return false;
    }
    bytes += size;
    lines.push(line);
    return true;
  };

  let url = '';
  try {
    const parsed = new URL(String(getter(d, 'URL').call(d)));
    url = `${parsed.origin}${redact(parsed.pathname)}`;
    push(`path ${redact(parsed.pathname)}`);
  } catch {
    push('path ?');
  }

  const root = (getter(d, 'body').call(d) ?? getter(d, 'documentElement').call(d)) as
    | Element
    | null
    | undefined;
  if (root) {
    const getAttribute = method<(this: Element, name: string) => string | null>(
      root,
      'getAttribute',
    );
    const localName = getter(root, 'localName');
    const children = getter(root, 'children');
    const attr = (el: Element, name: string) => getAttribute?.call(el, name) ?? null;
    const kept = ['name', 'type', 'autocomplete', 'inputmode', 'maxlength', 'role'];
    // Their children are drawing, formulas or code: no structure a sign-in form is made of.
    const leaves = new Set(['svg', 'math', 'script', 'style', 'template', 'noscript']);

    const lineOf = (el: Element, parentHidden: boolean): { line: string; hidden: boolean } => {
      const tag = redact(String(localName.call(el) ?? '?'));
      let line = tag;
      const id = attr(el, 'id');
      if (id) line += `#${redact(id)}`;
      const classes = attr(el, 'class');
      if (classes) {
        for (const c of classes.split(/\s+/).slice(0, 20)) if (c) line += `.${redact(c)}`;
      }
      for (const name of kept) {
        const value = attr(el, name);
        if (value !== null) line += `[${name}="${redact(value)}"]`;
      }
      const hidden =
        parentHidden ||
        attr(el, 'hidden') !== null ||
        attr(el, 'aria-hidden') === 'true' ||
        attr(el, 'type')?.toLowerCase() === 'hidden' ||
        /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attr(el, 'style') ?? '');
      // Said once, where it starts: everything under a hidden element is hidden too.
      if (hidden && !parentHidden) line += ' [hidden]';
      return { line, hidden };
    };

    type Level = { list: ArrayLike<Element>; index: number; hidden: boolean };
    const stack: Level[] = [{ list: [root], index: 0, hidden: false }];
    while (stack.length > 0) {
      const level = stack[stack.length - 1] as Level;
      const el = level.list[level.index];
      if (el === undefined || level.index >= level.list.length) {
        stack.pop();
        continue;
      }
      level.index += 1;
      const depth = stack.length - 1;
      const { line, hidden } = lineOf(el, level.hidden);
      const indent = '  '.repeat(Math.min(depth, 24));
      if (!push(depth > 24 ? `${indent}(${depth}) ${line}` : `${indent}${line}`)) break;
      if (!leaves.has(String(localName.call(el)))) {
        const list = children.call(el) as ArrayLike<Element> | undefined;
        if (list && list.length > 0) stack.push({ list, index: 0, hidden });
      }
    }
  }
  if (cut) lines.push('… (cut)');
  return { url, outline: lines.join('\n'), cut };
}
