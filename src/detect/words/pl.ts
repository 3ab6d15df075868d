import type { LanguageWords } from '../language-words';

export const pl: LanguageWords = {
  endingBefore: ['ko[nń]cz\\S{0,6} si[eę](?: na)?', 'zako[nń]czon\\S{0,4}(?: cyframi)?'],
  endingAfter: [],
  voice: ['zadzwo', 'głosow'],
  app: ['aplikacj'],
  seconds: ['sekund\\p{L}{0,2}'],
  minutes: ['minut\\p{L}{0,2}'],
  hours: ['godzin\\p{L}?'],
  days: ['dzie[nń]', 'dni', 'dob[aęy]'],
  one: ['jed\\p{L}{2,3}'],
  two: ['dw[aie]'],
  dual: [],
  // "za godzinę": after "in", the bare singular means one.
  bareOne: ['godzinę', 'minutę', 'sekundę', 'dobę'],
  bareIn: ['za'],
  notWait: [],
  range: ['do'],
  valid: ['ważn'],
  half: ['pół'],
  blocked: ['blok'],
  expired: ['wygas'],
  noAccount: ['znaleźć konta'],
};
