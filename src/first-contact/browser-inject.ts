/**
 * Glue: the browser's side of injecting the manifest's content scripts into open tabs (the
 * background's only: the popup takes inject-files.ts alone, and stays small).
 */
import browser from 'webextension-polyfill';
import { contentScriptsOf } from './content-scripts';
import { injectFiles } from './inject-files';
import { injectOpenTabs } from './inject-open-tabs';

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
