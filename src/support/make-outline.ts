/**
 * Glue: the outline of the page in a tab, made in that tab on the seller's click
 * (`scripting.executeScript` with `outlinePage` as the function; not the content script, whose
 * size is budgeted). Only a Seller Central sign-in page is outlined: before, by the tab's URL, and
 * after, by the URL the page itself reports (it may have moved on in between).
 */
import browser from 'webextension-polyfill';
import { type OutlineOutcome, outcomeOf, outlineAllowed } from './outline-outcome';
import { outlineLimitBytes, outlinePage } from './page-outline';

/** The sign-in page's URL in the tab, or null when the tab shows no sign-in page (or is gone). */
export async function signInUrlOf(tabId: number | null): Promise<string | null> {
  if (tabId === null) return null;
  try {
    const { url } = await browser.tabs.get(tabId);
    return url !== undefined && outlineAllowed(url) ? url : null;
  } catch {
    return null;
  }
}

export async function makeOutline(tabId: number | null): Promise<OutlineOutcome> {
  if ((await signInUrlOf(tabId)) === null || tabId === null) return { kind: 'not-sign-in' };
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
