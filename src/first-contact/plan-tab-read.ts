/**
 * What the popup does about the page of the tab it is over, when the banner has not reported it
 * (the tab was open before the extension, or its script is gone): read it with the content
 * script's own classifier, by running the script there again; say so when it cannot.
 */
import { hostOfUrl, pageKindOfUrl, pagePatterns } from '../sellercentral/marketplaces';
import { type ContentScript, scriptsForPattern } from './content-scripts';

export type TabReadPlan =
  /** Nothing to do: the tab's page is known, or it is no sign-in page, or it is the popup itself. */
  | { kind: 'none' }
  /** A Seller Central sign-in page nobody reported: run these files in it. */
  | { kind: 'read'; files: readonly string[] }
  /**
   * A tab whose address the extension may not see: another site or a browser page, where it has
   * nothing to read.
   */
  | { kind: 'elsewhere' };

export function planTabRead(tab: {
  /** The tab's id; null when the popup is about no tab. */
  id: number | null;
  /** Its address, when the host permissions let the extension see it. */
  url: string | undefined;
  hasRecord: boolean;
  /** The popup shows in this very tab (opened as a page): nothing in front to read. */
  isPopupTab: boolean;
  scripts: readonly ContentScript[];
}): TabReadPlan {
  if (tab.id === null || tab.isPopupTab || tab.hasRecord) return { kind: 'none' };
  if (tab.url === undefined) return { kind: 'elsewhere' };
  const host = hostOfUrl(tab.url);
  if (!host || pageKindOfUrl(tab.url) !== 'sign-in') return { kind: 'none' };
  // The sign-in script is declared for `/ap/*` and `/ax/*` alike: the first one found is it.
  const files = pagePatterns(host, 'sign-in')
    .map((pattern) => scriptsForPattern(tab.scripts, pattern))
    .find((found) => found !== null);
  return files ? { kind: 'read', files } : { kind: 'none' };
}
