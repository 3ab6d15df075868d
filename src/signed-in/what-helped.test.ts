import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, test, vi } from 'vitest';
import { emptyGuideState, markStep } from '../guide/guide-state';
import type { SignedInCard } from './signed-in-card';
import { whatHelped } from './what-helped';

// The guide's and the tab record's storage items are declared beside them; none is touched here.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const card: SignedInCard = {
  host: 'sellercentral.amazon.de',
  state: 'code-rejected',
  method: 'app',
  at: 10 * 3_600_000,
};
const minutesBefore = (m: number) => card.at - m * 60_000;

describe('whatHelped', () => {
  test('steps marked done during this sign-in, in the order they were marked', () => {
    let guide = emptyGuideState();
    guide = markStep(guide, 'phone-time', 'done', minutesBefore(5));
    guide = markStep(guide, 'clock', 'done', minutesBefore(20));
    guide = markStep(guide, 'which-entry', 'no-help', minutesBefore(10));
    expect(whatHelped(card, guide, null)).toEqual({
      steps: ['clock', 'phone-time'],
      cleanup: false,
    });
  });

  test.each([
    ['last month', minutesBefore(60 * 24 * 30)],
    ['over an hour before', minutesBefore(61)],
    ['after the seller got in', card.at + 1],
    ['with an unknown time (an old record)', 0],
  ])('a mark made %s is not of this sign-in', (_case, at) => {
    const guide = markStep(emptyGuideState(), 'clock', 'done', at);
    expect(whatHelped(card, guide, null).steps).toEqual([]);
  });

  test.each([
    ['during the sign-in', minutesBefore(3), true],
    ['yesterday', minutesBefore(60 * 24), false],
  ])('a cleanup %s', (_case, at, counts) => {
    expect(whatHelped(card, null, { at, removedCookies: 4 }).cleanup).toBe(counts);
  });

  test('nothing stored: nothing said', () => {
    expect(whatHelped(card, null, null)).toEqual({ steps: [], cleanup: false });
  });
});
