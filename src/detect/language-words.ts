/**
 * The shape of one language's words for the classifier's text readers: per reader, stems and
 * short phrases as regex sources, which the reader alternates at call time. Data, not logic: the
 * tables (detection-words.ts) stay in the background, and the content script gets the page
 * language's in the `bannerStatus` reply (its size budget, e2e/budgets.ts).
 */
export const wordKeys = [
  // text.ts: the keyword before a masked number's digits ("ending in 976") and after them
  // ("976 ile biten"); the words naming a voice call and an authenticator app.
  'endingBefore',
  'endingAfter',
  'voice',
  'app',
  // wait.ts: the units (ending at a letter boundary), the number words for one and two (starting
  // at one, except in scripts written without spaces), a unit's dual ending (two of it), a bare
  // singular that means one after an "in" word ("za godzinę"), what makes a match no wait ("once
  // a"), the words of a range ("1 to 2") and of a code's lifetime ("valid for"), and "half".
  'seconds',
  'minutes',
  'hours',
  'days',
  'one',
  'two',
  'dual',
  'bareOne',
  'bareIn',
  'notWait',
  'range',
  'valid',
  'half',
  // error-kind.ts: the error box says the sign-in is blocked, the code expired, no account.
  'blocked',
  'expired',
  'noAccount',
] as const;
export type WordKey = (typeof wordKeys)[number];

/** One language's words, every reader's key present (an empty list: the language has none). */
export type LanguageWords = { readonly [K in WordKey]: readonly string[] };

/** The tables a page is read with: its language's and English, every table, or none at all. */
export type PageWords = readonly LanguageWords[];
