import { fakeBrowser } from '@webext-core/fake-browser';
import { TOTP } from 'otpauth';
import { describe, expect, test, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { parseTotpRecord, totpRecordOf } from '../authenticator/check-record';
import { findDrift } from '../authenticator/find-drift';
import { parseSecret } from '../authenticator/parse-secret';
import type { ClockResult } from '../clock/estimate';
import { createCatalogue, translator } from '../shared/catalogue';
import { composeDescription, type Situation } from './compose-description';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const t = translator(messages);
const at = Date.parse('2026-11-27T05:13:20Z');
const compose = (s: Situation) => composeDescription(s, t, 'en-US', 'UTC');

const behind: ClockResult = {
  verdict: 'bad',
  skewMs: -133_000,
  uncertaintyMs: 100,
  decidedBy: 'sellercentral.amazon.de',
  sources: [],
  disagreements: [],
  done: true,
};

const bare: Situation = {
  host: 'sellercentral.amazon.de',
  page: null,
  clock: null,
  cleanup: null,
  authenticator: null,
  environment: null,
  tried: [],
  findings: [],
  now: at,
};

const full: Situation = {
  ...bare,
  page: { state: 'code-rejected', method: 'sms', destination: '976', at },
  clock: { result: behind, at: at + 60_000 },
  cleanup: { at: at + 120_000, removedCookies: 12 },
  authenticator: { driftSeconds: -120, at: at + 180_000 },
  environment: { browser: 'Chrome', browserVersion: '131', os: 'windows', osVersion: '11' },
  tried: [
    { step: 'newest-code', mark: 'no-help' },
    { step: 'clock', mark: 'done' },
  ],
};

describe('the description for a table of situations', () => {
  test('everything known', () => {
    expect(compose(full)).toBe(
      [
        'Hello Seller Support,',
        '',
        'I cannot get through Two-Step Verification when I sign in to Seller Central (sellercentral.amazon.de).',
        'The sign-in page showed: the code was not accepted (at Nov 27, 2026, 5:13:20 AM UTC). (number ending in 976)',
        'Verification method: text message.',
        'Last failed attempt: Nov 27, 2026, 5:13:20 AM UTC.',
        `Computer clock checked at Nov 27, 2026, 5:14:20 AM UTC: ${t('clockBehind', ['2 min 13 s', '0.1 s'])}`,
        "I cleared Seller Central's cookies and site data in this browser at Nov 27, 2026, 5:15:20 AM UTC (12 cookies removed).",
        "Authenticator check at Nov 27, 2026, 5:16:20 AM UTC: my app's code matched a time about 120 s away from now.",
        'Browser: Chrome 131 on Windows 11.',
        '',
        'What I have already tried:',
        '- Use only the newest code: tried, did not help',
        "- Check this computer's clock: done",
        '',
        'Please help me get access to my account again. I can confirm my identity if needed.',
      ].join('\n'),
    );
  });

  test('nothing known: the marketplace and the request only', () => {
    expect(compose(bare)).toBe(
      [
        'Hello Seller Support,',
        '',
        'I cannot get through Two-Step Verification when I sign in to Seller Central (sellercentral.amazon.de).',
        '',
        'Please help me get access to my account again. I can confirm my identity if needed.',
      ].join('\n'),
    );
  });

  // Each field alone: its line is there, and no other optional line is.
  test.each([
    [
      'page, no number',
      { page: { state: 'otp-app', method: 'app', destination: null, at } },
      [
        'The sign-in page showed: a code from your authenticator app',
        'Verification method: authenticator app.',
      ],
      ['ending in', 'Last failed'],
    ],
    [
      'page, unknown method',
      { page: { state: 'approval', method: 'unknown', destination: null, at } },
      ['a request to approve'],
      ['Verification method'],
    ],
    [
      'too many codes: a failed attempt',
      { page: { state: 'otp-limit', method: 'unknown', destination: null, at } },
      ['Last failed attempt'],
      ['asked me to wait', 'asked for a new code'],
    ],
    [
      'too many codes, the wait named and a code asked for before',
      {
        page: {
          state: 'otp-limit',
          method: 'sms',
          destination: null,
          at,
          latestRequestAt: at - 60_000,
          retryAt: at + 86_400_000,
        },
      },
      [
        'The sign-in page showed: too many codes were requested (at Nov 27, 2026, 5:13:20 AM UTC).',
        'I last asked for a new code at Nov 27, 2026, 5:12:20 AM UTC.',
        'The sign-in page asked me to wait until Nov 28, 2026, 5:13:20 AM UTC before trying again.',
      ],
      [],
    ],
    [
      'an email no account has',
      { page: { state: 'no-account', method: 'unknown', destination: null, at } },
      ['The sign-in page showed: no Amazon account for the email typed'],
      ['Last failed attempt', 'asked me to wait'],
    ],
    [
      'cookies blocked',
      { page: { state: 'cookies-blocked', method: 'unknown', destination: null, at } },
      ['The sign-in page showed: cookies blocked in this browser'],
      [],
    ],
    [
      'clock still running',
      { clock: { result: { ...behind, done: false }, at } },
      [],
      ['Computer clock'],
    ],
    [
      'clock unknown',
      {
        clock: { result: { ...behind, verdict: 'unknown', skewMs: null, uncertaintyMs: null }, at },
      },
      ['Computer clock checked at', t('clockUnknown', '')],
      [],
    ],
    [
      'clock right',
      { clock: { result: { ...behind, verdict: 'ok', skewMs: 200 }, at } },
      [t('clockOk', ['0.2 s', '0.1 s'])],
      [],
    ],
    [
      'authenticator in sync',
      { authenticator: { driftSeconds: 0, at } },
      ['codes match the current time'],
      [],
    ],
    [
      'authenticator no match',
      { authenticator: { driftSeconds: null, at } },
      ['matched no time within 10 minutes'],
      [],
    ],
    [
      'browser only',
      {
        environment: { browser: 'Firefox', browserVersion: '133', os: 'unknown', osVersion: null },
      },
      ['Browser: Firefox 133.'],
      [' on '],
    ],
    [
      'OS only',
      { environment: { browser: null, browserVersion: null, os: 'linux', osVersion: null } },
      ['Operating system: Linux.'],
      ['Browser:'],
    ],
    [
      'nothing detected',
      { environment: { browser: null, browserVersion: null, os: 'unknown', osVersion: null } },
      [],
      ['Browser:', 'Operating system:'],
    ],
    [
      'one step tried',
      { tried: [{ step: 'wait', mark: 'no-help' }] },
      ['- Wait before trying again: tried, did not help'],
      [],
    ],
  ] as [string, Partial<Situation>, string[], string[]][])(
    '%s',
    (_case, fields, present, absent) => {
      const text = compose({ ...bare, ...fields });
      for (const p of present) expect(text).toContain(p);
      for (const a of absent) expect(text).not.toContain(a);
      expect(text.startsWith('Hello Seller Support,')).toBe(true);
    },
  );
});

describe('the authenticator drift is said in seconds, whatever the key period', () => {
  // The record as the authenticator section writes it, from the drift the check really found.
  const drift = async (period: number, offsetMs: number) => {
    const p = parseSecret(
      `otpauth://totp/x?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&period=${period}`,
    );
    if (!p.ok) throw new Error(p.error);
    const now = Date.UTC(2026, 10, 27, 6, 0, 0);
    const code = TOTP.generate({ secret: p.config.secret, period, timestamp: now + offsetMs });
    const record = parseTotpRecord(
      JSON.parse(JSON.stringify(totpRecordOf(await findDrift(p.config, code, now), at))),
    );
    return compose({ ...bare, authenticator: record });
  };

  test.each([
    ['a 60 s key one step behind', 60, -60_000, 'about 60 s away'],
    ['a 30 s key three steps behind', 30, -90_000, 'about 90 s away'],
    ['a 10 s key 50 steps ahead', 10, 500_000, 'about 500 s away'],
    ['a 1 s key 7 steps behind', 1, -7_000, 'about 7 s away'],
  ])('%s', async (_case, period, offsetMs, words) => {
    expect(await drift(period, offsetMs)).toContain(`matched a time ${words} from now`);
  });
});

describe('never more than the last digits, never a secret', () => {
  test.each([
    ['a full number', '+4915112345678'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['five digits', '12345'],
  ])('a destination that is %s is left out', (_case, destination) => {
    const text = compose({ ...bare, page: { state: 'otp-sms', method: 'sms', destination, at } });
    expect(text).not.toContain(destination);
    expect(text).not.toContain('ending in');
  });

  test('no run of more than four digits outside dates, counts and the host', () => {
    const text = compose(full);
    const withoutDates = text.replace(/Nov 27, 2026/g, '');
    expect(withoutDates).not.toMatch(/\d{5,}/);
    // The situation has no field for a secret, code or password; nothing like one appears.
    expect(text).not.toMatch(/otpauth:|secret|password|[A-Z2-7]{16,}/i);
  });
});

test('written with the translator given (the marketplace language), not the UI one', () => {
  const shout = (key: Parameters<typeof t>[0], subs?: string | string[]) =>
    t(key, subs).toUpperCase();
  expect(composeDescription(bare, shout, 'en-US', 'UTC')).toContain('HELLO SELLER SUPPORT,');
});

// Bug 3 (issue 12): "1 cookies removed"; each count takes its language's plural form.
test('bug 3: one cookie removed reads singular, more read plural', () => {
  const one = compose({ ...bare, cleanup: { at, removedCookies: 1 } });
  expect(one).toContain('(1 cookie removed)');
  expect(one).not.toContain('1 cookies');
  expect(compose({ ...bare, cleanup: { at, removedCookies: 0 } })).toContain('(0 cookies removed)');
});

// Bug 5 (issue 12): the support text used a regex copy of Chrome's rules that read "$$$1" as
// "$" + substitution. It now comes through the same catalogue as every other surface.
test('bug 5: the description formats "$$$1 and $ x" with A as Chrome does, "$$1 and x"', async () => {
  const load = vi.fn(async () => ({
    ...messages,
    supportDescProblem: { message: '$$$1 and $ x' },
  }));
  const en = await createCatalogue(load)('en');
  const text = composeDescription({ ...bare, host: 'A' }, translator(en ?? {}), 'en', 'UTC');
  expect(text.split('\n')).toContain('$$1 and x');
});

test('the diagnosis the seller saw is written in the same sentences, pressing ones only', () => {
  const text = composeDescription(
    {
      ...bare,
      findings: [
        {
          severity: 'blocker',
          words: 'findOtpLimitUntil',
          values: [{ kind: 'time', ms: at + 3_600_000 }],
        },
        { severity: 'check', words: 'findRecovery', values: [] },
        { severity: 'ok', words: 'findComputerClockOk', values: [] },
      ],
    },
    t,
    'en',
    'UTC',
  );
  expect(text).toContain('What 2SV Helper found:');
  expect(text).toContain('You can ask for a new code after');
  expect(text).not.toContain(messages.findRecovery.message);
  expect(text).not.toContain(messages.findComputerClockOk.message);
});

describe('beyond the page', () => {
  test('the shared-login symptom chosen in the guide: the description says so', () => {
    const text = compose({ ...bare, symptom: 'codes-elsewhere' });
    expect(text).toContain(messages.supportDescCodesElsewhere.message);
    expect(compose({ ...bare, symptom: 'not-received' })).not.toContain(
      messages.supportDescCodesElsewhere.message,
    );
    expect(compose(bare)).not.toContain(messages.supportDescCodesElsewhere.message);
  });

  test('where the connection leaves from is never written, whatever its severity', () => {
    const text = compose({
      ...bare,
      findings: [
        {
          severity: 'likely',
          words: 'findNetworkElsewhere',
          values: [{ kind: 'country', code: 'US' }],
        },
        {
          severity: 'check',
          words: 'findNetworkElsewhere',
          values: [{ kind: 'country', code: 'NL' }],
        },
      ],
    });
    expect(text).not.toMatch(/United States|Netherlands|VPN/);
  });
});
