/**
 * The store screenshots, one row each (at most 5: the Chrome Web Store's limit), in every shipped
 * locale: a sign-in page of the simulator with the banner, the popup section beside it, and the
 * feature's heading and text from the catalogue above them. `scripts/take-store-shots.ts` takes them.
 */
import type { StateName } from '../e2e/sim/pages';
import type { Locale } from '../src/shared/locales';
import type { Section } from '../src/shared/sections';
import { featureKeys } from './store-listing';

export interface StoreShot {
  /** The simulator's sign-in page shown on the left. */
  page: StateName;
  /** The popup section shown on the right (`#<section>`). */
  section: Section;
  /** Seller Central's (and Cloudflare's) clock shifted by this much: the computer is behind. */
  serverAheadMs?: number;
  /** Visit the simulator's cookie route first, so the cleanup has Seller Central cookies to count. */
  cookies?: boolean;
  /** Type the demo key and the code of an app this far behind into the authenticator check. */
  appBehindMs?: number;
  /** Scroll the popup until this element's end is in view (an answer below the fold). */
  show?: string;
  /** Heading and text: the feature's keys of the store description. */
  caption: (typeof featureKeys)[number];
}

export const storeShots: readonly StoreShot[] = [
  // The popup's default section, the diagnosis, over an app code page with a clock 2 min behind
  // (a text code's page would not ask the clock: it depends on none of the seller's).
  { page: 'code-app', section: 'diagnosis', serverAheadMs: 133_000, caption: featureKeys[0] },
  { page: 'code-rejected', section: 'guide', caption: featureKeys[1] },
  { page: 'code-app', section: 'clock', serverAheadMs: 133_000, caption: featureKeys[2] },
  { page: 'code-rejected', section: 'cleanup', cookies: true, caption: featureKeys[3] },
  {
    page: 'code-app',
    section: 'authenticator',
    appBehindMs: 90_000,
    show: '[data-testid="totp-result"]',
    caption: featureKeys[4],
  },
];

/**
 * Where each locale's sign-in page is: the marketplace a seller of that language signs in to, and
 * the page language (`language=`, as Amazon's sign-in takes it; the simulator knows all 13).
 */
export const shotMarketplace: Readonly<Record<Locale, { host: string; language: string }>> = {
  en: { host: 'sellercentral.amazon.com', language: 'en_US' },
  de: { host: 'sellercentral.amazon.de', language: 'de_DE' },
  fr: { host: 'sellercentral.amazon.fr', language: 'fr_FR' },
  es: { host: 'sellercentral.amazon.es', language: 'es_ES' },
  it: { host: 'sellercentral.amazon.it', language: 'it_IT' },
  ja: { host: 'sellercentral.amazon.co.jp', language: 'ja_JP' },
  // No Chinese marketplace: sellers in China mostly sell on amazon.com, in Chinese.
  zh_CN: { host: 'sellercentral.amazon.com', language: 'zh_CN' },
  pt_BR: { host: 'sellercentral.amazon.com.br', language: 'pt_BR' },
  nl: { host: 'sellercentral.amazon.nl', language: 'nl_NL' },
  pl: { host: 'sellercentral.amazon.pl', language: 'pl_PL' },
  sv: { host: 'sellercentral.amazon.se', language: 'sv_SE' },
  tr: { host: 'sellercentral.amazon.com.tr', language: 'tr_TR' },
  ar: { host: 'sellercentral.amazon.ae', language: 'ar_AE' },
};

/** The store's file name of the n-th screenshot (1-based). */
export const shotName = (n: number) => `screenshot-${n}.png`;
