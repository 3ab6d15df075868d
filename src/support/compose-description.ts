/**
 * The problem description for Seller Support, from what the extension knows. Pure: the facts, a
 * translator for the target language and the time zone are passed in. Only the last digits of the
 * number are ever written (the page shows no more), and nothing secret is part of the input.
 */
import type { ClockResult } from '../clock/estimate';
import { verdictSentence } from '../clock/words';
import type { Method, PageState } from '../detect/classify';
import type { Finding } from '../diagnosis/diagnose';
import { findingText } from '../diagnosis/finding-text';
import { type Environment, environmentWords } from '../guide/environment';
import type { Mark } from '../guide/guide-state';
import { type StepId, steps } from '../guide/steps';
import { type MessageKey, plural, type Translate } from '../shared/catalogue';
import { type Symptom, situations } from '../shared/situations';
import type { CleanupResult } from './cleanup-result';

export interface Situation {
  host: string;
  /**
   * What the sign-in page showed last, and when (ms); the last code request seen in that tab and
   * the end of the wait the page named, when known (ms).
   */
  page: {
    state: PageState;
    method: Method;
    destination: string | null;
    at: number;
    latestRequestAt?: number | null;
    retryAt?: number | null;
  } | null;
  clock: { result: ClockResult; at: number } | null;
  cleanup: CleanupResult | null;
  /** The authenticator check's answer: seconds off (whatever the key's period), null: no match. */
  authenticator: { driftSeconds: number | null; at: number } | null;
  environment: Environment | null;
  tried: readonly { step: StepId; mark: Mark }[];
  /** The symptom the seller picked in the guide, if any. */
  symptom?: Symptom | null;
  /** The diagnosis the seller was shown: its pressing findings are written as they were said. */
  findings: readonly Pick<Finding, 'severity' | 'words' | 'values'>[];
  /** When the description is written (ms): times in the findings are said against it. */
  now: number;
}

const methodWords = {
  sms: 'supportMethodSms',
  voice: 'supportMethodVoice',
  app: 'supportMethodApp',
  unknown: null,
} as const satisfies Record<Method, MessageKey | null>;

const markWords = {
  done: 'supportDescTriedDone',
  'no-help': 'supportDescTriedNoHelp',
} as const satisfies Record<Mark, MessageKey>;

export function composeDescription(
  s: Situation,
  t: Translate,
  locale: string,
  timeZone: string,
): string {
  const when = (ms: number) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', timeZone }).format(
      ms,
    );
  const lines: string[] = [t('supportDescGreeting'), '', t('supportDescProblem', s.host)];

  if (s.page) {
    const digits =
      s.page.destination && /^\d{1,4}$/.test(s.page.destination) ? s.page.destination : null;
    lines.push(
      t('supportDescPage', [t(situations[s.page.state].words), when(s.page.at)]) +
        (digits ? ` ${t('endingIn', digits)}` : ''),
    );
    const method = methodWords[s.page.method];
    if (method) lines.push(t('supportDescMethod', t(method)));
    if (situations[s.page.state].failed) lines.push(t('supportDescLastFailure', when(s.page.at)));
  }
  // The journey's facts: when the seller asked for codes, until when Amazon asked to wait.
  if (s.page?.latestRequestAt) lines.push(t('supportDescRequested', when(s.page.latestRequestAt)));
  if (s.page?.retryAt) lines.push(t('supportDescRetryAt', when(s.page.retryAt)));
  if (s.clock?.result.done) {
    lines.push(
      t('supportDescClock', [when(s.clock.at), verdictSentence(t, s.clock.result, locale)]),
    );
  }
  if (s.cleanup) {
    lines.push(
      plural(t, 'supportDescCleanupCount', s.cleanup.removedCookies, locale, [when(s.cleanup.at)]),
    );
  }
  if (s.authenticator) {
    const d = s.authenticator.driftSeconds;
    lines.push(
      d === null
        ? t('supportDescTotpNone', when(s.authenticator.at))
        : d === 0
          ? t('supportDescTotpSync', when(s.authenticator.at))
          : plural(t, 'supportDescTotpDrift', Math.abs(d), locale, [when(s.authenticator.at)]),
    );
  }
  // What 2SV Helper told the seller, in the same sentences: blockers and likely causes first.
  // Never where the connection leaves from (a country): that is the seller's to add.
  const told = s.findings.filter(
    (f) =>
      (f.severity === 'blocker' || f.severity === 'likely') &&
      !f.values.some((v) => v.kind === 'country'),
  );
  if (told.length > 0) {
    lines.push('', t('supportDescFindings'));
    for (const f of told) lines.push(`- ${findingText(f, t, locale, timeZone, s.now)}`);
    lines.push('');
  }
  if (s.environment) {
    const { browser, os } = environmentWords(s.environment);
    if (browser && os) lines.push(t('supportDescBrowserOs', [browser, os]));
    else if (browser) lines.push(t('supportDescBrowser', browser));
    else if (os) lines.push(t('supportDescOs', os));
  }
  // A shared login is the cause, whatever the page showed: support should know first.
  if (s.symptom === 'codes-elsewhere') lines.push('', t('supportDescCodesElsewhere'));
  if (s.tried.length > 0) {
    lines.push('', t('supportDescTried'));
    for (const { step, mark } of s.tried) {
      lines.push(`- ${t(markWords[mark], t(steps[step].title))}`);
    }
  }
  lines.push('', t('supportDescAsk'));
  return lines.join('\n');
}
