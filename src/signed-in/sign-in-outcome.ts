/**
 * What a tab's new address means for the sign-in its record shows (pure: the background passes
 * the tab's record and the URL it sees). Without the `tabs` permission the background sees the
 * URL only on Seller Central hosts (its host permissions): anywhere else it is `undefined`.
 */
import { hostOfUrl, pageKindOfUrl, type SellerCentralHost } from '../sellercentral/marketplaces';
import { outsideTwoStep } from '../shared/situations';
import type { TabRecord } from '../shared/tab-record';

export type SignInOutcome =
  /**
   * Nothing to do: no sign-in recorded in the tab, or it is still signing in (the sign-in pages,
   * or a public page of Seller Central such as its help, seen without a session).
   */
  | { kind: 'signing-in' }
  /** The tab went to another site mid-sign-in: its record goes, no card. */
  | { kind: 'left' }
  /**
   * The tab reached Seller Central outside the sign-in: the seller is in. `card`: the record
   * showed a 2SV step, so the popup has something to say about it (on the host reached).
   */
  | { kind: 'in'; card: { host: SellerCentralHost; record: TabRecord } | null };

/** The record showed a step of Two-Step Verification (see `outsideTwoStep` in situations.ts). */
export const showedTwoStep = (record: TabRecord): boolean => !outsideTwoStep.includes(record.state);

/**
 * `session`: whether the browser holds a Seller Central session for the URL's host
 * (support/signed-in.ts). A page outside the sign-in proves nothing by itself: the help pages
 * are public, and the sign-in page's own "Help" link leads there.
 */
export function signInOutcome(
  previous: TabRecord | null,
  url: string | undefined,
  session: boolean,
): SignInOutcome {
  if (previous === null) return { kind: 'signing-in' };
  const host = hostOfUrl(url);
  if (host === undefined) return { kind: 'left' };
  if (pageKindOfUrl(url) === 'sign-in' || !session) return { kind: 'signing-in' };
  return { kind: 'in', card: showedTwoStep(previous) ? { host, record: previous } : null };
}
