/**
 * Language-dependent reading of prompt text: the masked destination's trailing digits and the
 * words that name a voice call or an authenticator app. Structure decides the page state; these
 * only fill in details, so a miss degrades a detail, never the state. The words are the page's
 * (language-words.ts), passed in; with none, only a masked number ("***-**12") is read.
 */
import type { PageWords } from './language-words';
import { anyOf, perWords } from './per-words';

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

const patterns = /* @__PURE__ */ perWords((words) => ({
  // "… ending in 976" and its translations: the keyword comes before the digits.
  before: new RegExp(`(?:${anyOf(words, 'endingBefore')})\\D{0,16}?(\\d+)(?!\\d)`, 'i'),
  // Languages that put the digits first: "976 ile biten", "976で終わる", "die auf 976 endet".
  after: new RegExp(`(?<!\\d)(\\d+)\\D{0,6}?(?:${anyOf(words, 'endingAfter')})`, 'i'),
  voice: new RegExp(anyOf(words, 'voice'), 'i'),
  app: new RegExp(anyOf(words, 'app'), 'i'),
}));

/** The visible trailing digits of a masked phone number, at most 4, or null. */
export function findDestination(text: string, words: PageWords): string | null {
  const plain = withoutEmails(normalise(text));
  const { before, after } = patterns(words);
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

export const mentionsVoice = (text: string, words: PageWords): boolean =>
  patterns(words).voice.test(normalise(text));
export const mentionsApp = (text: string, words: PageWords): boolean =>
  patterns(words).app.test(normalise(text));
