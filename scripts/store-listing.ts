/**
 * A locale's store listing, written from its catalogue (public/_locales/<locale>/messages.json),
 * the one source of the extension's words: the name is `extName`, the summary `extDescription`,
 * the description the `store*` keys in reading order.
 */

type Catalogue = Record<string, { message: string } | undefined>;

export interface StoreListing {
  name: string;
  summary: string;
  description: string;
}

/**
 * The tightest limit of the three stores for each field. Chrome Web Store: name 75, summary 132
 * (https://developer.chrome.com/docs/webstore/cws-dashboard-listing); a description that says
 * what the extension does (the brief's floor, 200) and at most 16,000 characters.
 */
export const listingLimits = {
  name: { max: 75 },
  summary: { max: 132 },
  description: { min: 200, max: 16_000 },
} as const;

/** The features, each a heading line and its paragraph, in the order the screenshots show them. */
export const featureKeys = [
  ['storeDiagnosisTitle', 'storeDiagnosisText'],
  ['storeBannerTitle', 'storeBannerText'],
  ['storeClockTitle', 'storeClockText'],
  ['storeCleanupTitle', 'storeCleanupText'],
  ['storeAuthenticatorTitle', 'storeAuthenticatorText'],
  ['storeGuideTitle', 'storeGuideText'],
] as const;

export function message(catalogue: Catalogue, key: string, locale = ''): string {
  const text = catalogue[key]?.message.trim();
  if (!text) throw new Error(`${locale || 'catalogue'} has no message for ${key}`);
  return text;
}

export function storeListing(catalogue: Catalogue, locale = ''): StoreListing {
  const m = (key: string) => message(catalogue, key, locale);
  const description = [
    m('storeIntro'),
    ...featureKeys.map(([title, text]) => `${m(title)}\n${m(text)}`),
    m('storeLanguages'),
    m('storePrivacy'),
    m('storeNotAmazon'),
  ].join('\n\n');
  return { name: m('extName'), summary: m('extDescription'), description };
}

/** Every limit a listing breaks, as sentences; none when it fits all three stores. */
export function listingProblems(listing: StoreListing): string[] {
  const problems: string[] = [];
  for (const field of ['name', 'summary', 'description'] as const) {
    const length = [...listing[field]].length;
    const limit: { min?: number; max: number } = listingLimits[field];
    if (length > limit.max) problems.push(`${field}: ${length} characters, at most ${limit.max}`);
    if (limit.min !== undefined && length < limit.min) {
      problems.push(`${field}: ${length} characters, at least ${limit.min}`);
    }
  }
  return problems;
}
