import { expect, test } from 'vitest';
import type { ClockResult } from './estimate';
import { shownCheck } from './shown-check';
import type { ClockState } from './state';

const result = (verdict: ClockResult['verdict'], done: boolean): ClockResult => ({
  verdict,
  skewMs: verdict === 'ok' ? 100 : 20_000,
  uncertaintyMs: 50,
  decidedBy: 'sellercentral.amazon.com',
  sources: [],
  disagreements: [],
  done,
});
const state = (startedAt: number, r: ClockResult | null): ClockState => ({
  host: 'sellercentral.amazon.com',
  scope: 'all',
  startedAt,
  result: r,
});

const oldWarn = state(1_000, result('warn', true));

test.each([
  [
    'nothing stored, nothing in yet: checking',
    { before: null, since: null, reply: null },
    { current: null, previous: null },
  ],
  [
    'an earlier finished result and no new one yet: checking, the earlier one as previous',
    { before: oldWarn, since: null, reply: null },
    { current: null, previous: { result: oldWarn.result, at: 1_000 } },
  ],
  [
    'the new check has started (no result yet): still checking, the earlier one still previous',
    { before: oldWarn, since: state(9_000, null), reply: null },
    { current: null, previous: { result: oldWarn.result, at: 1_000 } },
  ],
  [
    "the new check's first result: the verdict, and the earlier one is gone",
    { before: oldWarn, since: state(9_000, result('ok', false)), reply: null },
    { current: result('ok', false), previous: null },
  ],
  [
    "a check joined while it ran: its next progress is this opening's verdict",
    {
      before: state(8_000, result('ok', false)),
      since: state(8_000, result('ok', true)),
      reply: null,
    },
    { current: result('ok', true), previous: null },
  ],
  [
    'an unfinished earlier check (a stopped worker) is never shown as previous',
    { before: state(8_000, result('warn', false)), since: null, reply: null },
    { current: null, previous: null },
  ],
  [
    'the reply alone (nothing written since, e.g. a check that had just ended)',
    { before: oldWarn, since: null, reply: result('ok', true) },
    { current: result('ok', true), previous: null },
  ],
  [
    'the reply, then a later check started by another page: the reply until that one has a result',
    { before: oldWarn, since: state(20_000, null), reply: result('ok', true) },
    { current: result('ok', true), previous: null },
  ],
] as const)('%s', (_case, input, expected) => {
  expect(shownCheck(input)).toEqual(expected);
});
