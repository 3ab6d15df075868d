import { describe, expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { type PageState, pageStates } from '../detect/classify';
import { hintFor, offersCleanup } from './hint';

test.each([
  ['otp-sms', '976', 'hintOtpSmsTo', ['976'], 'guide', true],
  ['otp-sms', null, 'hintOtpSms', [], 'guide', true],
  ['otp-voice', '12', 'hintOtpVoiceTo', ['12'], 'guide', true],
  ['otp-app', null, 'hintOtpApp', [], 'clock', true],
  ['otp-app', '976', 'hintOtpApp', [], 'clock', true],
  ['choose-device', null, 'hintChooseDevice', [], 'guide', false],
  ['code-rejected', '976', 'hintCodeRejected', [], 'clock', true],
  ['otp-limit', null, 'hintOtpLimit', [], 'guide', false],
  ['cvf-code', '12', 'hintCvfCodeTo', ['12'], 'guide', false],
  ['cvf-code', null, 'hintCvfCode', [], 'guide', false],
  ['approval', null, 'hintApproval', [], 'guide', false],
  ['captcha', null, 'hintCaptcha', [], 'guide', false],
] as const)(
  '%s with destination %s says %s',
  (state, destination, key, substitutions, section, clock) => {
    expect(hintFor({ state, destination })).toEqual({ key, substitutions, section, clock });
  },
);

test('every state has words in the English locale', () => {
  for (const state of pageStates) {
    for (const destination of [null, '976']) {
      const { key } = hintFor({ state, destination });
      expect(messages[key].message.length, key).toBeGreaterThan(20);
    }
  }
});

describe('offersCleanup', () => {
  test.each(pageStates.map((s) => [s, ['code-rejected', 'otp-limit', 'cvf-code'].includes(s)]))(
    '%s → %s',
    (state, yes) => {
      expect(offersCleanup(state as PageState)).toBe(yes);
    },
  );
});
