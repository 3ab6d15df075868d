import { expect, test } from 'vitest';
import { chooseMarketplace } from './choose';

test.each([
  [
    'the current tab wins',
    {
      tabHost: 'sellercentral.amazon.de',
      lastSeenHost: 'sellercentral.amazon.fr',
      defaultHost: 'sellercentral.amazon.com',
    },
    'sellercentral.amazon.de',
    'tab',
  ],
  [
    'then the last one seen',
    {
      tabHost: null,
      lastSeenHost: 'sellercentral.amazon.fr',
      defaultHost: 'sellercentral.amazon.com',
    },
    'sellercentral.amazon.fr',
    'last-seen',
  ],
  [
    'then the default',
    { defaultHost: 'sellercentral.amazon.it' },
    'sellercentral.amazon.it',
    'default',
  ],
  [
    'an unknown tab host is ignored',
    { tabHost: 'www.amazon.de', defaultHost: 'sellercentral.amazon.it' },
    'sellercentral.amazon.it',
    'default',
  ],
  [
    'a corrupted default falls back to .com',
    { defaultHost: 'nonsense' },
    'sellercentral.amazon.com',
    'default',
  ],
])('%s', (_rule, known, host, source) => {
  const chosen = chooseMarketplace(known);
  expect(chosen.marketplace.host).toBe(host);
  expect(chosen.source).toBe(source);
});
