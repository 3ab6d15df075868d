/** A form field's label above its control, for the popup and the options page alike. */
import type { ComponentChildren, JSX } from 'preact';

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

/**
 * A labelled `<input>`: `id` is written once, for the input and its label; its test id is the
 * same unless `testId` says otherwise. The other props are the input's; `children` follow it.
 */
export function InputField({
  id,
  label,
  testId = id,
  children,
  ...input
}: JSX.IntrinsicElements['input'] & {
  id: string;
  label: string;
  testId?: string;
  children?: ComponentChildren;
}) {
  return (
    <Field id={id} label={label}>
      <input id={id} data-testid={testId} {...input} />
      {children}
    </Field>
  );
}
