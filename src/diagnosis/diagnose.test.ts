import { describe, expect, test } from 'vitest';
import type { ClockResult } from '../clock/estimate';
import { type DiagnosisFacts, diagnose, type PageFacts } from './diagnose';

const now = 1_764_000_000_000;

const page = (over: Partial<PageFacts>): PageFacts => ({
  state: 'otp-sms',
  method: 'sms',
  destination: '976',
  at: now - 60_000,
  retryAt: null,
  latestRequestAt: null,
  rememberDevice: null,
  privateWindow: false,
  ...over,
});

const clock = (skewMs: number | null, done = true): ClockResult => ({
  verdict:
    skewMs === null
      ? 'unknown'
      : Math.abs(skewMs) >= 30_000
        ? 'bad'
        : Math.abs(skewMs) >= 5_000
          ? 'warn'
          : 'ok',
  skewMs,
  uncertaintyMs: skewMs === null ? null : 120,
  decidedBy: skewMs === null ? null : 'sellercentral.amazon.com',
  sources: [],
  disagreements: [],
  done,
});

const facts = (over: Partial<DiagnosisFacts>): DiagnosisFacts => ({
  page: null,
  clock: clock(0),
  cleanup: null,
  authenticator: null,
  phone: null,
  network: null,
  ...over,
});

const ids = (f: DiagnosisFacts) => diagnose(f, now).findings.map((x) => `${x.id}:${x.severity}`);
const first = (f: DiagnosisFacts) => diagnose(f, now).findings[0];

describe('rank 1 is the next step', () => {
  test.each([
    [
      'cookies blocked come before everything',
      page({ state: 'cookies-blocked' }),
      'cookies-blocked',
    ],
    ['sign-in blocked', page({ state: 'signin-blocked', method: 'unknown' }), 'signin-blocked'],
    ['too many codes', page({ state: 'otp-limit', method: 'unknown' }), 'otp-limit'],
    [
      'wrong email',
      page({ state: 'no-account', method: 'unknown', destination: null }),
      'no-account',
    ],
    ['a robot check', page({ state: 'captcha', method: 'unknown' }), 'captcha'],
    ['an expired code', page({ state: 'code-expired' }), 'code-expired'],
    ['a refused text code', page({ state: 'code-rejected' }), 'code-rejected'],
    ['the cvf box', page({ state: 'cvf-code' }), 'cvf-code'],
    ['an approval', page({ state: 'approval', method: 'unknown' }), 'approval'],
  ] as const)('%s', (_case, p, id) => {
    expect(first(facts({ page: p }))?.id).toBe(id);
    expect(first(facts({ page: p }))?.rank).toBe(1);
  });

  test('no page seen: open the sign-in', () => {
    expect(first(facts({ page: null }))).toMatchObject({ id: 'no-page', severity: 'check' });
  });

  test('no page seen and signed in (a sign-in closed once the seller got in): nothing to open', () => {
    const d = diagnose(facts({ page: null, signedIn: true }), now);
    const noPage = d.findings.find((f) => f.id === 'no-page');
    expect(noPage).toMatchObject({ severity: 'ok', words: 'findNoPageSignedIn' });
    // The advice to open the sign-in is not given to a seller who is in.
    expect(d.findings.map((f) => f.words)).not.toContain('findNoPage');
  });

  test('a page seen while signed in: the page speaks, not the session', () => {
    const d = diagnose(facts({ page: page({ state: 'code-rejected' }), signedIn: true }), now);
    expect(d.findings.map((f) => f.id)).not.toContain('no-page');
  });
});

test('too many codes: the wait with its time first, and nothing offers the cleanup', () => {
  const retryAt = now + 24 * 3_600_000;
  const d = diagnose(facts({ page: page({ state: 'otp-limit', retryAt }) }), now);
  expect(d.findings[0]).toMatchObject({
    id: 'otp-limit',
    severity: 'blocker',
    words: 'findOtpLimitUntil',
    values: [{ kind: 'time', ms: retryAt }],
  });
  for (const f of d.findings) {
    expect(f.action).not.toEqual({ kind: 'section', section: 'cleanup' });
  }
});

test('a wait already over is not shown as a time', () => {
  const d = diagnose(facts({ page: page({ state: 'otp-limit', retryAt: now - 1 }) }), now);
  expect(d.findings[0]).toMatchObject({ words: 'findOtpLimit', values: [] });
});

describe('which clock matters', () => {
  const ahead95 = clock(95_000);

  test('an app code refused with the computer 95 s ahead: the computer clock is a likely cause, the phone clock a check', () => {
    const got = ids(
      facts({ page: page({ state: 'code-rejected', method: 'app' }), clock: ahead95 }),
    );
    expect(got).toContain('computer-clock:likely');
    expect(got).toContain('phone-clock:check');
    expect(got.indexOf('computer-clock:likely')).toBeLessThan(got.indexOf('phone-clock:check'));
    const computer = diagnose(
      facts({ page: page({ state: 'code-rejected', method: 'app' }), clock: ahead95 }),
      now,
    ).findings.find((f) => f.id === 'computer-clock');
    expect(computer).toMatchObject({
      words: 'findComputerClockOffApp',
      values: [{ kind: 'clock', skewMs: 95_000, uncertaintyMs: 120 }],
    });
  });

  test('a text code refused with the same clock: the clock is only a side note', () => {
    const got = ids(facts({ page: page({ state: 'code-rejected' }), clock: ahead95 }));
    expect(got).toContain('computer-clock:check');
    expect(got).not.toContain('computer-clock:likely');
    expect(got.some((g) => g.startsWith('phone-clock'))).toBe(false);
    expect(got[0]).toBe('code-rejected:likely');
  });

  test('an app code refused with a right computer clock: the phone clock is the likely cause', () => {
    const got = ids(facts({ page: page({ state: 'code-rejected', method: 'app' }) }));
    expect(got).toContain('phone-clock:likely');
    expect(got).toContain('computer-clock:ok');
  });

  test('a right clock is one line among the fine', () => {
    const d = diagnose(facts({ page: page({ state: 'otp-sms' }) }), now);
    expect(d.findings.at(-1)).toMatchObject({ id: 'computer-clock', severity: 'ok' });
  });

  test('the method unknown: the computer clock may be the cause', () => {
    expect(
      ids(facts({ page: page({ state: 'otp-unknown', method: 'unknown' }), clock: ahead95 })),
    ).toContain('computer-clock:likely');
  });

  test('no time server answered: a check, not a verdict', () => {
    expect(ids(facts({ page: page({}), clock: clock(null) }))).toContain('computer-clock:check');
  });
});

describe('the phone clock from taps', () => {
  const p = page({ state: 'otp-app', method: 'app', destination: null });
  test.each([
    [
      '7 s behind',
      { result: { offsetMs: -7_000, spreadMs: 0, taps: 1 }, taps: 1 },
      'phone-clock:likely',
    ],
    ['1 s ahead', { result: { offsetMs: 1_000, spreadMs: 0, taps: 1 }, taps: 1 }, 'phone-clock:ok'],
    ['a tap waiting for the clock check', { result: null, taps: 1 }, 'phone-clock:check'],
  ] as const)('%s', (_case, phone, want) => {
    expect(ids(facts({ page: p, phone }))).toContain(want);
  });

  test('said folded, both ways', () => {
    const f = diagnose(
      facts({ page: p, phone: { result: { offsetMs: -7_000, spreadMs: 0, taps: 1 }, taps: 1 } }),
      now,
    ).findings.find((x) => x.id === 'phone-clock');
    expect(f?.values).toEqual([{ kind: 'fold', ms: -7_000 }]);
  });
});

describe('what the page adds', () => {
  test('codes requested: only the newest one works, likely after a refusal', () => {
    const at = now - 90_000;
    expect(ids(facts({ page: page({ latestRequestAt: at }) }))).toContain('newest-code:check');
    expect(ids(facts({ page: page({ state: 'code-rejected', latestRequestAt: at }) }))).toContain(
      'newest-code:likely',
    );
    expect(
      ids(facts({ page: page({ method: 'app', state: 'otp-app', latestRequestAt: at }) })),
    ).not.toContain('newest-code:check');
  });

  test('the remember box unticked, a private window', () => {
    const got = ids(facts({ page: page({ rememberDevice: 'unchecked', privateWindow: true }) }));
    expect(got).toContain('remember-device:check');
    expect(got).toContain('private-window:check');
    expect(ids(facts({ page: page({ rememberDevice: 'checked' }) }))).not.toContain(
      'remember-device:check',
    );
  });

  test('text and call codes: delivery, with the last digits', () => {
    const f = diagnose(facts({ page: page({}) }), now).findings.find(
      (x) => x.id === 'sms-delivery',
    );
    expect(f).toMatchObject({
      words: 'findSmsDelivery',
      values: [{ kind: 'digits', text: '976' }],
    });
    expect(
      diagnose(facts({ page: page({ method: 'voice', state: 'otp-voice' }) }), now).findings.find(
        (x) => x.id === 'sms-delivery',
      )?.words,
    ).toBe('findVoiceDelivery');
  });

  test('no way to get a code: the recovery route is offered on code pages, not on a wrong email', () => {
    expect(ids(facts({ page: page({}) }))).toContain('recovery:check');
    expect(ids(facts({ page: page({ state: 'no-account', method: 'unknown' }) }))).not.toContain(
      'recovery:check',
    );
  });
});

test('the authenticator check and the cleanup are named', () => {
  const got = ids(
    facts({
      page: page({ state: 'code-rejected', method: 'app' }),
      authenticator: { driftSeconds: -90, at: now - 10_000 },
      cleanup: { at: now - 5_000, removedCookies: 12 },
    }),
  );
  expect(got).toContain('authenticator:likely');
  expect(got.at(-1)).toBe('cleanup-done:ok');
});

test('done once the clock check has answered; ranks are 1…n in order', () => {
  expect(diagnose(facts({ clock: null }), now).done).toBe(false);
  expect(diagnose(facts({ clock: { ...clock(null, false), verdict: 'unknown' } }), now).done).toBe(
    false,
  );
  // A first figure is an answer; the refinement may still move it.
  expect(diagnose(facts({ clock: clock(1_000, false) }), now).done).toBe(true);
  expect(diagnose(facts({ clock: clock(null) }), now).done).toBe(true);
  const d = diagnose(
    facts({ page: page({ state: 'code-rejected', method: 'app' }), clock: clock(95_000) }),
    now,
  );
  expect(d.done).toBe(true);
  expect(d.findings.map((f) => f.rank)).toEqual(d.findings.map((_, i) => i + 1));
});

describe('network location', () => {
  const net = (f: DiagnosisFacts) =>
    diagnose(f, now).findings.find((x) => x.id === 'network-location');

  test('another country: a check naming it, never above a cause', () => {
    const f = facts({
      page: page({ state: 'captcha', method: 'unknown', destination: null }),
      network: { case: 'elsewhere', country: 'US' },
    });
    expect(net(f)).toMatchObject({
      severity: 'check',
      words: 'findNetworkElsewhere',
      values: [{ kind: 'country', code: 'US' }],
      action: { kind: 'none' },
    });
    expect(first(f)?.id).toBe('captcha');
  });

  test('WARP on: its own words, no country', () => {
    const f = facts({ network: { case: 'warp', country: 'NL' } });
    expect(net(f)).toMatchObject({ severity: 'check', words: 'findNetworkWarp', values: [] });
  });

  test('nothing to say: no finding', () => {
    expect(net(facts({ network: null }))).toBeUndefined();
    expect(ids(facts({}))).not.toContain('network-location:check');
  });
});

describe('a step the helper does not know (unknown-step)', () => {
  const unknownStep = (over: Partial<PageFacts> = {}) =>
    page({ state: 'unknown-step', method: 'unknown', destination: null, ...over });

  test('says so as a check that points to the outline under Support; no method is guessed', () => {
    const d = diagnose(facts({ page: unknownStep() }), now);
    const f = d.findings.find((x) => x.id === 'unknown-step');
    expect(f).toMatchObject({ severity: 'check' });
    // Nothing for one method: no text-delivery advice, no recovery route of the code page.
    expect(ids(facts({ page: unknownStep() }))).not.toContain('sms-delivery:check');
  });

  test('only the newest code counts, once a code was asked for', () => {
    const d = ids(facts({ page: unknownStep({ latestRequestAt: now - 30_000 }) }));
    expect(d).toContain('newest-code:check');
  });

  test('the clock may matter (the code may come from an app): a clock off is likely', () => {
    expect(ids(facts({ page: unknownStep(), clock: clock(90_000) }))).toContain(
      'computer-clock:likely',
    );
  });
});
