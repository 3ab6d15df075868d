/** Every user-visible string goes through `browser.i18n` so that `_locales/` can translate it. */
import browser from 'webextension-polyfill';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** The text for `key`; the key itself if the locale lacks it, so a gap is visible, not blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
