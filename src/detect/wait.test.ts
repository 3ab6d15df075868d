import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { localeForTag } from '../shared/locales';
import { wordsForPage } from './detection-words';
import { parseWait } from './wait';

// Each language's rows are read with its words and English's, as a page in it is; every other
// test with every table, so that no language's words make another's text say a wrong time.
const every = wordsForPage(null);

const s = 1e3;
const min = 60 * s;
const h = 60 * min;
const d = 24 * h;

describe('parseWait: the one wait a text names', () => {
  test.each<[string, string, number]>([
    // Amazon's own English (new-otp-failed.html; a Seller Central portal script, see fixtures/README.md)
    ['en', "You've requested too many OTPs today. You can request a new OTP in 24 hours.", 24 * h],
    [
      'en',
      'Unable to deliver the OTP over a phone call currently. Please wait 10 minutes and try again.',
      10 * min,
    ],
    ['en', 'Please wait 30 seconds before requesting another code.', 30 * s],
    ['en', 'Please wait at least one minute. Codes may take several minutes to arrive.', min],
    ['en', 'Try again in 1 hour.', h],
    ['en', 'Try again in an hour.', h],
    ['en', 'You can sign in again after 2 days.', 2 * d],
    ['en', 'Wait two minutes.', 2 * min],
    ['en', 'Please wait 15 mins.', 15 * min],
    ['en', 'Try again in 1 day', d],
    ['en', 'a 24-hour wait', 24 * h],
    ['en', 'in 24h', 24 * h],
    ['en', 'in 24 hours, that is in 1 day', 24 * h],
    // de
    ['de', 'Sie können in 24 Stunden ein neues Einmalpasswort anfordern.', 24 * h],
    ['de', 'Bitte warten Sie 10 Minuten und versuchen Sie es dann erneut.', 10 * min],
    ['de', 'Bitte warten Sie 30 Sekunden.', 30 * s],
    ['de', 'Versuchen Sie es in einer Stunde erneut.', h],
    ['de', 'Bitte warten Sie mindestens eine Minute.', min],
    ['de', 'Sie können sich nach 2 Tagen wieder anmelden.', 2 * d],
    ['de', 'in 24 Std.', 24 * h],
    // fr
    ['fr', 'Vous pourrez en demander un nouveau dans 24 heures.', 24 * h],
    ['fr', 'Veuillez patienter 10 minutes et réessayer.', 10 * min],
    ['fr', 'Veuillez patienter 30 secondes.', 30 * s],
    ['fr', 'Réessayez dans une heure.', h],
    ['fr', 'dans 24 h', 24 * h],
    ['fr', 'Réessayez dans 2 jours.', 2 * d],
    // es
    ['es', 'Puedes solicitar una nueva OTP dentro de 24 horas.', 24 * h],
    ['es', 'Espera 10 minutos y vuelve a intentarlo.', 10 * min],
    ['es', 'Espera 30 segundos.', 30 * s],
    ['es', 'Inténtalo de nuevo en una hora.', h],
    ['es', 'Inténtalo de nuevo dentro de 1 día.', d],
    // it
    ['it', 'Potrai richiederne una nuova tra 24 ore.', 24 * h],
    ['it', 'Attendi 10 minuti e riprova.', 10 * min],
    ['it', 'Attendi 30 secondi.', 30 * s],
    ['it', "Riprova tra un'ora.", h],
    ['it', 'Riprova tra 1 ora.', h],
    ['it', 'Riprova tra 2 giorni.', 2 * d],
    // pt-BR
    ['pt-BR', 'Você poderá solicitar uma nova OTP em 24 horas.', 24 * h],
    ['pt-BR', 'Aguarde 10 minutos e tente novamente.', 10 * min],
    ['pt-BR', 'Aguarde 30 segundos.', 30 * s],
    ['pt-BR', 'Tente novamente em uma hora.', h],
    ['pt-BR', 'Tente novamente em 2 dias.', 2 * d],
    // nl
    ['nl', 'Over 24 uur kun je een nieuwe OTP aanvragen.', 24 * h],
    ['nl', 'Wacht 10 minuten en probeer het opnieuw.', 10 * min],
    ['nl', 'Wacht 30 seconden.', 30 * s],
    ['nl', 'Probeer het over een uur opnieuw.', h],
    ['nl', 'Wacht 1 minuut.', min],
    ['nl', 'Probeer het over 2 dagen opnieuw.', 2 * d],
    // pl
    ['pl', 'Nowe hasło OTP możesz otrzymać za 24 godziny.', 24 * h],
    ['pl', 'Odczekaj 10 minut i spróbuj ponownie.', 10 * min],
    ['pl', 'Odczekaj 30 sekund.', 30 * s],
    ['pl', 'Spróbuj ponownie za godzinę.', h],
    ['pl', 'Spróbuj ponownie za jedną godzinę.', h],
    ['pl', 'Spróbuj ponownie za 5 godzin.', 5 * h],
    ['pl', 'Spróbuj ponownie za 2 dni.', 2 * d],
    ['pl', 'Odczekaj 1 minutę.', min],
    // sv
    ['sv', 'Du kan begära ett nytt om 24 timmar.', 24 * h],
    ['sv', 'Vänta 10 minuter och försök igen.', 10 * min],
    ['sv', 'Vänta 30 sekunder.', 30 * s],
    ['sv', 'Försök igen om en timme.', h],
    ['sv', 'Försök igen om 2 dagar.', 2 * d],
    // tr
    ['tr', '24 saat sonra yeni bir OTP isteyebilirsiniz.', 24 * h],
    ['tr', 'Lütfen 10 dakika bekleyip tekrar deneyin.', 10 * min],
    ['tr', 'Lütfen 30 saniye bekleyin.', 30 * s],
    ['tr', 'Bir saat sonra tekrar deneyin.', h],
    ['tr', '2 gün sonra tekrar deneyin.', 2 * d],
    // ar, with ASCII and Arabic-Indic digits, duals and "after an hour"
    ['ar', 'يمكنك طلب كلمة مرور جديدة بعد 24 ساعة.', 24 * h],
    ['ar', 'يمكنك طلب كلمة مرور جديدة بعد ٢٤ ساعة.', 24 * h],
    ['ar', 'يرجى الانتظار 10 دقائق ثم المحاولة مرة أخرى.', 10 * min],
    ['ar', 'يرجى الانتظار ٣٠ ثانية.', 30 * s],
    ['ar', 'يرجى الانتظار 30 ثوانٍ.', 30 * s],
    ['ar', 'حاول مرة أخرى بعد ساعة.', h],
    ['ar', 'حاول مرة أخرى بعد ساعتين.', 2 * h],
    ['ar', 'انتظر دقيقتين.', 2 * min],
    ['ar', 'حاول مرة أخرى بعد 3 أيام.', 3 * d],
    ['ar', 'حاول مرة أخرى بعد \u200f24\u200f ساعة.', 24 * h],
    // ja, with full-width digits
    ['ja', '24時間後に新しいOTPをリクエストできます。', 24 * h],
    ['ja', '２４時間後に新しいOTPをリクエストできます。', 24 * h],
    ['ja', '10分待ってから、もう一度お試しください。', 10 * min],
    ['ja', '30秒後にもう一度お試しください。', 30 * s],
    ['ja', '2日間お待ちください。', 2 * d],
    // zh-CN
    ['zh-CN', '您可以在 24 小时后请求新的 OTP。', 24 * h],
    ['zh-CN', '请等待 10 分钟后重试。', 10 * min],
    ['zh-CN', '请等待30秒。', 30 * s],
    ['zh-CN', '请在一小时后重试。', h],
    ['zh-CN', '请等待两分钟。', 2 * min],
    ['zh-CN', '请在 2 天后重试。', 2 * d],
  ])('%s: %s', (lang, text, ms) => {
    expect(parseWait(text, wordsForPage(localeForTag(lang)))).toBe(ms);
    // Before the page's words are in, no wait is read: never a guess.
    expect(parseWait(text, [])).toBeNull();
  });
});

describe('parseWait: no time rather than a wrong one', () => {
  test.each<[string, string | null]>([
    ['nothing', null],
    ['empty', ''],
    ['no wait', 'The One Time Password (OTP) you entered is not valid. Please try again.'],
    ['no number', 'Codes may take several minutes to arrive.'],
    ['a few', 'Try again in a few hours.'],
    ['absurd', 'You can request a new OTP in 99999999 hours.'],
    ['more than a week', 'You can request a new OTP in 9999 hours.'],
    ['eight days', 'Try again in 8 days.'],
    ['zero', 'Please wait 0 seconds before requesting another code.'],
    ['two different waits', 'Wait 10 minutes for calls, or 24 hours for texts.'],
    ['a compound wait', 'Try again in 1 hour and 30 minutes.'],
    ['a range', 'Codes arrive within 10-15 minutes.'],
    ['a range in words', 'Try again in 1 to 2 hours.'],
    ['a decimal', 'Try again in 1.5 hours.'],
    ['a decimal comma', 'Versuchen Sie es in 1,5 Stunden erneut.'],
    ['a thousands separator', 'Try again in 1,000 minutes.'],
    ['a sign', 'Try again in -5 minutes.'],
    ['half an hour', 'Try again in half an hour.'],
    ['eine halbe Stunde', 'Versuchen Sie es in einer halben Stunde erneut.'],
    ['半小时', '请在半小时后重试。'],
    ['a rate, not a wait', 'You can request up to 5 OTPs a day.'],
    ['once a day', 'You can request a code once a day.'],
    ['a day ago', 'Your code was sent a day ago.'],
    ['a number word beside digits', 'Try again in an hour (60 minutes).'],
    ['a word and digits', 'Wait one minute, then 24 hours.'],
    ['a word too far from the unit', 'Try again in a while: hours.'],
    ['minimum is not minutes', 'Enter 6 minimum digits.'],
    ['today is not a day', 'You requested 5 codes today.'],
    ['a clock time', 'Come back at 14:30 hours.'],
    ['a date', 'Requested on 12/24 days ago.'],
    ['markup as text', '<b>24</b> <i>hours</i>'],
    ['many numbers', Array.from({ length: 40 }, (_, i) => `wait ${i + 1} minutes`).join(', ')],
  ])('%s', (_name, text) => {
    expect(parseWait(text, every)).toBeNull();
  });

  test("a code's lifetime is not a wait", () => {
    expect(parseWait('The OTP is valid for 10 minutes.', every)).toBeNull();
    expect(
      parseWait('Der Code ist gültig für 10 Minuten. Versuchen Sie es in 1 Stunde erneut.', every),
    ).toBe(h);
  });

  test('markup flattened between the digits and the unit still reads', () => {
    // What visibleText gives for "<b>2</b><b>4</b> <span>hours</span>".
    expect(parseWait('in 24 hours', every)).toBe(24 * h);
  });

  test('long input costs a bounded amount of work', () => {
    const long = `${'x'.repeat(200_000)} in 24 hours`;
    const start = performance.now();
    expect(parseWait(long, every)).toBeNull();
    expect(parseWait(`in 24 hours ${'9 '.repeat(100_000)}`, every)).toBe(24 * h);
    expect(parseWait('a'.repeat(100_000), every)).toBeNull();
    expect(parseWait(`${'1 '.repeat(50_000)}hours`, every)).toBeNull();
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('parseWait over generated text', () => {
  test('never throws, and answers nothing or a wait of at most a week', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        ' in ',
        ' an ',
        ' 24 ',
        '٢٤',
        '２４',
        ' hours',
        ' minutes',
        'ساعة',
        '時間',
        '分钟',
        ' za godzinę',
        ' 99999999 ',
        '-',
        '<b>',
        '</b>',
        '\u200f',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const ms = parseWait(parts.join(''), every);
        expect(ms === null || (Number.isInteger(ms) && ms > 0 && ms <= 7 * d)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
