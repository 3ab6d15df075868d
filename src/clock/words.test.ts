import { expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import type { MessageKey } from '../shared/i18n';
import type { ClockResult } from './estimate';
import { verdictSentence } from './words';

/** The English locale, filled in the way browser.i18n does it. */
const t = (key: MessageKey, subs?: string | string[]) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return messages[key].message.replace(/\$([A-Z]+)\$/g, (_m, name: string) => {
    const ph = (messages[key] as { placeholders?: Record<string, { content: string }> })
      .placeholders;
    const index = Number(ph?.[name.toLowerCase()]?.content.slice(1)) - 1;
    return list[index] ?? '';
  });
};

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
