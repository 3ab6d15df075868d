import { expect, test } from 'vitest';
import { signInStartUrl } from './sign-in-start';

test('the sign-in starts again from the Seller Central home of the same host', () => {
  expect(signInStartUrl('sellercentral.amazon.de')).toBe('https://sellercentral.amazon.de/');
});
