/**
 * A tiny escaping template: every interpolated value is HTML-escaped unless it is already `Html`.
 * The simulator must never turn test input (query strings, form fields) into markup by accident.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation =
  | string
  | number
  | Html
  | null
  | undefined
  | false
  | readonly Interpolation[];

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Markup the simulator wrote itself (never anything from a request). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** A localised sentence with `{name}` slots: the sentence is escaped, slots may be `Html`. */
export function fill(template: string, values: Record<string, string | Html>): Html {
  const parts = template.split(/\{(\w+)\}/);
  return new Html(
    parts.map((part, i) => (i % 2 === 0 ? escapeHtml(part) : render(values[part] ?? ''))).join(''),
  );
}

/** JSON that is safe inside a `<script>` element (no `</script>`, no line separators). */
export function jsonForScript(value: unknown): Html {
  return new Html(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}
