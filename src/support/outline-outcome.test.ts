import { describe, expect, test } from 'vitest';
import { outcomeOf, outlineAllowed } from './outline-outcome';

describe('outlineAllowed: Seller Central sign-in pages only', () => {
  test.each([
    ['https://sellercentral.amazon.de/ap/mfa', true],
    ['https://sellercentral.amazon.co.jp/ap/signin?x=1', true],
    ['https://sellercentral.amazon.de/home', false],
    ['https://sellercentral.amazon.de/cu/contact-us', false],
    ['http://sellercentral.amazon.de/ap/mfa', false],
    ['https://www.amazon.de/ap/signin', false],
    ['chrome://extensions/', false],
    [undefined, false],
  ])('%s: %s', (url, allowed) => {
    expect(outlineAllowed(url)).toBe(allowed);
  });
});

describe('outcomeOf checks what the page answered', () => {
  const made = {
    url: 'https://sellercentral.amazon.de/ap/mfa',
    outline: 'path /ap/mfa',
    cut: false,
  };
  test('an outline of a sign-in page', () => {
    expect(outcomeOf(made)).toEqual({ kind: 'made', outline: made });
  });
  test('a page that moved on before the outline was made', () => {
    expect(outcomeOf({ ...made, url: 'https://sellercentral.amazon.de/home' })).toEqual({
      kind: 'not-sign-in',
    });
  });
  test.each([undefined, null, 'text', 42, {}, { ...made, cut: 'no' }, { ...made, outline: 1 }])(
    'anything else: failed (%s)',
    (result) => {
      expect(outcomeOf(result)).toEqual({ kind: 'failed' });
    },
  );
});
