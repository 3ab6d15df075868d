import { expect, test } from 'vitest';
import type { Method, PageState } from '../detect/classify';
import type { Symptom } from '../shared/situations';
import { currentSymptom, symptomFromPage } from './symptom';

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
  ['otp-unknown', 'unknown', 'not-received'],
  ['code-expired', 'sms', 'code-expired'],
  ['code-expired', 'app', 'app-refused'],
  ['signin-blocked', 'unknown', 'signin-blocked'],
  ['no-account', 'unknown', 'no-account'],
  ['cookies-blocked', 'unknown', 'cookies-blocked'],
] as [PageState, Method, Symptom][])('%s (%s) → %s', (state, method, symptom) => {
  expect(symptomFromPage({ state, method })).toBe(symptom);
});

test('no page seen → the most common symptom', () => {
  expect(symptomFromPage(null)).toBe('not-received');
});

const page = { state: 'code-rejected', method: 'sms', at: 1_000 } as const;

test.each([
  ['nothing picked: the page decides', page, null, 0, { symptom: 'code-refused', from: 'page' }],
  [
    'picked after the page: the pick',
    page,
    'locked-out',
    2_000,
    { symptom: 'locked-out', from: 'picked' },
  ],
  [
    'page seen after the pick: the page',
    page,
    'locked-out',
    500,
    { symptom: 'code-refused', from: 'page' },
  ],
  ['no page, a pick', null, 'app-refused', 1, { symptom: 'app-refused', from: 'picked' }],
  ['no page, no pick', null, null, 0, { symptom: 'not-received', from: 'default' }],
] as const)('%s', (_case, p, symptom, symptomAt, expected) => {
  expect(currentSymptom(p, { symptom, symptomAt })).toEqual(expected);
});
