/**
 * The description field of Seller Central's Contact Us form. Its markup is not documented and
 * changes; a public automation script of the older form filled `textarea#<topic>_info` (e.g.
 * `#customer_orders_info`) next to `#subject_<topic>`. So: a usable textarea whose id or name
 * says description / details / info / message, else the only usable textarea. Pure DOM reading.
 */
const named = /description|details|_info$|^info$|message/i;

function usable(el: HTMLTextAreaElement): boolean {
  return (
    !el.disabled &&
    !el.readOnly &&
    !el.hidden &&
    el.closest('[hidden], [aria-hidden="true"]') === null
  );
}

export function findDescriptionField(root: ParentNode): HTMLTextAreaElement | null {
  const fields = [...root.querySelectorAll('textarea')].filter(usable);
  return (
    fields.find((f) => named.test(f.id) || named.test(f.name)) ??
    (fields.length === 1 ? (fields[0] ?? null) : null)
  );
}

/**
 * Puts `text` in the field as typed text (never markup), after what is already there, and fires
 * the events a script-driven form listens to. The native setter is used so that frameworks that
 * track the value (React) see a change.
 */
export function pasteInto(field: HTMLTextAreaElement, text: string): void {
  const current = field.value.trim();
  const value = current ? `${field.value.replace(/\s+$/, '')}\n\n${text}` : text;
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
