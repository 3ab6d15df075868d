/** Which pages may be outlined, and what an outline's answer from the tab means. */
import { pageKindOfUrl } from '../sellercentral/marketplaces';
import type { PageOutline } from './page-outline';

export type OutlineOutcome =
  | { kind: 'made'; outline: PageOutline }
  /** Not a Seller Central sign-in page, or a URL this extension may not see. */
  | { kind: 'not-sign-in' }
  /** Closed, discarded, crashed, still loading, or the browser refused the injection. */
  | { kind: 'failed' };

/** Whether a page's outline may be made: a Seller Central sign-in page, and nothing else. */
export const outlineAllowed = (url: string | undefined): boolean =>
  pageKindOfUrl(url) === 'sign-in';

/** What the injected function answered, checked: it comes from a page, and could be anything. */
export function outcomeOf(result: unknown): OutlineOutcome {
  if (typeof result !== 'object' || result === null) return { kind: 'failed' };
  const { url, outline, cut } = result as Record<string, unknown>;
  if (typeof url !== 'string' || typeof outline !== 'string' || typeof cut !== 'boolean') {
    return { kind: 'failed' };
  }
  if (!outlineAllowed(url)) return { kind: 'not-sign-in' };
  return { kind: 'made', outline: { url, outline, cut } };
}
