/**
 * How long a sign-in page asks the seller to wait ("You can request a new OTP in 24 hours",
 * "Please wait 10 minutes", "Please wait 30 seconds before requesting another code"), in ms, read
 * with the page's words (language-words.ts; none: no wait is read). Pure and bounded. It answers
 * only when the text names one wait: no number, a range, half an hour, two different waits or one
 * over a week give null, so a page can make it say nothing, never a wrong time.
 */
import type { PageWords } from './language-words';
import { anyOf, perWords } from './per-words';
import { normalise } from './text';

// Seconds, minutes, hours, days: their words' keys, in the order of the pattern's groups.
const unitKeys = ['seconds', 'minutes', 'hours', 'days'] as const;
const unitMs = [1e3, 6e4, 36e5, 864e5];
// Amazon asks for seconds to a day; a page saying more than a week is not believed.
const week = 7 * 864e5;
// Kana and CJK ideographs: written without spaces, so their number words run on from what comes
// before ("请在一小时后"); every other number word starts at a letter boundary ("one", not "done").
const unspaced = (word: string) => /^[\u3000-\u9fff]/.test(word);

// Built in a function marked pure: a bundle that imports this module without parsing waits (the
// Contact Us script, through the message types) drops it.
const patterns = /* @__PURE__ */ perWords((words) => {
  const numbers = (keep: (w: string) => boolean) =>
    `${anyOf(words, 'one', keep)}|${anyOf(words, 'two', keep)}`;
  const number = `(?<!\\p{L})(?:${numbers((w) => !unspaced(w))})|${numbers(unspaced)}`;
  // Latin and Arabic units end at a letter boundary ("min" is not "minimum"); CJK ones run into
  // what follows ("24時間後").
  const units = unitKeys.map((k) => `(${anyOf(words, k)})`).join('|');
  return {
    wait: new RegExp(
      `(?<![\\p{N}.,:/+-])(?:(\\d+(?:[.,]\\d+)?|${number})\\s?-?)?(?:${units})(?![a-zà-ÿąćęłńóśźżğış\\u0621-\\u064a])`,
      'gu',
    ),
    two: new RegExp(`^(?:${anyOf(words, 'two')})$`),
    dual: new RegExp(`(?:${anyOf(words, 'dual')})$`),
    // Polish "za godzinę", Arabic "بعد ساعة": after "in", the bare singular means one.
    bareOne: new RegExp(`^(?:${anyOf(words, 'bareOne')})$`),
    bareIn: new RegExp(`(?:^| )(?:${anyOf(words, 'bareIn')}) $`),
    // "Once a day", "a day ago" are no waits.
    notWait: new RegExp(`(?:${anyOf(words, 'notWait')}) $`),
    // A range ("1 to 2 hours") and halves ("half an hour") give no answer (a lost "behalf" or
    // "innerhalb" costs a wait, never a wrong one); a code's lifetime ("valid for 10 minutes")
    // is no wait.
    range: new RegExp(`\\d\\s*(?:–|~|${anyOf(words, 'range')})\\s*$`),
    valid: new RegExp(`(?:${anyOf(words, 'valid')})\\S*\\s*\\S{0,7}\\s*$`),
    half: new RegExp(anyOf(words, 'half')),
  };
});
type Patterns = ReturnType<typeof patterns>;

/** How many units one match names: 0 for none, NaN for a number that is not one wait. */
function count(
  p: Patterns,
  n: string | undefined,
  unit: string,
  before: string,
  digits: boolean,
): number {
  if (n === undefined) {
    if (p.dual.test(unit)) return 2;
    return p.bareOne.test(unit) && p.bareIn.test(before) ? 1 : 0;
  }
  if (/^\d/.test(n)) return /^\d{1,6}$/.test(n) ? Number(n) : Number.NaN;
  // "5 codes a day": a number word beside digits is not read ("an hour (60 minutes)" is null).
  if (digits) return Number.NaN;
  if (p.notWait.test(before)) return 0;
  return p.two.test(n) ? 2 : 1;
}

/** The one wait `text` names, in ms, or null. */
export function parseWait(text: string | null, words: PageWords): number | null {
  const p = patterns(words);
  const t = normalise((text ?? '').slice(0, 1000))
    .toLowerCase()
    .replace(/[\u0640\u064b-\u065f\u0670]/g, '');
  if (p.half.test(t)) return null;
  const digits = /\d/.test(t);
  let found = 0;
  let pairs = 0;
  for (const m of t.matchAll(p.wait)) {
    const [, n, ...byUnit] = m;
    const at = m.index ?? 0;
    const before = t.slice(Math.max(0, at - 40), at);
    const unit = byUnit.findIndex(Boolean);
    const c = count(p, n, byUnit[unit] ?? '', before, digits);
    // A decimal, a thousands separator, a range or a text full of numbers is not one wait.
    if (Number.isNaN(c)) return null;
    if (!c) continue;
    if (++pairs > 12 || p.range.test(before)) return null;
    if (p.valid.test(before) || /^\s*ago/.test(t.slice(at + m[0].length))) continue;
    const ms = c * (unitMs[unit] ?? 0);
    if (found && ms !== found) return null;
    found = ms;
  }
  return found > 0 && found <= week ? found : null;
}
