import type { LanguageWords } from '../language-words';

export const ar: LanguageWords = {
  endingBefore: ['نتهي'],
  endingAfter: [],
  voice: ['مكالمة', 'اتصال', 'اتصل', 'صوتي'],
  app: ['تطبيق'],
  seconds: ['ثوان', 'ثواني', 'ثاني(?:ة|ت[يا]ن)'],
  minutes: ['دقائق', 'دقيق(?:ة|ت[يا]ن)'],
  hours: ['ساعات', 'ساع(?:ة|ت[يا]ن)'],
  days: ['أيام', 'يوم(?:[يا]ن)?'],
  one: [],
  two: [],
  // Duals need no number: "ساعتين", two hours.
  dual: ['[يا]ن'],
  // "بعد ساعة": after "in", the bare singular means one.
  bareOne: ['ساعة', 'دقيقة', 'ثانية', 'يوم'],
  bareIn: ['بعد', 'خلال'],
  notWait: [],
  range: ['إلى'],
  valid: ['صالح'],
  half: ['نصف'],
  blocked: ['حظر'],
  expired: ['صلاحية'],
  noAccount: ['على حساب'],
};
