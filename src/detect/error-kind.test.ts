// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeForTag } from '../shared/locales';
import { wordsForPage } from './detection-words';
import { type ErrorKind, errorKind } from './error-kind';
import { errorText } from './error-text';

// A fixture's box is read with its language's words and English's (`de-…`, `zh-CN-…`), as the
// page is; the other tests with every table.
const wordsOfFixture = (name: string) =>
  wordsForPage(localeForTag(/^[a-z]{2}(?:-[A-Z]{2})?(?=-)/.exec(name)?.[0]));
const every = wordsForPage(null);

const fixtures = path.resolve(import.meta.dirname, 'fixtures');
const boxText = (name: string): string | null =>
  errorText(
    new DOMParser().parseFromString(readFileSync(path.join(fixtures, name), 'utf8'), 'text/html'),
  );

// Fixture name → the kind its error box names; every other box names none we know.
const kindOf = (name: string): ErrorKind | null =>
  /-signin-blocked/.test(name)
    ? 'blocked'
    : /-code-expired/.test(name)
      ? 'expired'
      : /-no-account-email/.test(name)
        ? 'no-account'
        : null;

describe('errorKind over every fixture with an error box, in every language', () => {
  const withBox = readdirSync(fixtures).filter((f) => f.endsWith('.html') && boxText(f) !== null);

  test('the fixtures hold each kind and the boxes that name none', () => {
    const names = withBox.join(' ');
    for (const part of [
      '-signin-blocked',
      '-code-expired',
      '-no-account-email',
      '-code-rejected',
    ]) {
      expect(names).toContain(part);
    }
    expect(withBox.length).toBeGreaterThan(60);
  });

  test.each(withBox)('%s', (file) => {
    expect(errorKind(boxText(file), wordsOfFixture(file))).toBe(kindOf(file));
    // Before the page's words are in, no box names a kind: the state falls back to structure.
    expect(errorKind(boxText(file), [])).toBeNull();
  });
});

describe('errorKind', () => {
  test.each<[string | null, ErrorKind | null]>([
    [null, null],
    ['', null],
    ['Your password is incorrect', null],
    ["You've requested too many OTPs today. You can request a new OTP in 24 hours.", null],
    ['Unable to deliver the OTP over a phone call currently. Please wait 10 minutes.', null],
    ['YOUR ONE TIME PASSWORD (OTP) HAS EXPIRED.', 'expired'],
    ['Wir haben Ihre Anmeldung gesperrt.', 'blocked'],
    // Blocked wins: a blocked sign-in cannot be fixed by a new code.
    ['Your code has expired and we blocked your Sign-In.', 'blocked'],
    ['<b>We cannot find an account</b> with that email address', 'no-account'],
    ['ｅｘｐｉｒｅｄ', null],
  ])('%s → %s', (text, kind) => {
    expect(errorKind(text, every)).toBe(kind);
  });

  test('long text is read up to a bound', () => {
    expect(errorKind(`${'x'.repeat(10_000)} has expired`, every)).toBeNull();
    expect(errorKind(`has expired ${'x'.repeat(100_000)}`, every)).toBe('expired');
  });
});

test.each([
  // Other wordings than the fixtures', as other sites phrase them: the stems still hold.
  'Non abbiamo trovato un account associato a questo indirizzo e-mail',
  'We konden geen account met dit e-mailadres vinden',
  'このメールアドレスのアカウントは見つかりませんでした',
  'Não foi possível encontrar uma conta com este e-mail',
  'Es wurde kein Konto mit dieser E-Mail-Adresse gefunden',
])('no-account in other words: %s', (text) => {
  expect(errorKind(text, every)).toBe('no-account');
});
