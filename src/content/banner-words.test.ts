import { describe, expect, test } from 'vitest';
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import type { Classification } from '../detect/classify';
import { formatMessage, translator } from '../shared/catalogue';
import type { TabFacts } from '../shared/messages';
import { bannerContent, timeLeft, type WordsWorld } from './banner-words';

const t = translator(en);
const world: WordsWorld = {
  t,
  lang: 'en-GB',
  dir: 'ltr',
  browser: 'chrome',
  host: 'sellercentral.amazon.de',
  timeZone: 'UTC',
};
const none: TabFacts = { retryAt: null, latestRequestAt: null, privateWindow: false };
const now = Date.parse('2026-11-27T14:32:00Z');
const hour = 3_600_000;

const page = (over: Partial<Classification>): Classification => ({
  state: 'otp-sms',
  method: 'sms',
  destination: '976',
  waitMs: null,
  rememberDevice: null,
  recovery: false,
  ...over,
});

const words = (p: Classification, f: TabFacts = none, w: Partial<WordsWorld> = {}) =>
  bannerContent(p, f, now, { ...world, ...w });

describe('when the wait is over', () => {
  const limit = page({ state: 'otp-limit', method: 'sms', destination: null, waitMs: 24 * hour });

  test.each([
    [
      'later today',
      now + 3 * hour + 12 * 60_000,
      'You can try again after 17:44 UTC (in 4 hours).',
    ],
    ['tomorrow', now + 24 * hour, 'You can try again tomorrow after 14:32 UTC (in 24 hours).'],
    [
      'after tomorrow',
      now + 50 * hour,
      'You can try again on Sunday 29 November after 16:32 UTC (in 3 days).',
    ],
    ['in seconds', now + 29_500, 'You can try again after 14:32 UTC (in 30 seconds).'],
    ['a moment before the end', now + 400, 'You can try again after 14:32 UTC (in 1 second).'],
    ['over', now - 1, 'The wait the page named is over: you can try again now.'],
  ])('%s', (_case, retryAt, line) => {
    const c = words(limit, { ...none, retryAt });
    expect(c.notes).toEqual([line]);
    expect(c.hooks['retry-at']).toBe(new Date(retryAt).toISOString());
  });

  test('"tomorrow" is the calendar day in the time zone shown: in Tokyo it is already Saturday', () => {
    // 14:32 UTC is 23:32 in Tokyo; two hours on is 01:32 the next day there.
    const c = words(limit, { ...none, retryAt: now + 2 * hour }, { timeZone: 'Asia/Tokyo' });
    expect(c.notes[0]).toBe('You can try again tomorrow after 01:32 GMT+9 (in 2 hours).');
  });

  test('the page no longer naming a wait shows none, whatever the background kept', () => {
    const c = words(page({ state: 'choose-device' }), { ...none, retryAt: now + hour });
    expect(c.notes).toEqual([]);
    expect(c.hooks['retry-at']).toBeNull();
  });

  test('in the page language, with its own plurals', () => {
    const c = words(
      limit,
      { ...none, retryAt: now + 24 * hour },
      {
        t: translator(de),
        lang: 'de',
      },
    );
    expect(c.notes[0]).toBe(
      formatMessage(de, 'bannerRetryTomorrow', ['14:32 UTC', 'in 24 Stunden']),
    );
  });
});

test.each([
  [1_000, 'in 1 second'],
  [89_000, 'in 89 seconds'],
  [90_000, 'in 2 minutes'],
  [119 * 60_000, 'in 119 minutes'],
  [120 * 60_000, 'in 2 hours'],
  [23 * 3_600_000 + 59 * 60_000, 'in 24 hours'],
  [48 * 3_600_000, 'in 2 days'],
])('%d ms left reads "%s": never less than what is left', (ms, want) => {
  expect(timeLeft(ms, 'en')).toBe(want);
});

describe('the newest code only', () => {
  const asked = { ...none, latestRequestAt: now - 5 * 60_000 };
  const line =
    'Use only the newest code: each new code cancels the ones before. You last asked for one at 14:27 UTC.';

  test.each([
    ['otp-sms', 'sms'],
    ['otp-voice', 'voice'],
    ['otp-unknown', 'unknown'],
    ['code-rejected', 'sms'],
    ['code-expired', 'voice'],
    ['cvf-code', 'unknown'],
  ] as const)('%s (%s): said', (state, method) => {
    const c = words(page({ state, method }), asked);
    expect(c.notes).toContain(line);
    expect(c.hooks['latest-request-at']).toBe('2026-11-27T14:27:00.000Z');
  });

  test.each([
    ['otp-app', 'app'],
    ['code-rejected', 'app'],
    ['choose-device', 'sms'],
    ['otp-limit', 'sms'],
    ['captcha', 'unknown'],
  ] as const)(
    '%s (%s): not said (an app makes its own codes; no code is typed here)',
    (state, method) => {
      const c = words(page({ state, method }), asked);
      expect(c.notes).not.toContain(line);
      // The hook still says what the extension saw.
      expect(c.hooks['latest-request-at']).toBe('2026-11-27T14:27:00.000Z');
    },
  );

  test('no request seen: no line, no hook', () => {
    const c = words(page({}));
    expect(c.notes).toEqual([]);
    expect(c.hooks['latest-request-at']).toBeNull();
  });
});

describe('the remember box and a private window', () => {
  const nudge = t('bannerRemember');
  const privateNote = t('bannerPrivate');

  test('an unticked box: the nudge and its hook', () => {
    const c = words(page({ rememberDevice: 'unchecked' }));
    expect(c.notes).toEqual([nudge]);
    expect(c.hooks['remember-device']).toBe('unchecked');
  });

  test.each([['checked'], [null]] as const)('box %s: no nudge, no hook', (rememberDevice) => {
    const c = words(page({ rememberDevice }));
    expect(c.notes).toEqual([]);
    expect(c.hooks['remember-device']).toBeNull();
  });

  test('in a private window the box cannot last: the private note instead of the nudge', () => {
    const c = words(page({ rememberDevice: 'unchecked' }), { ...none, privateWindow: true });
    expect(c.notes).toEqual([privateNote]);
    expect(c.hooks).toMatchObject({ 'remember-device': null, private: 'true' });
  });

  test('a blocked sign-in asks for a known device: private windows are said there too', () => {
    const c = words(page({ state: 'signin-blocked', method: 'unknown' }), {
      ...none,
      privateWindow: true,
    });
    expect(c.notes).toContain(privateNote);
  });

  test('where remembering does not matter, only the hook says private', () => {
    const c = words(page({ state: 'captcha', method: 'unknown' }), {
      ...none,
      privateWindow: true,
    });
    expect(c.notes).toEqual([]);
    expect(c.hooks.private).toBe('true');
  });
});

test('the recovery route where the page offers its link', () => {
  const c = words(page({ state: 'choose-device', recovery: true }));
  expect(c.notes).toEqual([t('bannerRecovery')]);
  expect(t('bannerRecovery')).toMatch(/1 to 2 days/);
  expect(t('bannerRecovery')).toMatch(/Seller Support cannot/);
});

describe('the hint and the buttons, from the situation table', () => {
  test('cookies blocked: this browser, this host', () => {
    const p = page({ state: 'cookies-blocked', method: 'unknown', destination: null });
    expect(words(p).hint).toContain('add sellercentral.amazon.de to the sites allowed');
    expect(words(p, none, { browser: 'firefox' }).hint).toContain(
      'type https://sellercentral.amazon.de, choose Allow',
    );
    expect(words(p, none, { browser: 'edge' }).hint).toContain('Microsoft Edge is blocking');
  });

  test('a refused text: no clock button, and the cleanup warns first', () => {
    const c = words(page({ state: 'code-rejected' }));
    expect(c.hint).not.toMatch(/check[^.]*clock/i);
    expect(c.clockLabel).toBeNull();
    expect(c.cleanup).toEqual({
      label: t('cleanupBanner'),
      running: t('cleanupBannerRunning'),
      failed: t('cleanupBannerFailed'),
      confirm: t('cleanupBannerConfirm'),
      warning: t('cleanupReverify'),
    });
  });

  test.each([['otp-limit'], ['signin-blocked'], ['no-account']] as const)(
    '%s: no cleanup',
    (state) => {
      expect(words(page({ state, method: 'unknown', destination: null })).cleanup).toBeNull();
    },
  );

  test('a refused app code: the clock button, the clock section', () => {
    const c = words(page({ state: 'code-rejected', method: 'app', destination: null }));
    expect(c.clockLabel).toBe(t('bannerCheckClock'));
    expect(c.section).toBe('clock');
  });
});
