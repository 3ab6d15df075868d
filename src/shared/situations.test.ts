import { describe, expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { type Method, methods, type PageState, pageStates } from '../detect/classify';
import { type Browser, hintKeys, situationOf, situations } from './situations';

const en = (key: string) => (messages as Record<string, { message: string }>)[key]?.message ?? '';

/**
 * Every state × method: the hint, the section the banner opens, the guide's symptom, whether the
 * banner checks the clock, offers the cleanup, and says "only the newest code". A row per pair
 * the classifier can give (a chooser's method is the radio ticked; the rest say `unknown`).
 */
type Row = [PageState, Method, string, string, string, boolean, boolean, boolean];
const S = 'sms';
const V = 'voice';
const A = 'app';
const U = 'unknown';
test.each<Row>([
  // state, method, hint key (no digits), section, symptom, clock, cleanup, newest code
  ['otp-sms', S, 'hintOtpSms', 'guide', 'not-received', false, false, true],
  ['otp-voice', V, 'hintOtpVoice', 'guide', 'not-received', false, false, true],
  ['otp-app', A, 'hintOtpApp', 'clock', 'app-refused', true, false, false],
  ['otp-unknown', U, 'hintOtpUnknown', 'guide', 'not-received', true, false, true],
  ['choose-device', S, 'hintChooseDevice', 'guide', 'not-received', false, false, false],
  ['choose-device', V, 'hintChooseDevice', 'guide', 'not-received', false, false, false],
  ['choose-device', A, 'hintChooseDevice', 'guide', 'not-received', false, false, false],
  ['choose-device', U, 'hintChooseDevice', 'guide', 'not-received', false, false, false],
  ['code-rejected', S, 'hintCodeRejectedSent', 'guide', 'code-refused', false, true, true],
  ['code-rejected', V, 'hintCodeRejectedSent', 'guide', 'code-refused', false, true, true],
  ['code-rejected', A, 'hintCodeRejectedApp', 'clock', 'app-refused', true, true, false],
  ['code-rejected', U, 'hintCodeRejected', 'guide', 'code-refused', true, true, true],
  ['code-expired', S, 'hintCodeExpired', 'guide', 'code-expired', false, false, true],
  ['code-expired', V, 'hintCodeExpired', 'guide', 'code-expired', false, false, true],
  ['code-expired', A, 'hintCodeExpiredApp', 'clock', 'app-refused', true, false, false],
  ['code-expired', U, 'hintCodeExpired', 'guide', 'code-expired', true, false, true],
  ['signin-blocked', S, 'hintSigninBlocked', 'guide', 'signin-blocked', false, false, false],
  ['signin-blocked', A, 'hintSigninBlocked', 'guide', 'signin-blocked', false, false, false],
  ['signin-blocked', U, 'hintSigninBlocked', 'guide', 'signin-blocked', false, false, false],
  ['otp-limit', S, 'hintOtpLimit', 'guide', 'locked-out', false, false, false],
  ['otp-limit', V, 'hintOtpLimit', 'guide', 'locked-out', false, false, false],
  ['otp-limit', U, 'hintOtpLimit', 'guide', 'locked-out', false, false, false],
  ['cvf-code', S, 'hintCvfCode', 'guide', 'not-received', false, true, true],
  ['cvf-code', U, 'hintCvfCode', 'guide', 'not-received', false, true, true],
  ['approval', U, 'hintApproval', 'guide', 'not-received', false, false, false],
  ['captcha', U, 'hintCaptcha', 'guide', 'not-received', false, false, false],
  ['no-account', U, 'hintNoAccount', 'guide', 'no-account', false, false, false],
  ['cookies-blocked', U, 'hintCookiesBlocked', 'guide', 'cookies-blocked', false, false, false],
  // A step we do not know: its button opens Support (the page outline); what holds for any code.
  ['unknown-step', U, 'hintUnknownStep', 'support', 'not-received', true, false, true],
])(
  '%s (%s): %s, opens %s, guide on %s, clock %s, cleanup %s, newest code %s',
  (state, method, key, section, symptom, clock, cleanup, newestCode) => {
    const s = situationOf({ state, method, destination: null });
    expect(s.hint.key).toBe(key);
    expect({ section: s.section, symptom: s.symptom, clock: s.clock, cleanup: s.cleanup }).toEqual({
      section,
      symptom,
      clock,
      cleanup,
    });
    expect(s.newestCode).toBe(newestCode);
  },
);

describe('the number', () => {
  test.each([
    ['otp-sms', 'sms', 'hintOtpSmsTo'],
    ['otp-voice', 'voice', 'hintOtpVoiceTo'],
    ['cvf-code', 'sms', 'hintCvfCodeTo'],
  ] as const)('%s (%s) with digits names them: %s', (state, method, key) => {
    expect(situationOf({ state, method, destination: '976' }).hint).toEqual({
      key,
      substitutions: ['976'],
    });
    expect(en(key)).toContain('$DIGITS$');
  });

  test('an app page never names a number, even if the page shows one', () => {
    expect(situationOf({ state: 'otp-app', method: 'app', destination: '976' }).hint).toEqual({
      key: 'hintOtpApp',
      substitutions: [],
    });
  });
});

describe('cookies blocked: where to allow them, in the browser the banner runs in', () => {
  test.each<[Browser, string, string]>([
    ['chrome', 'hintCookiesBlocked', 'chrome://settings/content/siteData'],
    ['edge', 'hintCookiesBlockedEdge', 'edge://settings/content/cookies'],
    ['firefox', 'hintCookiesBlockedFirefox', 'about:preferences#privacy'],
  ])('%s: %s, with the page host to type in', (browser, key, words) => {
    const host = 'sellercentral.amazon.de';
    const s = situationOf(
      { state: 'cookies-blocked', method: 'unknown', destination: null },
      {
        browser,
        host,
      },
    );
    expect(s.hint).toEqual({ key, substitutions: [host] });
    expect(en(key)).toContain(words);
    expect(en(key)).toContain('$HOST$');
  });

  test('other states have no browser variant', () => {
    for (const browser of ['edge', 'firefox'] as const) {
      expect(
        situationOf({ state: 'otp-sms', method: 'sms', destination: null }, { browser }).hint,
      ).toEqual({ key: 'hintOtpSms', substitutions: [] });
    }
  });
});

// The wrong advice of issue 13, each held by a rule over the whole table.
describe('never a wrong word', () => {
  // The pairs the classifier gives: a code page's state is `otp-<its method>`.
  const fixed: Partial<Record<PageState, Method>> = {
    'otp-sms': 'sms',
    'otp-voice': 'voice',
    'otp-app': 'app',
    'otp-unknown': 'unknown',
  };
  const all = pageStates.flatMap((state) =>
    methods.filter((m) => (fixed[state] ?? m) === m).map((method) => [state, method] as const),
  );

  test.each(all)('%s (%s): a text or a call never gets the clock', (state, method) => {
    const s = situationOf({ state, method, destination: null });
    if (method === 'sms' || method === 'voice') {
      expect(s.clock).toBe(false);
      // "No clock plays a part in these codes" is fine; "check the clock" is not.
      expect(en(s.hint.key)).not.toMatch(/(?:check|set|fix)[^.]*clock|clock[^.]*(?:off|wrong)/i);
    }
  });

  test.each((['otp-unknown', 'code-rejected', 'code-expired'] as const).map((s) => [s] as const))(
    '%s with an unknown method is neutral: no app advice',
    (state) => {
      const s = situationOf({ state, method: 'unknown', destination: null });
      expect(en(s.hint.key)).not.toMatch(/\bapp\b|authenticator/i);
    },
  );

  test('the cvf box takes the code just sent, never the app', () => {
    for (const destination of [null, '12']) {
      const s = situationOf({ state: 'cvf-code', method: 'sms', destination });
      expect(en(s.hint.key)).toMatch(/just sent/);
      expect(en(s.hint.key)).toMatch(/not a code from your authenticator app/);
      expect(s.clock).toBe(false);
    }
  });

  test.each(['otp-limit', 'signin-blocked', 'no-account'] as const)(
    '%s: no cleanup offered anywhere, for any method, and the popup warns against it',
    (state) => {
      for (const method of methods) {
        const s = situationOf({ state, method, destination: null });
        expect(s.cleanup).toBe(false);
        expect(s.cleanupHarms).toBe(true);
      }
    },
  );

  test('only those three states are where a cleanup harms', () => {
    const harms = pageStates.filter(
      (state) => situationOf({ state, method: 'unknown', destination: null }).cleanupHarms,
    );
    expect(harms.sort()).toEqual(['no-account', 'otp-limit', 'signin-blocked']);
  });

  test('the clock is checked for app and unknown codes only', () => {
    for (const s of Object.values(situations)) {
      for (const m of s.clockFor) expect(['app', 'unknown']).toContain(m);
    }
  });

  test('the captcha: not 2SV, the password again, letters of any case', () => {
    const text = en(
      situationOf({ state: 'captcha', method: 'unknown', destination: null }).hint.key,
    );
    expect(text).toMatch(/not a two-step verification problem/);
    expect(text).toMatch(/password again/);
    expect(text).toMatch(/capital or small letters both work/);
  });

  test('no account: no new account, the email the seller account uses', () => {
    const text = en('hintNoAccount');
    expect(text).toMatch(/Do not create a new account/);
    expect(text).toMatch(/email your Seller Central account uses/);
  });

  test('a step we do not know: new to the helper, newest code, clock for an app, the outline', () => {
    expect(en('hintUnknownStep')).toMatch(/new to this helper/);
    expect(en('hintUnknownStep')).toMatch(/newest/);
    expect(en('hintUnknownStep')).toMatch(/authenticator app, the clocks/);
    expect(en('hintUnknownStep')).toMatch(/outline/);
    expect(en('hintUnknownStep')).not.toMatch(/text message|SMS|call/i);
  });

  test('a robot check: words for both kinds, the characters and the picture puzzle (WAF)', () => {
    for (const key of ['hintCaptcha', 'findCaptcha'] as const) {
      expect(en(key)).toMatch(/characters/);
      expect(en(key)).toMatch(/choose the pictures/);
    }
  });

  test('too many codes: no cleanup in its words either', () => {
    expect(en('hintOtpLimit')).toMatch(/do not clear cookies/);
  });
});

test.each([
  ['otp-limit', 'blocker'],
  ['signin-blocked', 'blocker'],
  ['no-account', 'blocker'],
  ['cookies-blocked', 'blocker'],
  ['code-rejected', 'problem'],
  ['code-expired', 'problem'],
  ['otp-sms', 'step'],
  ['otp-unknown', 'step'],
  ['captcha', 'aside'],
  ['unknown-step', 'step'],
] as const)('%s weighs as %s', (state, severity) => {
  expect(situationOf({ state, method: 'unknown', destination: null }).severity).toBe(severity);
});

test.each(
  pageStates.map(
    (s) =>
      [s, ['code-rejected', 'code-expired', 'signin-blocked', 'otp-limit'].includes(s)] as const,
  ),
)('%s: the support description says the last try failed: %s', (state, failed) => {
  expect(situations[state].failed).toBe(failed);
});

describe('every state, every method, with and without digits, has English words of its own', () => {
  test.each(pageStates.flatMap((state) => methods.map((method) => [state, method] as const)))(
    '%s (%s)',
    (state, method) => {
      for (const destination of [null, '976']) {
        const s = situationOf({ state, method, destination });
        expect(en(s.hint.key).length, s.hint.key).toBeGreaterThan(20);
        expect(en(s.words).trim(), s.words).not.toBe('');
        if (destination && s.hint.substitutions.includes(destination)) {
          expect(en(s.hint.key)).toContain('$DIGITS$');
        }
      }
    },
  );

  test('no two states share their words (the popup header and support tell them apart)', () => {
    const words = Object.values(situations).map((s) => s.words);
    expect(new Set(words).size).toBe(words.length);
  });
});

test('the banner is sent every hint key the table holds, each once', () => {
  const all = Object.values(situations).flatMap((s) =>
    [s.hint, ...Object.values('hintFor' in s ? s.hintFor : {})].flatMap((w) =>
      Object.entries(w)
        .filter(([k]) => k !== 'host')
        .map(([, v]) => v as string),
    ),
  );
  expect([...hintKeys].sort()).toEqual([...new Set(all)].sort());
  for (const key of hintKeys) expect(en(key), key).not.toBe('');
});
