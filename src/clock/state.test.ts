import { expect, test } from 'vitest';
import type { ClockResult } from './estimate';
import { type ClockState, needsNewCheck, parseClockState } from './state';

const result = (done: boolean): ClockResult => ({
  verdict: 'ok',
  skewMs: 120,
  uncertaintyMs: 80,
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

const all = { force: false, scope: 'all' } as const;

test.each([
  ['nothing stored', null, 1000, all, true],
  ['an unfinished check of a stopped worker', state(0, result(false)), 5_000, all, true],
  ['a check started, no result yet', state(0, null), 5_000, all, true],
  ['a fresh result', state(0, result(true)), 10_000, all, false],
  [
    'a fresh result, asked again by the seller',
    state(0, result(true)),
    10_000,
    { ...all, force: true },
    true,
  ],
  ['an old result', state(0, result(true)), 61_000, all, true],
  ['a start time in the future (clock moved back)', state(5_000, result(true)), 1_000, all, true],
  [
    'a primary-only result when all sources are wanted',
    { ...state(0, result(true)), scope: 'primary' as const },
    1_000,
    all,
    true,
  ],
  [
    'a full result when the banner wants the primary only',
    state(0, result(true)),
    1_000,
    { force: false, scope: 'primary' as const },
    false,
  ],
])('%s → new check: %s', (_case, stored, now, want, expected) => {
  expect(needsNewCheck(stored, now, want)).toBe(expected);
});

test.each([
  ['garbage', 'x', null],
  ['no host', { startedAt: 1 }, null],
  [
    'a corrupted result',
    { host: 'h', startedAt: 1, result: { verdict: 'maybe' } },
    { host: 'h', scope: 'all', startedAt: 1, result: null },
  ],
  ['valid', state(1, result(true)), state(1, result(true))],
])('parse %s', (_case, raw, expected) => {
  expect(parseClockState(raw)).toEqual(expected);
});
