/**
 * English: Amazon's own wording (fixtures/README.md) and every page's fallback, so every other
 * table is read together with this one.
 */
import type { LanguageWords } from '../language-words';

export const en: LanguageWords = {
  endingBefore: ['ending (?:in|with)', 'ends (?:in|with)'],
  endingAfter: [],
  // Word starts guarded, so "recall" is not "call".
  voice: ['\\b(?:call|calls|calling|called|voice)\\b'],
  app: ['authenticat', '\\bapps?\\b', '\\bapplication'],
  seconds: ['second\\p{L}{0,2}', 'secs?'],
  minutes: ['minut\\p{L}{0,2}', 'mins?'],
  hours: ['hours?', 'hrs?', 'h'],
  days: ['days?'],
  one: ['an?', 'one'],
  two: ['two'],
  dual: [],
  bareOne: [],
  bareIn: [],
  // "Once a day", "a day ago" are no waits.
  notWait: ['once', 'twice', 'times'],
  range: ['to'],
  valid: ['valid'],
  half: ['half'],
  blocked: ['bloc'],
  expired: ['expir'],
  noAccount: ['find an account'],
};
