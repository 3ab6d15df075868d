/**
 * Language-dependent reading of prompt text: the masked destination's trailing digits and the
 * words that name a voice call or an authenticator app. Structure decides the page state; these
 * only fill in details, so a miss degrades a detail, never the state.
 */

// Arabic-Indic, Extended Arabic-Indic (Persian/Urdu), Devanagari and full-width digits.
const digitBlocks = [0x0660, 0x06f0, 0x0966, 0xff10];

/** Digits to ASCII, bidi controls out, every kind of space to one space. */
export function normalise(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const block = digitBlocks.find((start) => code >= start && code <= start + 9);
    out += block === undefined ? ch : String(code - block);
  }
  return out
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const maskChars = new Set(['*', '•', '●', '∗', 'x', 'X']);
const separators = new Set([' ', '-', '.', '(', ')']);

/**
 * Digits right after two or more mask characters (separators allowed): "***-***-**12" → "12".
 * A linear scan, not a regex: a regex with nested repeats backtracks exponentially on "xxxx…".
 */
function maskedDigits(text: string): string | null {
  for (const m of text.matchAll(/\d+/g)) {
    let masks = 0;
    for (let i = (m.index ?? 0) - 1; i >= 0; i -= 1) {
      const ch = text.charAt(i);
      if (maskChars.has(ch)) masks += 1;
      else if (!separators.has(ch)) break;
    }
    if (masks >= 2) return m[0];
  }
  return null;
}

// "… ending in 976" and its translations: the keyword comes before the digits.
const before = new RegExp(
  `(?:${[
    'ending (?:in|with)',
    'ends (?:in|with)',
    'endet (?:auf|mit)',
    'endend (?:auf|mit)',
    'mit der endung',
    'se termin(?:ant|e) par',
    'finissant par',
    'termin(?:a|ado|ada|ando|ante) (?:en|em|in|con)',
    'acaba(?:do)? en',
    'finaliza(?:do)? en',
    'che finisce (?:con|in)',
    'com final',
    'eindig(?:end|t) (?:op|met)',
    'slutar (?:på|med)',
    'ko[nń]cz\\S{0,6} si[eę](?: na)?',
    'zako[nń]czon\\S{0,4}(?: cyframi)?',
    '(?:^|\\s)sonu(?=\\s)',
    '末尾',
    '下\\d桁',
    '尾[号號]',
    '[结結]尾',
    'نتهي',
  ].join('|')})\\D{0,16}?(\\d+)(?!\\d)`,
  'i',
);

// Languages that put the digits first: "976 ile biten", "976で終わる", "die auf 976 endet".
const after = /(?<!\d)(\d+)\D{0,6}?(?:ile biten|ile sona eren|で終わる|endet|पर समाप्त)/i;

/** The visible trailing digits of a masked phone number, at most 4, or null. */
export function findDestination(text: string): string | null {
  const plain = withoutEmails(normalise(text));
  const digits = maskedDigits(plain) ?? before.exec(plain)?.[1] ?? after.exec(plain)?.[1];
  return digits ? digits.slice(-4) : null;
}

// Masked e-mail addresses can end in digits ("s***1@example.com"): they are not phone numbers.
function withoutEmails(text: string): string {
  if (!text.includes('@')) return text;
  return text
    .split(' ')
    .filter((word) => !word.includes('@'))
    .join(' ');
}

export function hasEmail(text: string): boolean {
  return /\S@\S/.test(text);
}

const voiceWords = new RegExp(
  [
    // en, de, es, fr, it, pt, nl, sv, pl, tr (word starts guarded so "recall" is not "call")
    '\\b(?:call|calls|calling|called|voice)\\b',
    'anruf',
    'angerufen',
    'anzurufen',
    '\\brufen?\\b',
    'llam(?:a|á|ar)',
    '\\bde voz\\b',
    '\\bappel',
    '\\bvocal',
    'chiam',
    'liga(?:ç|c)[aã]o',
    '\\bligar',
    '\\bligue',
    'chamada',
    '\\bbel(?:len)?\\b',
    'gebeld',
    'oproep',
    'samtal',
    'zadzwo',
    'głosow',
    'sesli',
    'beni ara',
    // ja, zh (never bare 電話/电话: "phone" also appears on text-message pages)
    '音声',
    '通話',
    '通话',
    '電話をかけ',
    'お電話',
    '语音',
    '語音',
    '致电',
    '致電',
    '来电',
    '來電',
    '拨打',
    '撥打',
    // ar, hi
    'مكالمة',
    'اتصال',
    'اتصل',
    'صوتي',
    'कॉल',
  ].join('|'),
  'i',
);

const appWords = new RegExp(
  [
    'authenticat',
    'authentifi',
    '\\bapps?\\b',
    'aplicaci[oó]n',
    'aplicativo',
    '\\bapplication',
    '\\bapplicazione',
    '\\bapplicatie',
    'autenti',
    'aplikacj',
    'uygulama',
    'アプリ',
    '认证器',
    '验证器',
    '驗證器',
    '应用',
    '應用',
    'تطبيق',
    'ऐप',
  ].join('|'),
  'i',
);

export const mentionsVoice = (text: string): boolean => voiceWords.test(normalise(text));
export const mentionsApp = (text: string): boolean => appWords.test(normalise(text));
