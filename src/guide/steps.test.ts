import { describe, expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { symptoms } from '../shared/situations';
import { prevention, type StepId, steps, stepsBySymptom, symptomText } from './steps';

const has = (key: string) => Object.hasOwn(messages, key);

describe('the steps table', () => {
  test.each(Object.entries(steps))('%s has its title and explanation in English', (_id, step) => {
    expect(has(step.title)).toBe(true);
    expect(has(step.body)).toBe(true);
  });

  test('every step is used by some symptom', () => {
    const used = new Set<StepId>(Object.values(stepsBySymptom).flat());
    expect([...used].sort()).toEqual(Object.keys(steps).sort());
  });

  test.each(symptoms)('%s lists each step once and ends with the last resort', (symptom) => {
    const list: readonly StepId[] = stepsBySymptom[symptom];
    expect(new Set(list).size).toBe(list.length);
    // Seller Support cannot lift 2SV: without any code, recovery is the end of the road.
    expect(list.at(-1)).toBe(symptom === 'no-code' ? 'account-recovery' : 'contact-support');
    expect(has(symptomText[symptom])).toBe(true);
  });

  // Every part of the guide (issue 6, build item 2) is reachable from its symptom.
  test.each([
    ['not-received', ['phone-signal', 'number-on-file', 'carrier-delay', 'backup-method']],
    ['app-refused', ['clock', 'phone-time', 'app-sync', 'reinstall-app']],
    ['code-refused', ['newest-code', 'type-in-time', 'which-entry']],
    ['locked-out', ['wait', 'backup-method', 'account-recovery', 'contact-support']],
    ['code-expired', ['ask-new-code', 'type-in-time', 'newest-code']],
    ['signin-blocked', ['stop-trying', 'wait', 'known-device', 'account-recovery']],
    ['no-account', ['no-new-account', 'find-email']],
    ['cookies-blocked', ['allow-cookies']],
    ['no-code', ['backup-method', 'account-recovery']],
    ['codes-elsewhere', ['user-permissions']],
  ] as const)('%s covers %j', (symptom, expected) => {
    expect(stepsBySymptom[symptom]).toEqual(expect.arrayContaining([...expected]));
  });

  // Each symptom's first step is the one thing to do next.
  test.each([
    ['code-expired', 'ask-new-code'],
    ['locked-out', 'wait'],
    ['signin-blocked', 'stop-trying'],
    ['no-account', 'no-new-account'],
    ['cookies-blocked', 'allow-cookies'],
    ['codes-elsewhere', 'user-permissions'],
  ] as const)('%s starts with %s', (symptom, first) => {
    expect(stepsBySymptom[symptom][0]).toBe(first);
  });

  test.each(['not-received', 'app-refused', 'code-refused'] as const)(
    '%s also has the general steps',
    (symptom) => {
      expect(stepsBySymptom[symptom]).toEqual(
        expect.arrayContaining(['login-settings', 'sign-out-in', 'updates', 'cache-cookies']),
      );
    },
  );

  // Where Amazon itself stops the sign-in, more tries and a cookie cleanup would only do harm.
  test.each(['locked-out', 'signin-blocked', 'no-account', 'cookies-blocked', 'no-code'] as const)(
    '%s offers no cookie cleanup and no sign-out-and-in',
    (symptom) => {
      const list: readonly StepId[] = stepsBySymptom[symptom];
      expect(list).not.toContain('cache-cookies');
      expect(list).not.toContain('sign-out-in');
    },
  );

  test('no code at all: the recovery step links to Amazon and says Seller Support cannot lift it', () => {
    expect(steps['account-recovery'].action).toBe('recovery-help');
    expect(messages.guideStepRecoveryBody.message).toMatch(/Seller Support cannot/);
    expect(messages.guideStepRecoveryBody.message).toMatch(/1 to 2 days/);
  });

  test('a shared login: the step brings the owner the User Permissions page and a message', () => {
    expect(steps['user-permissions'].action).toBe('user-permissions');
    expect(messages.guideOwnerMessage.message).toContain('$LINK$');
    expect(messages.guideStepUserPermissionsBody.message).toMatch(/one login per person/);
  });

  test('the extension runs the clock and cleanup steps itself', () => {
    expect(steps.clock.action).toBe('clock-check');
    expect(steps['cache-cookies'].action).toBe('cleanup');
    expect(steps.updates.showsEnvironment).toBe(true);
  });

  test('prevention tips exist', () => {
    for (const key of prevention) expect(has(key)).toBe(true);
  });
});
