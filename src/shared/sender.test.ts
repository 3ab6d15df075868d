import { expect, test } from 'vitest';
import { classifySender } from './sender';

const self = { id: 'abc', origin: 'chrome-extension://abc' };
const tab = { id: 7 };

test.each([
  [
    'its own popup',
    { id: 'abc', url: 'chrome-extension://abc/src/popup/index.html' },
    { kind: 'extension-page' },
  ],
  [
    'its content script on a sign-in page',
    { id: 'abc', url: 'https://sellercentral.amazon.de/ap/mfa', tab, frameId: 0 },
    { kind: 'content', tabId: 7, host: 'sellercentral.amazon.de' },
  ],
  ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, null],
  [
    'another extension claiming our page',
    { id: 'other', url: 'chrome-extension://abc/src/popup/index.html' },
    null,
  ],
  ['a web page (no id)', { url: 'https://sellercentral.amazon.de/ap/mfa', tab, frameId: 0 }, null],
  [
    'a sub-frame',
    { id: 'abc', url: 'https://sellercentral.amazon.de/ap/mfa', tab, frameId: 3 },
    null,
  ],
  [
    'a page outside /ap/',
    { id: 'abc', url: 'https://sellercentral.amazon.de/home', tab, frameId: 0 },
    null,
  ],
  [
    'an unlisted host',
    { id: 'abc', url: 'https://www.amazon.de/ap/signin', tab, frameId: 0 },
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
  ['no url', { id: 'abc' }, null],
])('%s', (_case, sender, expected) => {
  expect(classifySender(sender, self)).toEqual(expected);
});
