import { describe, expect, test } from 'vitest';
import { parseCode } from './parse-code';

describe('the code from the app', () => {
  test.each([
    ['123456', 6, '123456'],
    ['123 456', 6, '123456'],
    [' 123-456\n', 6, '123456'],
    ['07081804', 8, '07081804'],
  ])('%j with %i digits reads as %s', (input, digits, code) => {
    expect(parseCode(input, digits)).toEqual({ ok: true, code });
  });

  test.each([
    ['', 6, 'empty'],
    ['   ', 6, 'empty'],
    ['12345a', 6, 'not-digits'],
    ['１２３４５６', 6, 'not-digits'],
    ['12345', 6, 'wrong-length'],
    ['1234567', 6, 'wrong-length'],
    ['123456', 8, 'wrong-length'],
    ['1'.repeat(1024 * 1024), 6, 'wrong-length'],
  ])('%j with %i digits: %s', (input, digits, error) => {
    expect(parseCode(input, digits)).toEqual({ ok: false, error });
  });
});
