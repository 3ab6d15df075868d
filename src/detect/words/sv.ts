import type { LanguageWords } from '../language-words';

export const sv: LanguageWords = {
  endingBefore: ['slutar (?:på|med)'],
  endingAfter: [],
  voice: ['samtal'],
  app: ['autenti', '\\bapps?\\b'],
  seconds: ['sekund\\p{L}{0,2}'],
  minutes: ['minut\\p{L}{0,2}'],
  hours: ['timm\\p{L}{1,2}'],
  days: ['dag\\p{L}{0,2}'],
  one: ['en', 'ett'],
  two: ['två'],
  dual: [],
  bareOne: [],
  bareIn: [],
  notWait: [],
  range: [],
  valid: ['giltig'],
  half: ['halv'],
  blocked: ['bloc'],
  expired: ['gått ut'],
  noAccount: ['något konto'],
};
