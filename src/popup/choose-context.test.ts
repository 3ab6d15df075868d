import { expect, test } from 'vitest';
import type { TabRecord } from '../shared/tab-record';
import { chooseContext } from './choose-context';

const de = 'sellercentral.amazon.de';
const fr = 'sellercentral.amazon.fr';
const com = 'sellercentral.amazon.com';
const seen = (host: typeof de | typeof fr, state: TabRecord['state']): TabRecord => ({
  host,
  state,
  method: 'sms',
  destination: '976',
  at: 5,
  waitMs: null,
  rememberDevice: null,
  retryAt: null,
  latestRequestAt: null,
  privateWindow: false,
});

test.each([
  [
    "over the sign-in tab: that tab's marketplace and page",
    { tab: seen(de, 'otp-sms'), lastPage: seen(fr, 'otp-limit'), lastSeenHost: fr },
    { host: de, source: 'tab', page: seen(de, 'otp-sms') },
  ],
  [
    'opened as a tab (or over another one): the last Seller Central page seen',
    { tab: null, lastPage: seen(de, 'code-rejected'), lastSeenHost: de },
    { host: de, source: 'last-seen', page: seen(de, 'code-rejected') },
  ],
  [
    'the last page is of another marketplace than the one chosen: no page',
    { tab: null, lastPage: seen(fr, 'otp-limit'), lastSeenHost: de },
    { host: de, source: 'last-seen', page: null },
  ],
  [
    'no page this browser session (the last host is from before a restart)',
    { tab: null, lastPage: null, lastSeenHost: fr },
    { host: fr, source: 'last-seen', page: null },
  ],
  [
    'nothing seen: the default marketplace and no page',
    { tab: null, lastPage: null, lastSeenHost: null },
    { host: com, source: 'default', page: null },
  ],
] as const)('%s', (_case, known, expected) => {
  const got = chooseContext({ ...known, defaultHost: com });
  expect({ host: got.marketplace.host, source: got.source, page: got.page }).toEqual(expected);
});

test.each([
  [
    'over a Seller Central tab nothing reported: its marketplace, from its address, and no page',
    {
      tab: null,
      tabUrl: 'https://sellercentral.amazon.fr/ap/mfa',
      lastPage: seen(fr, 'otp-limit'),
      lastSeenHost: de,
    },
    { host: fr, source: 'tab', page: null },
  ],
  [
    'over a Seller Central page outside the sign-in: still its marketplace',
    {
      tab: null,
      tabUrl: 'https://sellercentral.amazon.de/home',
      lastPage: null,
      lastSeenHost: null,
    },
    { host: de, source: 'tab', page: null },
  ],
  [
    "the tab's record wins over its address",
    {
      tab: seen(de, 'otp-sms'),
      tabUrl: 'https://sellercentral.amazon.fr/ap/mfa',
      lastPage: null,
      lastSeenHost: null,
    },
    { host: de, source: 'tab', page: seen(de, 'otp-sms') },
  ],
  [
    'over another site: as before, the last page seen',
    {
      tab: null,
      tabUrl: 'https://example.com/ap/mfa',
      lastPage: seen(de, 'code-rejected'),
      lastSeenHost: de,
    },
    { host: de, source: 'last-seen', page: seen(de, 'code-rejected') },
  ],
  [
    'a look-alike host is not Seller Central',
    {
      tab: null,
      tabUrl: 'https://sellercentral.amazon.de.example.com/ap/mfa',
      lastPage: null,
      lastSeenHost: null,
    },
    { host: com, source: 'default', page: null },
  ],
] as const)('%s', (_case, known, expected) => {
  const got = chooseContext({ ...known, defaultHost: com });
  expect({ host: got.marketplace.host, source: got.source, page: got.page }).toEqual(expected);
});
