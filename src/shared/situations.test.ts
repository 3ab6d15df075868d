import { describe, expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { type Method, methods, type PageState, pageStates } from '../detect/classify';
import { hintKeys, situationOf, situations } from './situations';

type Row = [PageState, Method, string | null, string, string[], string, boolean, boolean];

// state, method, digits → hint key and substitutions, section, clock checked, cleanup offered
test.each<Row>([
  ['otp-sms', 'sms', '976', 'hintOtpSmsTo', ['976'], 'guide', true, false],
  ['otp-sms', 'sms', null, 'hintOtpSms', [], 'guide', true, false],
  ['otp-voice', 'voice', '12', 'hintOtpVoiceTo', ['12'], 'guide', true, false],
  ['otp-app', 'app', null, 'hintOtpApp', [], 'clock', true, false],
  ['otp-app', 'app', '976', 'hintOtpApp', [], 'clock', true, false],
  ['choose-device', 'unknown', null, 'hintChooseDevice', [], 'guide', false, false],
  ['code-rejected', 'sms', '976', 'hintCodeRejected', [], 'clock', true, true],
  ['otp-limit', 'unknown', null, 'hintOtpLimit', [], 'guide', false, true],
  ['cvf-code', 'sms', '12', 'hintCvfCodeTo', ['12'], 'guide', false, true],
  ['cvf-code', 'unknown', null, 'hintCvfCode', [], 'guide', false, true],
  ['approval', 'unknown', null, 'hintApproval', [], 'guide', false, false],
  ['captcha', 'unknown', null, 'hintCaptcha', [], 'guide', false, false],
])('%s (%s, digits %s): %s', (state, method, destination, key, subs, section, clock, cleanup) => {
  const s = situationOf({ state, method, destination });
  expect(s.hint).toEqual({ key, substitutions: subs });
  expect({ section: s.section, clock: s.clock, cleanup: s.cleanup }).toEqual({
    section,
    clock,
    cleanup,
  });
});

test.each([
  ['code-rejected', 'sms', 'code-refused'],
  ['code-rejected', 'voice', 'code-refused'],
  ['code-rejected', 'unknown', 'code-refused'],
  ['code-rejected', 'app', 'app-refused'],
  ['otp-app', 'app', 'app-refused'],
  ['otp-sms', 'sms', 'not-received'],
  ['otp-voice', 'voice', 'not-received'],
  ['choose-device', 'unknown', 'not-received'],
  ['cvf-code', 'unknown', 'not-received'],
  ['approval', 'unknown', 'not-received'],
  ['otp-limit', 'unknown', 'locked-out'],
  ['captcha', 'unknown', 'not-received'],
] as [PageState, Method, string][])('%s (%s): the guide opens on %s', (state, method, symptom) => {
  expect(situationOf({ state, method, destination: null }).symptom).toBe(symptom);
});

test.each([
  ['otp-limit', 'blocker'],
  ['code-rejected', 'problem'],
  ['otp-sms', 'step'],
  ['captcha', 'aside'],
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

describe('every state, every method, with and without digits, has English words', () => {
  test.each(pageStates.flatMap((state) => methods.map((method) => [state, method] as const)))(
    '%s (%s)',
    (state, method) => {
      for (const destination of [null, '976']) {
        const s = situationOf({ state, method, destination });
        expect(messages[s.hint.key].message.length, s.hint.key).toBeGreaterThan(20);
        expect(messages[s.words].message.trim(), s.words).not.toBe('');
        if (destination && s.hint.substitutions.length > 0) {
          expect(messages[s.hint.key].message).toContain('$DIGITS$');
        }
      }
    },
  );
});

test('the banner is sent every hint key the table holds, each once', () => {
  const all = Object.values(situations).flatMap((s) =>
    'withDestination' in s.hint ? [s.hint.key, s.hint.withDestination] : [s.hint.key],
  );
  expect([...hintKeys].sort()).toEqual([...new Set(all)].sort());
});
