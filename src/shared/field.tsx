/** A form field's label above its control, for the popup and the options page alike. */
import type { ComponentChildren } from 'preact';

/** `id` is the control's own id (the label points at it); `children` is the control and any button. */
export function Field(props: { id: string; label: string; children: ComponentChildren }) {
  return (
    <p>
      <label for={props.id}>{props.label}</label>
      <br />
      {props.children}
    </p>
  );
}
