/** Simplified Chinese, with the traditional forms of the prompt words (zh-TW pages fall back here). */
import type { LanguageWords } from '../language-words';

export const zh_CN: LanguageWords = {
  endingBefore: ['尾[号號]', '[结結]尾'],
  endingAfter: [],
  // Never bare 电话/電話: "phone" also appears on text-message pages.
  voice: ['通话', '通話', '语音', '語音', '致电', '致電', '来电', '來電', '拨打', '撥打'],
  app: ['认证器', '验证器', '驗證器', '应用', '應用'],
  seconds: ['秒'],
  // The same entry as Japanese's (one alternation holds both tables when both are read).
  minutes: ['分(?!の)'],
  hours: ['小时', '小時'],
  days: ['天', '日[間间]'],
  one: ['一'],
  two: ['两', '二'],
  dual: [],
  bareOne: [],
  bareIn: [],
  notWait: [],
  range: ['至', '到'],
  valid: ['有效'],
  half: ['半'],
  blocked: ['阻止'],
  expired: ['过期'],
  noAccount: ['找不到'],
};
