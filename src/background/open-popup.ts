import browser from 'webextension-polyfill';
import { popupTargetItem } from '../shared/popup-target';
import type { Section } from '../shared/sections';

/**
 * Opens the toolbar popup on `section`. `action.openPopup()` needs Chrome 127+ and a focused
 * window, and Firefox allows it only during a user action (a content-script message is not one):
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/action/openPopup
 * Where it fails, the popup page opens in a tab next to the sign-in page instead.
 */
export async function openPopup(
  section: Section | null,
  tab: { id: number; windowId?: number; index?: number },
): Promise<'popup' | 'tab'> {
  await popupTargetItem.set({ section, tabId: tab.id });
  try {
    await browser.action.openPopup(
      tab.windowId === undefined ? undefined : { windowId: tab.windowId },
    );
    return 'popup';
  } catch {
    await popupTargetItem.remove();
    const url = browser.runtime.getURL(
      `src/popup/index.html?tab=${tab.id}${section ? `#${section}` : ''}`,
    );
    await browser.tabs.create({
      url,
      ...(tab.index === undefined ? {} : { index: tab.index + 1 }),
      ...(tab.windowId === undefined ? {} : { windowId: tab.windowId }),
    });
    return 'tab';
  }
}
