import { describe, expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { type MessageKey, translator } from '../shared/catalogue';
import type { Drift } from './find-drift';
import {
  basisText,
  codeErrorText,
  codeErrorWords,
  driftAnswer,
  driftDuration,
  secretErrorText,
} from './words';

// The English catalogue through the catalogue module, so the sentences are the shipped ones.
const t = translator(messages);

describe('the answer in words', () => {
  const rows: [string, Drift, string, RegExp, MessageKey][] = [
    ['in sync', { kind: 'in-sync' }, '0', /in sync/, 'totpInSyncAdvice'],
    [
      '90 s behind',
      { kind: 'drift', steps: -3, seconds: -90 },
      '-3',
      /about 90 s behind/,
      'totpFixClockAdvice',
    ],
    [
      '30 s ahead',
      { kind: 'drift', steps: 1, seconds: 30 },
      '1',
      /about 30 s ahead/,
      'totpNearAdvice',
    ],
    [
      '30 s behind',
      { kind: 'drift', steps: -1, seconds: -30 },
      '-1',
      /about 30 s behind/,
      'totpNearAdvice',
    ],
    [
      '9 min 30 s ahead',
      { kind: 'drift', steps: 19, seconds: 570 },
      '19',
      /about 9 min 30 s ahead/,
      'totpFixClockAdvice',
    ],
    ['no match', { kind: 'no-match' }, 'none', /No match/, 'totpNoMatchAdvice'],
  ];
  test.each(rows)('%s', (_name, drift, steps, headline, advice) => {
    const a = driftAnswer(t, drift, 'en');
    expect(a.steps).toBe(steps);
    expect(a.headline).toMatch(headline);
    expect(a.advice).toBe(t(advice));
  });

  test('each advice names the thing to do', () => {
    expect(t('totpFixClockAdvice')).toMatch(/automatic.*time sync/s);
    expect(t('totpNoMatchAdvice')).toMatch(/entry.*Advanced Security Settings/s);
  });

  test.each([
    [30, '30 s'],
    [-90, '90 s'],
    [119, '119 s'],
    [120, '2 min 0 s'],
    [-600, '10 min 0 s'],
  ])('%i s reads as %s', (seconds, words) => {
    expect(driftDuration(t, seconds, 'en')).toBe(words);
  });
});

test('every error and basis has a sentence in the catalogue', () => {
  for (const key of [
    ...Object.values(secretErrorText),
    ...Object.values(codeErrorText),
    ...Object.values(basisText),
  ]) {
    expect(messages[key].message.length).toBeGreaterThan(10);
  }
  expect(t('totpErrBase32', '0')).toContain('“0”');
  expect(codeErrorWords(t, 'wrong-length', 8, 'en')).toContain('all 8 digits');
  expect(codeErrorWords(t, 'empty', 8, 'en')).toBe(t('totpErrCodeEmpty'));
});
