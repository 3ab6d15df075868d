/** Glue: runs files of the package in a tab's top frame, as the manifest's content scripts run. */
import browser from 'webextension-polyfill';

export function injectFiles(tabId: number, files: readonly string[]): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId }, files: [...files] });
}
