import type { LanguageWords } from '../language-words';

export const fr: LanguageWords = {
  endingBefore: ['se termin(?:ant|e) par', 'finissant par'],
  endingAfter: [],
  voice: ['\\bappel', '\\bvocal'],
  app: ['authentifi', '\\bapplication'],
  seconds: ['second\\p{L}{0,2}'],
  minutes: ['minut\\p{L}{0,2}'],
  hours: ['heures?', 'h'],
  days: ['jours?'],
  one: ['une?'],
  two: ['deux'],
  dual: [],
  bareOne: [],
  bareIn: [],
  notWait: [],
  range: ['à', 'ou'],
  valid: ['valable'],
  half: ['demi'],
  blocked: ['bloqu'],
  expired: ['expir'],
  noAccount: ['trouv\\S* (?:\\S+ )?compte'],
};
