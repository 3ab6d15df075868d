/**
 * The reference clock's time of day, with the name of its time zone ("5:49:03 PM EST"): the seller
 * compares it with a phone that may show another zone, and a browser that resists fingerprinting
 * reports UTC to pages (privacy.resistFingerprinting), so a bare time could read as wrong by hours.
 * `timeStyle: 'long'` is the locale's own medium time plus the short zone name.
 * https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/DateTimeFormat/DateTimeFormat#timestyle
 */
export function referenceTime(ms: number, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang, {
    timeStyle: 'long',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(ms);
}
