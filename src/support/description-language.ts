/**
 * Which translator writes the description: the marketplace's support language when the browser's
 * UI is in it (then `browser.i18n` already speaks it, falling back to English where a
 * translation is missing), otherwise English, read from the extension's own `_locales/en`.
 */
const base = (language: string) => language.toLowerCase().split(/[-_]/)[0] ?? '';

export function describeInUiLanguage(uiLanguage: string, supportLanguage: string): boolean {
  return base(uiLanguage) === base(supportLanguage);
}
