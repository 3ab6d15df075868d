import type { LanguageWords } from '../language-words';

export const pt_BR: LanguageWords = {
  endingBefore: ['termin(?:a|ado|ada|ando|ante) (?:en|em|in|con)', 'com final'],
  endingAfter: [],
  voice: ['liga(?:ç|c)[aã]o', '\\bligar', '\\bligue', 'chamada', '\\bde voz\\b'],
  app: ['aplicativo', 'autenti'],
  seconds: ['segundos?'],
  minutes: ['minut\\p{L}{0,2}'],
  hours: ['horas?'],
  days: ['d[ií]as?'],
  one: ['um', 'uma'],
  two: ['dois', 'duas'],
  dual: [],
  bareOne: [],
  bareIn: [],
  notWait: [],
  range: ['a', 'ou'],
  valid: ['válid'],
  half: ['meia h'],
  blocked: ['bloqu'],
  expired: ['expir'],
  noAccount: ['encontr\\S* (?:\\S+ )?conta'],
};
