import { expect, test } from 'vitest';
import { senderOf } from './sender';

const self = { id: 'abc', origin: 'chrome-extension://abc' };
const tab = { id: 7 };
const de = 'sellercentral.amazon.de';

test.each([
  [
    'its own popup',
    { id: 'abc', url: 'chrome-extension://abc/src/popup/index.html' },
    { kind: 'extension-page' },
  ],
  [
    'its content script on a sign-in page',
    { id: 'abc', url: 'https://sellercentral.amazon.de/ap/mfa', tab, frameId: 0 },
    { kind: 'sign-in', tabId: 7, host: de },
  ],
  [
    'the sign-in script in a tab with a window and a place',
    {
      id: 'abc',
      url: 'https://sellercentral.amazon.de/ap/mfa',
      tab: { id: 7, windowId: 2, index: 4 },
      frameId: 0,
    },
    { kind: 'sign-in', tabId: 7, host: de, windowId: 2, index: 4 },
  ],
  [
    'the sign-in script in a private window',
    {
      id: 'abc',
      url: 'https://sellercentral.amazon.de/ap/mfa',
      tab: { id: 7, incognito: true },
      frameId: 0,
    },
    { kind: 'sign-in', tabId: 7, host: de, incognito: true },
  ],
  [
    'the sign-in script in an ordinary window (incognito false is not kept)',
    {
      id: 'abc',
      url: 'https://sellercentral.amazon.de/ap/mfa',
      tab: { id: 7, incognito: false },
      frameId: 0,
    },
    { kind: 'sign-in', tabId: 7, host: de },
  ],
  [
    'the sign-in script in a Firefox container tab',
    {
      id: 'abc',
      url: 'https://sellercentral.amazon.de/ap/mfa',
      tab: { id: 7, cookieStoreId: 'firefox-container-2' },
      frameId: 0,
    },
    { kind: 'sign-in', tabId: 7, host: de, cookieStoreId: 'firefox-container-2' },
  ],
  [
    'its script on Contact Us',
    { id: 'abc', url: 'https://sellercentral.amazon.de/cu/contact-us', tab, frameId: 0 },
    { kind: 'contact', tabId: 7, host: de },
  ],
  ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, null],
  [
    'another extension claiming our page',
    { id: 'other', url: 'chrome-extension://abc/src/popup/index.html' },
    null,
  ],
  [
    'another extension on Contact Us',
    { id: 'x', url: 'https://sellercentral.amazon.de/cu/contact-us', tab, frameId: 0 },
    null,
  ],
  ['a web page (no id)', { url: 'https://sellercentral.amazon.de/ap/mfa', tab, frameId: 0 }, null],
  [
    'a sub-frame',
    { id: 'abc', url: 'https://sellercentral.amazon.de/ap/mfa', tab, frameId: 3 },
    null,
  ],
  [
    'a sub-frame on Contact Us',
    { id: 'abc', url: 'https://sellercentral.amazon.de/cu/contact-us', tab, frameId: 2 },
    null,
  ],
  [
    'a page outside /ap/ and /cu/',
    { id: 'abc', url: 'https://sellercentral.amazon.de/home', tab, frameId: 0 },
    null,
  ],
  [
    'a path that only starts like Contact Us',
    { id: 'abc', url: 'https://sellercentral.amazon.de/cuX/contact-us', tab, frameId: 0 },
    null,
  ],
  [
    'an unlisted host',
    { id: 'abc', url: 'https://www.amazon.de/ap/signin', tab, frameId: 0 },
    null,
  ],
  [
    'a look-alike host',
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
    { id: 'abc', url: 'http://sellercentral.amazon.de/ap/mfa', tab, frameId: 0 },
    null,
  ],
  [
    'a look-alike origin',
    { id: 'abc', url: 'chrome-extension://abcd/x.html', tab, frameId: 0 },
    null,
  ],
  ['no tab', { id: 'abc', url: 'https://sellercentral.amazon.de/ap/mfa', frameId: 0 }, null],
  [
    'a negative tab id',
    { id: 'abc', url: 'https://sellercentral.amazon.de/ap/mfa', tab: { id: -1 }, frameId: 0 },
    null,
  ],
  ['no url', { id: 'abc' }, null],
])('%s', (_case, sender, expected) => {
  expect(senderOf(sender, self)).toEqual(expected);
});
