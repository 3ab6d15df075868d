/** Glue: the browser's side of injecting the manifest's content scripts into open tabs. */
import browser from 'webextension-polyfill';
import { contentScriptsOf } from './content-scripts';
import { injectOpenTabs } from './inject-open-tabs';

/** Runs the files, in order, in the tab's top frame, as the manifest would have. */
export function injectFiles(tabId: number, files: readonly string[]): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId }, files: [...files] });
}

/** The manifest's content scripts into every open tab they are for (install and update). */
export function injectIntoOpenTabs() {
  return injectOpenTabs({
    scripts: contentScriptsOf(browser.runtime.getManifest()),
    // Only Firefox has runtime.getBrowserInfo, and only Firefox injects into open tabs itself.
    selfInjects: typeof browser.runtime.getBrowserInfo === 'function',
    tabsMatching: (matches) => browser.tabs.query({ url: [...matches] }),
    inject: injectFiles,
  });
}
