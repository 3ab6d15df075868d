import { expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { pageStates } from '../detect/classify';
import { hintFor } from './hint';

test.each([
  ['otp-sms', '976', 'hintOtpSmsTo', ['976'], 'guide'],
  ['otp-sms', null, 'hintOtpSms', [], 'guide'],
  ['otp-voice', '12', 'hintOtpVoiceTo', ['12'], 'guide'],
  ['otp-app', null, 'hintOtpApp', [], 'clock'],
  ['otp-app', '976', 'hintOtpApp', [], 'clock'],
  ['choose-device', null, 'hintChooseDevice', [], 'guide'],
  ['code-rejected', '976', 'hintCodeRejected', [], 'clock'],
  ['otp-limit', null, 'hintOtpLimit', [], 'guide'],
  ['cvf-code', '12', 'hintCvfCodeTo', ['12'], 'guide'],
  ['cvf-code', null, 'hintCvfCode', [], 'guide'],
  ['approval', null, 'hintApproval', [], 'guide'],
  ['captcha', null, 'hintCaptcha', [], 'guide'],
] as const)('%s with destination %s says %s', (state, destination, key, substitutions, section) => {
  expect(hintFor({ state, destination })).toEqual({ key, substitutions, section });
});

test('every state has words in the English locale', () => {
  for (const state of pageStates) {
    for (const destination of [null, '976']) {
      const { key } = hintFor({ state, destination });
      expect(messages[key].message.length, key).toBeGreaterThan(20);
    }
  }
});
