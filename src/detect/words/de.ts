import type { LanguageWords } from '../language-words';

export const de: LanguageWords = {
  endingBefore: ['endet (?:auf|mit)', 'endend (?:auf|mit)', 'mit der endung'],
  // "die auf 976 endet": the digits come first.
  endingAfter: ['endet'],
  voice: ['anruf', 'angerufen', 'anzurufen', '\\brufen?\\b'],
  app: ['authentifi', '\\bapps?\\b'],
  seconds: ['sekund\\p{L}{0,2}'],
  minutes: ['minut\\p{L}{0,2}'],
  hours: ['stunden?', 'std', 'h'],
  days: ['tag(?:e|en)?'],
  one: ['ein\\p{L}{0,2}'],
  two: ['zwei'],
  dual: [],
  bareOne: [],
  bareIn: [],
  notWait: [],
  range: ['bis'],
  valid: ['gültig'],
  half: ['halb'],
  blocked: ['sperr'],
  expired: ['abgelaufen'],
  noAccount: ['kein konto'],
};
