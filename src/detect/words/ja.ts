import type { LanguageWords } from '../language-words';

export const ja: LanguageWords = {
  endingBefore: ['末尾', '下\\d桁'],
  // "976で終わる": the digits come first.
  endingAfter: ['で終わる'],
  // Never bare 電話: "phone" also appears on text-message pages.
  voice: ['音声', '通話', '電話をかけ', 'お電話'],
  app: ['アプリ'],
  seconds: ['秒'],
  // Not 分の (a fraction).
  minutes: ['分(?!の)'],
  hours: ['時間'],
  days: ['日[間间]'],
  one: ['一'],
  two: ['二'],
  dual: [],
  bareOne: [],
  bareIn: [],
  notWait: [],
  range: ['至'],
  valid: ['有効'],
  half: ['半'],
  blocked: ['ブロック'],
  expired: ['期限'],
  noAccount: ['アカウント.{0,3}見つか'],
};
