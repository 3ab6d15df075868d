/**
 * What the popup's clock section shows. Every opening measures anew, so the verdict is only ever
 * this opening's check: the result stored before it (`before`) never stands as the verdict; it may
 * show meanwhile as the previous check, with its age, until this check's first result is in.
 */
import type { ClockResult } from './estimate';
import type { ClockState } from './state';

export interface ShownCheck {
  /** The verdict: null while this check has no result yet ("checking"). */
  current: ClockResult | null;
  previous: { result: ClockResult; at: number } | null;
}

export function shownCheck(o: {
  /** The stored check as read when the section asked for its own (at opening, or "again"). */
  before: ClockState | null;
  /** The stored check when it was written after that read; null until then. */
  since: ClockState | null;
  /** The answer to the section's own request, once in. */
  reply: ClockResult | null;
}): ShownCheck {
  // A check written later than the reply's (another page asked meanwhile) is newer still.
  const current = o.since?.result ?? o.reply;
  const old = o.before?.result;
  return {
    current,
    previous: !current && old?.done ? { result: old, at: o.before?.startedAt ?? 0 } : null,
  };
}
