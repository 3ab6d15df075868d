/**
 * The extension's own `_locales/<locale>/messages.json`, for text in a language other than the
 * browser's (the i18n API speaks that one only). One cache per JS context: the background's for
 * the banner, the popup's for the support description.
 */
import browser from 'webextension-polyfill';
import { createCatalogue } from './catalogue';

export const packagedCatalogue = createCatalogue(async (locale) => {
  const response = await fetch(browser.runtime.getURL(`_locales/${locale}/messages.json`));
  if (!response.ok) throw new Error(`_locales/${locale} is not packaged (${response.status})`);
  return response.json();
});
