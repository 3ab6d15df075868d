import { expect, test } from 'vitest';
import { contactSender } from './contact-sender';

const self = { id: 'abc' };
const tab = { id: 7 };

test.each([
  [
    'our script on Contact Us',
    { id: 'abc', url: 'https://sellercentral.amazon.de/cu/contact-us', tab, frameId: 0 },
    { tabId: 7, host: 'sellercentral.amazon.de' },
  ],
  [
    'our script on a sign-in page',
    { id: 'abc', url: 'https://sellercentral.amazon.de/ap/mfa', tab, frameId: 0 },
    null,
  ],
  [
    'our popup (not a tab)',
    { id: 'abc', url: 'chrome-extension://abc/src/popup/index.html' },
    null,
  ],
  [
    'another extension',
    { id: 'x', url: 'https://sellercentral.amazon.de/cu/contact-us', tab, frameId: 0 },
    null,
  ],
  [
    'a web page (no id)',
    { url: 'https://sellercentral.amazon.de/cu/contact-us', tab, frameId: 0 },
    null,
  ],
  [
    'a sub-frame',
    { id: 'abc', url: 'https://sellercentral.amazon.de/cu/contact-us', tab, frameId: 2 },
    null,
  ],
  [
    'an unlisted host',
    {
      id: 'abc',
      url: 'https://sellercentral.amazon.de.evil.example/cu/contact-us',
      tab,
      frameId: 0,
    },
    null,
  ],
  [
    'plain http',
    { id: 'abc', url: 'http://sellercentral.amazon.de/cu/contact-us', tab, frameId: 0 },
    null,
  ],
  [
    'a path that only starts like it',
    { id: 'abc', url: 'https://sellercentral.amazon.de/cuX/contact-us', tab, frameId: 0 },
    null,
  ],
])('%s', (_case, sender, expected) => {
  expect(contactSender(sender, self)).toEqual(expected);
});
