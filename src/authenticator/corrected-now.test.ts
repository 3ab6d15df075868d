import { describe, expect, test } from 'vitest';
import type { ClockState } from '../clock/state';
import { correctedNow } from './corrected-now';

const state = (skewMs: number | null): ClockState => ({
  host: 'sellercentral.amazon.com',
  scope: 'all',
  startedAt: 0,
  result: {
    verdict: skewMs === null ? 'unknown' : 'bad',
    skewMs,
    uncertaintyMs: skewMs === null ? null : 100,
    decidedBy: null,
    sources: [],
    disagreements: [],
    done: true,
  },
});

describe('the time the code is judged by', () => {
  const local = 1_800_000_000_000;
  test('a computer 2 min ahead is corrected back by 2 min', () => {
    expect(correctedNow(local, state(120_000))).toEqual({
      now: local - 120_000,
      basis: 'corrected',
      skewMs: 120_000,
    });
  });
  test('a computer 5 s behind is corrected forward', () => {
    expect(correctedNow(local, state(-5_000)).now).toBe(local + 5_000);
  });
  test.each([
    ['no clock check yet', null],
    ['a check still running', { ...state(0), result: null }],
    ['a check with no answer', state(null)],
  ])('%s: the local clock, said so', (_name, clock) => {
    expect(correctedNow(local, clock)).toEqual({ now: local, basis: 'local', skewMs: null });
  });
});
