/** Every user-visible string goes through `i18n` so that `_locales/` can translate it. */
import { api } from './api';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** The text for `key`; the key itself if the locale lacks it, so a gap is visible, not blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return api.i18n.getMessage(key, substitutions) || key;
}

/** The UI language and its direction, for `lang` and `dir` attributes. */
export function uiLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  return {
    lang: api.i18n.getUILanguage(),
    dir: api.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr',
  };
}
