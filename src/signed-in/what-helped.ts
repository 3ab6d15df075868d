/**
 * What the seller did during the sign-in the card is about, from what the extension already
 * stores: guide steps marked done (a clock set right is the guide's clock step), and a cleanup.
 * Pure: the popup passes the stored records.
 */
import type { GuideState } from '../guide/guide-state';
import type { StepId } from '../guide/steps';
import { requestMemoryMs } from '../shared/tab-record';
import type { CleanupResult } from '../support/cleanup-result';
import type { SignedInCard } from './signed-in-card';

export interface Helped {
  /** Steps marked done in the guide during this sign-in, in the order they were marked. */
  steps: StepId[];
  /** A Seller Central cleanup finished during this sign-in. */
  cleanup: boolean;
}

/**
 * During this sign-in: in the hour before the seller got in (a sign-in with its codes takes
 * minutes; a mark from last month's lockout is no help today).
 */
const during = (card: SignedInCard, at: number) => at <= card.at && card.at - at < requestMemoryMs;

export function whatHelped(
  card: SignedInCard,
  guide: GuideState | null,
  cleanup: CleanupResult | null,
): Helped {
  const steps = (Object.entries(guide?.marks ?? {}) as [StepId, { mark: string; at: number }][])
    .filter(([, m]) => m.mark === 'done' && during(card, m.at))
    .sort(([, a], [, b]) => a.at - b.at)
    .map(([id]) => id);
  return { steps, cleanup: cleanup !== null && during(card, cleanup.at) };
}
