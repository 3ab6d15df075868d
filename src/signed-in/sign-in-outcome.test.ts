import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, test, vi } from 'vitest';
import { type PageState, pageStates } from '../detect/classify';
import { nextTabRecord, type TabRecord } from '../shared/tab-record';
import { showedTwoStep, signInOutcome } from './sign-in-outcome';

// tab-record.ts declares its storage item beside the record; nothing here touches storage.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const de = 'sellercentral.amazon.de';
const recordOf = (state: PageState): TabRecord =>
  nextTabRecord(
    { state, method: 'sms', destination: null, waitMs: null, rememberDevice: null },
    null,
    { host: de, now: 1_000, privateWindow: false },
  );

/** Every page state, and whether a tab that showed it went through a step of 2SV. */
const twoStep = {
  'otp-sms': true,
  'otp-voice': true,
  'otp-app': true,
  'otp-unknown': true,
  'choose-device': true,
  'code-rejected': true,
  'code-expired': true,
  'signin-blocked': true,
  'otp-limit': true,
  'cvf-code': true,
  approval: true,
  // A code step the helper does not know is still a code step.
  'unknown-step': true,
  // Not 2SV: a robot check, an email without an account, cookies the browser refuses.
  captcha: false,
  'no-account': false,
  'cookies-blocked': false,
} as const satisfies Record<PageState, boolean>;

const home = 'https://sellercentral.amazon.de/home';

describe('signInOutcome: a tab that reaches Seller Central outside the sign-in', () => {
  test.each(pageStates.map((s) => [s, twoStep[s] ? 'a card' : 'no card', twoStep[s]] as const))(
    'after %s: %s',
    (state, _words, card) => {
      const record = recordOf(state);
      expect(showedTwoStep(record)).toBe(card);
      expect(signInOutcome(record, home, true)).toEqual({
        kind: 'in',
        card: card ? { host: de, record } : null,
      });
    },
  );

  test.each([
    ['the home page', 'https://sellercentral.amazon.de/home'],
    ['the dashboard', 'https://sellercentral.amazon.de/hz/home?ref=xx'],
    ['Contact Us', 'https://sellercentral.amazon.de/cu/contact-us'],
    ['the root', 'https://sellercentral.amazon.de/'],
  ])('%s counts as signed in', (_case, url) => {
    expect(signInOutcome(recordOf('otp-app'), url, true).kind).toBe('in');
  });

  test('the card is for the host reached, whose settings it links to', () => {
    const record = recordOf('code-rejected');
    expect(signInOutcome(record, 'https://sellercentral-europe.amazon.com/home', true)).toEqual({
      kind: 'in',
      card: { host: 'sellercentral-europe.amazon.com', record },
    });
  });
});

describe('signInOutcome: no card', () => {
  test.each(pageStates)('a tab without a record (never showed a page), then %s home', () => {
    expect(signInOutcome(null, home, true)).toEqual({ kind: 'signing-in' });
  });

  test.each([
    ['the code page again', 'https://sellercentral.amazon.de/ap/mfa'],
    ['the chooser', 'https://sellercentral.amazon.de/ap/mfa?arb=1'],
    ['a verification page', 'https://sellercentral.amazon.de/ap/cvf/approval'],
    ['the sign-in again', 'https://sellercentral.amazon.de/ap/signin'],
  ])('still signing in: %s', (_case, url) => {
    expect(signInOutcome(recordOf('otp-sms'), url, true)).toEqual({ kind: 'signing-in' });
  });

  test.each([
    [
      'the public help, from the sign-in page footer',
      'https://sellercentral.amazon.de/gp/help/external/help.html?itemID=200123250',
    ],
    ['the home page, signed out', 'https://sellercentral.amazon.de/home'],
  ])('a page outside the sign-in without a session is no sign-in: %s', (_case, url) => {
    expect(signInOutcome(recordOf('otp-sms'), url, false)).toEqual({ kind: 'signing-in' });
  });

  test.each([
    ['a site the background may not see', undefined],
    ['another site, seen with a wider permission', 'https://www.example.com/'],
    ['Amazon shopping', 'https://www.amazon.de/'],
    ['a look-alike host', 'https://sellercentral.amazon.de.example.com/home'],
    ['plain http', 'http://sellercentral.amazon.de/home'],
    ['garbage', 'not a url'],
  ])('left mid-sign-in: %s', (_case, url) => {
    expect(signInOutcome(recordOf('otp-sms'), url, false)).toEqual({ kind: 'left' });
  });

  test('once per sign-in: after the record is closed, further pages say nothing', () => {
    const first = signInOutcome(recordOf('otp-app'), home, true);
    expect(first.kind).toBe('in');
    // The watcher removes the record with the card (sign-in-watcher.ts): the next page has none.
    expect(signInOutcome(null, 'https://sellercentral.amazon.de/orders', true)).toEqual({
      kind: 'signing-in',
    });
  });
});
