import { describe, expect, test } from 'vitest';
import { bannerMayShow, dismissalKey, parseDismissal } from './dismissal';
import { tabKey } from './tab-record';

describe('parseDismissal', () => {
  test.each([
    ['a listed host', 'sellercentral.amazon.de', 'sellercentral.amazon.de'],
    ['missing', undefined, null],
    ['an old boolean', true, null],
    ['an unknown host', 'evil.example', null],
    ['an object', { host: 'sellercentral.amazon.de' }, null],
  ])('%s', (_case, raw, expected) => {
    expect(parseDismissal(raw)).toBe(expected);
  });
});

describe('bannerMayShow', () => {
  const de = 'sellercentral.amazon.de';
  const fr = 'sellercentral.amazon.fr';
  test.each([
    ['enabled, never closed', true, null, de, true],
    ['closed on this marketplace', true, de, de, false],
    ['closed on another marketplace', true, fr, de, true],
    ['turned off in Options', false, null, de, false],
  ] as const)('%s', (_case, enabled, dismissedOn, host, expected) => {
    expect(bannerMayShow(enabled, dismissedOn, host)).toBe(expected);
  });
});

test('the dismissal key is never a tab record key', () => {
  for (const id of [0, 1, 42, 2 ** 31]) expect(dismissalKey(id)).not.toBe(tabKey(id));
});
