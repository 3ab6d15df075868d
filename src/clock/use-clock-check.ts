/** The popup's clock check: one per opening, shared by the clock section and the diagnosis. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { NetworkLocation } from '../network/network-location';
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import { makeSend } from '../shared/messages';
import { useItem } from '../shared/use-item';
import type { ClockResult } from './estimate';
import { type ShownCheck, shownCheck } from './shown-check';
import { type ClockState, clockItem } from './state';

const send = makeSend(browser.runtime);

const unreachable: ClockResult = {
  verdict: 'unknown',
  skewMs: null,
  uncertaintyMs: null,
  decidedBy: null,
  sources: [],
  disagreements: [],
  done: true,
};

/** This opening's check: what to show, and "Check again". */
export interface ClockCheck {
  shown: ShownCheck;
  /**
   * Where the connection seems to leave from, from this check's answer only (kept in the popup's
   * memory, never stored): undefined until the answer is in, null when there is nothing to say.
   */
  network: NetworkLocation | null | undefined;
  again(): void;
}

/**
 * Every popup opening asks for a clock check of its own (once, for the clock section and the
 * diagnosis alike), and follows its progress in the state item.
 */
export function useClockCheck(host: SellerCentralHost): ClockCheck {
  // First: the read of the stored check starts before this section's request can replace it.
  const [stored] = useItem(clockItem(host));
  // The stored check as first read (undefined: not read yet); what is written after it is ours.
  const before = useRef<{ host: string; state: ClockState | null } | undefined>(undefined);
  if (stored !== undefined && before.current?.host !== host) {
    before.current = { host, state: stored };
  }
  const [reply, setReply] = useState<ClockResult | null>(null);
  const [network, setNetwork] = useState<NetworkLocation | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const start = () => {
    setFailed(false);
    setReply(null);
    setNetwork(undefined);
    const ask = () => send('checkClock', { host, scope: 'all' });
    // A service worker stopped mid-check drops the answer; the next one starts the check anew.
    ask()
      .catch(ask)
      .then(
        ({ network: said, ...result }) => {
          setReply(result);
          // An older background may not say: nothing to say then.
          setNetwork(said ?? null);
        },
        () => {
          setFailed(true);
          setNetwork(null);
        },
      );
  };
  // A layout effect: the check starts with this render, not after the next paint (Preact runs
  // plain effects after a frame, https://preactjs.com/guide/v10/hooks/#useeffect).
  useLayoutEffect(start, [host]);
  const base = before.current?.host === host ? before.current.state : null;
  const shown = shownCheck({
    before: base,
    since: stored !== undefined && stored !== base ? stored : null,
    reply,
  });
  // If the background cannot be reached at all, say so rather than "checking" forever.
  const current = failed && !shown.current?.done ? unreachable : shown.current;
  const again = () => {
    // What shows now becomes the previous check until the new one answers.
    before.current = { host, state: stored ?? null };
    start();
  };
  return { shown: { current, previous: current ? null : shown.previous }, network, again };
}
