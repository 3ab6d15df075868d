import type { LanguageWords } from '../language-words';

export const es: LanguageWords = {
  endingBefore: [
    'termin(?:a|ado|ada|ando|ante) (?:en|em|in|con)',
    'acaba(?:do)? en',
    'finaliza(?:do)? en',
  ],
  endingAfter: [],
  voice: ['llam(?:a|á|ar)', '\\bde voz\\b'],
  app: ['aplicaci[oó]n', 'autenti'],
  seconds: ['segundos?'],
  minutes: ['minut\\p{L}{0,2}'],
  hours: ['horas?'],
  days: ['d[ií]as?'],
  one: ['un[oa]?'],
  two: ['dos'],
  dual: [],
  bareOne: [],
  bareIn: [],
  notWait: [],
  range: ['a', 'o', 'y'],
  valid: ['válid'],
  half: ['media h'],
  blocked: ['bloqu'],
  expired: ['caducad', 'expir'],
  noAccount: ['encontr\\S* (?:\\S+ )?cuenta'],
};
