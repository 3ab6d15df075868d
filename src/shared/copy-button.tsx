/**
 * A button that copies a text the seller has already seen on screen, then says in a status line
 * whether the copy worked (a refused clipboard is said, not swallowed). The owner's message and
 * the page outline use it; the support section's button also opens Contact Us, so it has its own.
 */
import { useState } from 'preact/hooks';
import { type MessageKey, t } from './i18n';

export function CopyButton(props: {
  text: string;
  /** Test ids of the button and of the status line (`data-outcome`: `copied` or `copy-failed`). */
  testIds: { button: string; outcome: string };
  words: { label: MessageKey; copied: MessageKey; failed: MessageKey };
}) {
  const [outcome, setOutcome] = useState<'copied' | 'copy-failed' | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(props.text).then(
      () => setOutcome('copied'),
      () => setOutcome('copy-failed'),
    );
  };
  return (
    <>
      <p>
        <button type="button" data-testid={props.testIds.button} onClick={copy}>
          {t(props.words.label)}
        </button>
      </p>
      {outcome && (
        <p role="status" data-testid={props.testIds.outcome} data-outcome={outcome}>
          {t(outcome === 'copied' ? props.words.copied : props.words.failed)}
        </p>
      )}
    </>
  );
}
