import { expect, test } from 'vitest';
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import { translator } from '../shared/catalogue';
import { findingText, timeWords } from './finding-text';

const now = Date.parse('2026-12-01T12:00:00Z');

test.each([
  ['the same day: the time and its zone', now + 2 * 3_600_000, 'en', 'UTC', /^2:00\sPM UTC$/],
  ['another day: its weekday', now + 26 * 3_600_000, 'en', 'UTC', /^Wednesday, 2:00\sPM UTC$/],
  ['a week away: its date', now + 8 * 86_400_000, 'en', 'UTC', /^Dec 9, 12:00\sPM UTC$/],
  [
    'the seller’s zone decides the day',
    now + 13 * 3_600_000,
    'de',
    'Europe/Berlin',
    /^Mittwoch, 02:00 MEZ$/,
  ],
])('%s', (_case, ms, locale, zone, want) => {
  expect(timeWords(ms, now, locale, zone)).toMatch(want);
});

test('a clock off is said as the clock check says it', () => {
  const text = findingText(
    {
      words: 'findComputerClockOffApp',
      values: [{ kind: 'clock', skewMs: 95_000, uncertaintyMs: 120 }],
    },
    translator(en),
    'en',
    'UTC',
    now,
  );
  expect(text).toMatch(/^Your computer's clock is 1 min 35 s ahead \(±0\.2 s\)\. If your codes/);
});

test('the phone, folded: both readings, the nearer first', () => {
  const text = findingText(
    { words: 'findPhoneClockOff', values: [{ kind: 'fold', ms: -7_000 }] },
    translator(en),
    'en',
    'UTC',
    now,
  );
  expect(text).toContain('about 7 s behind, or 23 s ahead');
});

test('digits and times fill German words too', () => {
  const t = translator(de);
  expect(
    findingText(
      { words: 'findSmsDelivery', values: [{ kind: 'digits', text: '976' }] },
      t,
      'de',
      'Europe/Berlin',
      now,
    ),
  ).toContain('976');
  expect(
    findingText(
      { words: 'findOtpLimitUntil', values: [{ kind: 'time', ms: now + 3_600_000 }] },
      t,
      'de',
      'Europe/Berlin',
      now,
    ),
  ).toContain('14:00 MEZ');
});

test.each([
  ['en', en, 'US', /from a different country from this computer's time zone: United States\./],
  ['de', de, 'US', /als die Zeitzone dieses Computers: Vereinigte Staaten\./],
  ['en', en, 'CH', /time zone: Switzerland\./],
  // A code Intl cannot name is said as it is rather than lost.
  ['en', en, 'QQ', /time zone: QQ\./],
] as const)('the network location in %s names %s in words', (locale, messages, code, want) => {
  const text = findingText(
    { words: 'findNetworkElsewhere', values: [{ kind: 'country', code }] },
    translator(messages),
    locale,
    'UTC',
    now,
  );
  expect(text).toMatch(want);
  expect(text).toMatch(/VPN/);
});
