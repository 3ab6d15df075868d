import type { LanguageWords } from '../language-words';

export const tr: LanguageWords = {
  endingBefore: ['(?:^|\\s)sonu(?=\\s)'],
  // "976 ile biten": the digits come first.
  endingAfter: ['ile biten', 'ile sona eren'],
  voice: ['sesli', 'beni ara'],
  app: ['uygulama'],
  seconds: ['saniye'],
  minutes: ['dakika'],
  hours: ['saat'],
  days: ['gün'],
  one: ['bir'],
  two: ['iki'],
  dual: [],
  bareOne: [],
  bareIn: [],
  notWait: [],
  range: ['ile'],
  valid: ['geçerli'],
  half: ['yarım'],
  blocked: ['engelle'],
  expired: ['süresi dol'],
  noAccount: ['hesap bul'],
};
