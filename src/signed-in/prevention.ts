/**
 * How to avoid the next lockout, as the "you're in" card lists it: each item's words and the
 * page of the seller's own marketplace where it is set (Settings > Login Settings > Two-Step
 * Verification settings; support/links.ts has the page that shows the way there).
 */
import type { SellerCentralHost } from '../sellercentral/marketplaces';
import type { MessageKey } from '../shared/i18n';
import { linksFor } from '../support/links';

export const preventionItems = [
  { id: 'app-preferred', words: 'signedInPreventApp' },
  // The guide's own tips, the same words (guide/steps.ts `prevention`).
  { id: 'backup-method', words: 'guidePreventSecondMethod' },
  { id: 'backup-codes', words: 'guidePreventBackupCodes' },
  { id: 'remember-browser', words: 'signedInPreventRemember' },
  { id: 'phone-time-auto', words: 'signedInPreventPhoneTime' },
] as const satisfies readonly { id: string; words: MessageKey }[];

export type PreventionId = (typeof preventionItems)[number]['id'];

/** The settings link of an item: always on the marketplace the seller signed in to. */
export const preventionLink = (host: SellerCentralHost): string => linksFor(host).loginSettings;
