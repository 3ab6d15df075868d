/**
 * How long a sign-in page asks the seller to wait ("You can request a new OTP in 24 hours",
 * "Please wait 10 minutes", "Please wait 30 seconds before requesting another code"), in ms, in
 * the 13 languages the extension ships. Pure and bounded; the tables ship in the content script
 * (budget in e2e/budgets.ts), so they are stems, not sentences. It answers only when the text
 * names one wait: no number, a range, half an hour, two different waits or one over a week give
 * null, so a page can make it say nothing, never a wrong time.
 */
import { normalise } from './text';

// Seconds, minutes, hours, days. Latin and Arabic words end at a letter boundary ("min" is not
// "minimum"); CJK ones run into what follows ("24時間後"). Arabic duals ("ساعتين", two hours)
// need no number.
const units = [
  'second\\p{L}{0,2}|secs?|segundos?|sekund\\p{L}{0,2}|saniye|ثوان|ثواني|ثاني(?:ة|ت[يا]ن)|秒',
  'minut\\p{L}{0,2}|minuut|mins?|dakika|دقائق|دقيق(?:ة|ت[يا]ن)|分(?!の)',
  'hours?|hrs?|h|stunden?|std|heures?|horas?|or[ae]|uur|uren|godzin\\p{L}?|timm\\p{L}{1,2}|saat|ساعات|ساع(?:ة|ت[يا]ن)|小时|小時|時間',
  'days?|tag(?:e|en)?|jours?|d[ií]as?|giorn[oi]|dag\\p{L}{0,2}|dzie[nń]|dni|dob[aęy]|gün|أيام|يوم(?:[يا]ن)?|天|日[間间]',
];
const unitMs = [1e3, 6e4, 36e5, 864e5];
// Amazon asks for seconds to a day; a page saying more than a week is not believed.
const week = 7 * 864e5;
// "An hour", "one minute", "za jedną godzinę", "一小时": number words (two for "two").
const two = 'two|zwei|deux|dos|due|dois|duas|twee|dw[aie]|två|iki|[两二]';
const words = `(?<!\\p{L})(?:an?|one|ein\\p{L}{0,2}|une?|un[oa]|um|uma|een|en|ett|bir|jed\\p{L}{2,3}|un['’]|${two})|[一两二]`;

// Built in functions marked pure: a bundle that imports this module without parsing waits (the
// Contact Us script, through the message types) drops them.
const waitPattern = () =>
  new RegExp(
    `(?<![\\p{N}.,:/+-])(?:(\\d+(?:[.,]\\d+)?|${words})\\s?-?)?(?:${units.map((u) => `(${u})`).join('|')})(?![a-zà-ÿąćęłńóśźżğış\\u0621-\\u064a])`,
    'gu',
  );
const wait = /* @__PURE__ */ waitPattern();
const twoPattern = () => new RegExp(`^(?:${two})$`);
const twoWord = /* @__PURE__ */ twoPattern();
// Polish "za godzinę", Arabic "بعد ساعة": after "in", the bare singular means one.
const bareOne = /^(?:godzinę|minutę|sekundę|dobę|ساعة|دقيقة|ثانية|يوم)$/;
const bareIn = /(?:^| )(?:za|بعد|خلال) $/;
// "Once a day", "a day ago" are no waits.
const notWait = /(?:once|twice|times) $/;
// A range ("1 to 2 hours") and halves ("half an hour") give no answer (a lost "behalf" or
// "innerhalb" costs a wait, never a wrong one); a code's lifetime ("valid for 10 minutes") is no
// wait.
const range = /\d\s*(?:–|~|to|bis|à|a|o|y|ou|do|ile|إلى|至|到)\s*$/;
const valid =
  /(?:valid|válid|gültig|valable|geldig|giltig|geçerli|ważn|صالح|有効|有效)\S*\s*\S{0,7}\s*$/;
const half = /half|halb|demi|media h|mezz|meia h|halv|pół|yarım|نصف|半/;

/** How many units one match names: 0 for none, NaN for a number that is not one wait. */
function count(n: string | undefined, unit: string, before: string, digits: boolean): number {
  if (n === undefined) {
    if (/[يا]ن$/.test(unit)) return 2;
    return bareOne.test(unit) && bareIn.test(before) ? 1 : 0;
  }
  if (/^\d/.test(n)) return /^\d{1,6}$/.test(n) ? Number(n) : Number.NaN;
  // "5 codes a day": a number word beside digits is not read ("an hour (60 minutes)" is null).
  if (digits) return Number.NaN;
  if (notWait.test(before)) return 0;
  return twoWord.test(n) ? 2 : 1;
}

/** The one wait `text` names, in ms, or null. */
export function parseWait(text: string | null): number | null {
  const t = normalise((text ?? '').slice(0, 1000))
    .toLowerCase()
    .replace(/[\u0640\u064b-\u065f\u0670]/g, '');
  if (half.test(t)) return null;
  const digits = /\d/.test(t);
  let found = 0;
  let pairs = 0;
  for (const m of t.matchAll(wait)) {
    const [, n, ...byUnit] = m;
    const at = m.index ?? 0;
    const before = t.slice(Math.max(0, at - 40), at);
    const unit = byUnit.findIndex(Boolean);
    const c = count(n, byUnit[unit] ?? '', before, digits);
    // A decimal, a thousands separator, a range or a text full of numbers is not one wait.
    if (Number.isNaN(c)) return null;
    if (!c) continue;
    if (++pairs > 12 || range.test(before)) return null;
    if (valid.test(before) || /^\s*ago/.test(t.slice(at + m[0].length))) continue;
    const ms = c * (unitMs[unit] ?? 0);
    if (found && ms !== found) return null;
    found = ms;
  }
  return found > 0 && found <= week ? found : null;
}
