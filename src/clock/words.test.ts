import { expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { translator } from '../shared/catalogue';
import type { ClockResult } from './estimate';
import { ago, duration, seconds, verdictSentence } from './words';

/** The English locale, filled in the way browser.i18n does it. */
const t = translator(messages);

const result = (over: Partial<ClockResult>): ClockResult => ({
  verdict: 'ok',
  skewMs: 0,
  uncertaintyMs: 100,
  decidedBy: 'sellercentral.amazon.com',
  sources: [],
  disagreements: [],
  done: true,
  ...over,
});

test.each([
  ['nothing yet', null, "Checking your computer's clock…"],
  [
    'behind by 2 min 13 s',
    result({ verdict: 'bad', skewMs: -133_000, uncertaintyMs: 80 }),
    "Your computer's clock is 2 min 13 s behind (±0.1 s).",
  ],
  [
    'ahead by 12 s',
    result({ verdict: 'warn', skewMs: 12_000, uncertaintyMs: 600 }),
    "Your computer's clock is 12 s ahead (±0.6 s).",
  ],
  [
    'right',
    result({ verdict: 'ok', skewMs: 200, uncertaintyMs: 100 }),
    "Your computer's clock is right: 0.2 s off (±0.1 s).",
  ],
  [
    '3 h behind',
    result({ verdict: 'bad', skewMs: -3 * 3_600_000 - 5 * 60_000, uncertaintyMs: 900 }),
    "Your computer's clock is 3 h 5 min behind (±0.9 s).",
  ],
  [
    'unknown, with the reasons',
    result({
      verdict: 'unknown',
      skewMs: null,
      uncertaintyMs: null,
      sources: [
        { source: 'sellercentral.amazon.com', status: 'timeout', samples: 0 },
        { source: 'www.cloudflare.com', status: 'offline', samples: 0 },
      ],
    }),
    'The clock could not be checked: no time source answered. sellercentral.amazon.com: did not answer in time; www.cloudflare.com: could not be reached (are you offline?).',
  ],
] as const)('%s', (_case, r, sentence) => {
  expect(verdictSentence(t, r, 'en')).toBe(sentence);
});

// Numbers in the seller's locale (digits, decimal sign, grouping), through Intl, never by hand.
test.each([
  ['en', -3_400, 80, "Your computer's clock is 3.4 s behind (±0.1 s)."],
  ['de', -3_400, 80, "Your computer's clock is 3,4 s behind (±0,1 s)."],
  ['fr', 3_400, 1_500, "Your computer's clock is 3,4 s ahead (±1,5 s)."],
  ['ar-SA', -3_400, 80, "Your computer's clock is ٣٫٤ s behind (±٠٫١ s)."],
  ['de', -133_000, 12_000, "Your computer's clock is 2 min 13 s behind (±12 s)."],
] as const)('in %s: %i ms off, ±%i ms', (locale, skewMs, uncertaintyMs, sentence) => {
  expect(verdictSentence(t, result({ verdict: 'bad', skewMs, uncertaintyMs }), locale)).toBe(
    sentence,
  );
});

test.each([
  ['en', 2 * 86_400_000 + 3 * 3_600_000, '2 d 3 h'],
  ['de', 1_234 * 86_400_000, '1.234 d 0 h'],
  ['ar-SA', 61_000, '١ min ١ s'],
] as const)('duration in %s', (locale, ms, words) => {
  expect(duration(t, ms, locale)).toBe(words);
});

// The error bar: as many decimals as given, in the locale's digits, with its unit.
test.each([
  ['0.1', 'de', '0,1 s'],
  ['12', 'de', '12 s'],
  ['1.0', 'en', '1.0 s'],
  ['1234', 'en', '1,234 s'],
] as const)('seconds %s in %s → %s', (value, locale, want) => {
  expect(seconds(t, value, locale)).toBe(want);
});

test.each([
  [0, 'en', '0 seconds ago'],
  [1_400, 'en', '1 second ago'],
  [59_999, 'en', '59 seconds ago'],
  [60_000, 'en', '1 minute ago'],
  [3 * 60_000 + 30_000, 'en', '3 minutes ago'],
  [2 * 3_600_000, 'en', '2 hours ago'],
  [49 * 3_600_000, 'en', '2 days ago'],
  // A clock set back meanwhile: never "in 5 seconds".
  [-5_000, 'en', '0 seconds ago'],
  // The plural forms are the language's own.
  [2 * 60_000, 'pl', '2 minuty temu'],
  [5 * 60_000, 'pl', '5 minut temu'],
  [3 * 60_000, 'de', 'vor 3 Minuten'],
])('%i ms ago in %s: %s', (ms, locale, words) => {
  expect(ago(ms, locale)).toBe(words);
});
