import type { LanguageWords } from '../language-words';

export const nl: LanguageWords = {
  endingBefore: ['eindig(?:end|t) (?:op|met)'],
  endingAfter: [],
  voice: ['\\bbel(?:len)?\\b', 'gebeld', 'oproep'],
  app: ['\\bapplicatie', '\\bapps?\\b', 'authenticat'],
  seconds: ['second\\p{L}{0,2}'],
  minutes: ['minut\\p{L}{0,2}', 'minuut'],
  hours: ['uur', 'uren'],
  days: ['dag\\p{L}{0,2}'],
  one: ['een'],
  two: ['twee'],
  dual: [],
  bareOne: [],
  bareIn: [],
  notWait: [],
  range: [],
  valid: ['geldig'],
  half: ['half'],
  blocked: ['blok'],
  expired: ['verlopen'],
  noAccount: ['geen account'],
};
