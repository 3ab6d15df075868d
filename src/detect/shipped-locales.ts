/**
 * The languages the extension ships (`public/_locales/<folder>`), written once. Here in detect/,
 * the lowest layer that needs them: detection-words.ts gives each its word table, and
 * shared/locales.ts (which detect/ may not import) says which serves a page or a browser.
 */
export const shippedLocales = [
  'en',
  'zh_CN',
  'de',
  'fr',
  'es',
  'it',
  'ja',
  'pt_BR',
  'nl',
  'pl',
  'sv',
  'tr',
  'ar',
] as const;
export type Locale = (typeof shippedLocales)[number];
