/**
 * `web-ext lint` on the Firefox package, judged: no error, and no warning or notice that the
 * README's "`web-ext lint`" section does not name with its reason.
 */
import { markdownSection } from './markdown-section';

export interface LintMessage {
  code: string;
  message?: string;
  file?: string;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export const lintHeading = '### `web-ext lint` on `dist-firefox/`';

/** The codes the README explains: each list item of the section starts with one in backticks. */
export function explainedCodes(readme: string): string[] {
  return [...markdownSection(readme, lintHeading).matchAll(/^- `([A-Z0-9_]+)`/gm)].map(
    (m) => m[1] as string,
  );
}

export function lintProblems(report: LintReport, readme: string): string[] {
  const explained = new Set(explainedCodes(readme));
  const where = (m: LintMessage) => `${m.code}${m.file ? ` in ${m.file}` : ''}: ${m.message ?? ''}`;
  return [
    ...report.errors.map((m) => `error ${where(m)}`),
    ...[...report.warnings, ...report.notices]
      .filter((m) => !explained.has(m.code))
      .map((m) => `not explained in the README (${lintHeading}): ${where(m)}`),
  ];
}
