import { describe, expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import type { MessageKey } from '../shared/i18n';
import type { Drift } from './find-drift';
import { basisText, codeErrorText, driftAnswer, driftDuration, secretErrorText } from './words';

// The English catalogue with Chrome's $1 substitution, so the sentences are the shipped ones.
function t(key: MessageKey, subs?: string | string[]): string {
  const entry = messages[key] as {
    message: string;
    placeholders?: Record<string, { content: string }>;
  };
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$(\w+)\$/g, (_m, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return args[Number(content.slice(1)) - 1] ?? '';
  });
}

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
  expect(t('totpErrCodeLength', '8')).toContain('all 8 digits');
});
