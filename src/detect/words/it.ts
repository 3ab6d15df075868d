import type { LanguageWords } from '../language-words';

export const it: LanguageWords = {
  endingBefore: ['termin(?:a|ado|ada|ando|ante) (?:en|em|in|con)', 'che finisce (?:con|in)'],
  endingAfter: [],
  voice: ['chiam', '\\bvocal'],
  app: ['\\bapplicazione', '\\bapps?\\b', 'autenti'],
  seconds: ['second\\p{L}{0,2}'],
  minutes: ['minut\\p{L}{0,2}'],
  hours: ['or[ae]'],
  days: ['giorn[oi]'],
  one: ['un[oa]?', "un['’]"],
  two: ['due'],
  dual: [],
  bareOne: [],
  bareIn: [],
  notWait: [],
  range: ['a', 'o'],
  valid: ['valid'],
  half: ['mezz'],
  blocked: ['bloc'],
  expired: ['scadut'],
  noAccount: ['trova\\S* un account'],
};
