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

  test.each(symptoms)('%s lists each step once and ends with contacting support', (symptom) => {
    const list: readonly StepId[] = stepsBySymptom[symptom];
    expect(new Set(list).size).toBe(list.length);
    expect(list.at(-1)).toBe('contact-support');
    expect(has(symptomText[symptom])).toBe(true);
  });

  // Every part of the guide (issue 6, build item 2) is reachable from its symptom.
  test.each([
    ['not-received', ['phone-signal', 'number-on-file', 'carrier-delay', 'backup-method']],
    ['app-refused', ['clock', 'phone-time', 'app-sync', 'reinstall-app']],
    ['code-refused', ['newest-code', 'type-in-time', 'which-entry']],
    ['locked-out', ['wait', 'contact-support']],
  ] as const)('%s covers %j', (symptom, expected) => {
    expect(stepsBySymptom[symptom]).toEqual(expect.arrayContaining([...expected]));
  });

  test.each(symptoms)('%s also has the general steps', (symptom) => {
    expect(stepsBySymptom[symptom]).toEqual(
      expect.arrayContaining(['login-settings', 'sign-out-in', 'updates', 'cache-cookies']),
    );
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
