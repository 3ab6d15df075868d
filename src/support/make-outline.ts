/**
 * Glue: the outline of the page in a tab, made in that tab on the seller's click
 * (`scripting.executeScript` with `outlinePage` as the function; not the content script, whose
 * size is budgeted). Only a Seller Central sign-in page is outlined: before, by the tab's URL, and
 * after, by the URL the page itself reports (it may have moved on in between).
 */
import browser from 'webextension-polyfill';
import { type OutlineOutcome, outcomeOf, outlineAllowed } from './outline-outcome';
import { outlineLimitBytes, outlinePage } from './page-outline';

/** The tab's URL (undefined when this extension may not see it), or null when the tab is gone. */
async function urlOf(tabId: number): Promise<string | undefined | null> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return null;
  }
}

/** The sign-in page's URL in the tab, or null when the tab shows no sign-in page (or is gone). */
export async function signInUrlOf(tabId: number | null): Promise<string | null> {
  const url = tabId === null ? null : await urlOf(tabId);
  return url && outlineAllowed(url) ? url : null;
}

export async function makeOutline(tabId: number | null): Promise<OutlineOutcome> {
  if (tabId === null) return { kind: 'not-sign-in' };
  const url = await urlOf(tabId);
  if (url === null) return { kind: 'failed' };
  if (!outlineAllowed(url)) return { kind: 'not-sign-in' };
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: outlinePage,
      args: [outlineLimitBytes],
    });
    return outcomeOf(frame?.result);
  } catch {
    return { kind: 'failed' };
  }
}
