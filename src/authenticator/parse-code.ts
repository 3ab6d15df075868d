/** The code the seller read off their authenticator app, checked against the key's digit count. */

export const codeErrors = ['empty', 'not-digits', 'wrong-length'] as const;
export type CodeError = (typeof codeErrors)[number];

export type ParsedCode = { ok: true; code: string } | { ok: false; error: CodeError };

/** Apps show codes as `123 456`; a paste may carry spaces or a dash between the halves. */
export function parseCode(input: string, digits: number): ParsedCode {
  // A long paste is not a code: say so without scanning it.
  if (input.length > 64) return { ok: false, error: 'wrong-length' };
  const code = input.replace(/[\s-]+/g, '');
  if (!code) return { ok: false, error: 'empty' };
  if (!/^\d+$/.test(code)) return { ok: false, error: 'not-digits' };
  if (code.length !== digits) return { ok: false, error: 'wrong-length' };
  return { ok: true, code };
}
