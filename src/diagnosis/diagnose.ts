/**
 * The diagnosis: from everything the extension knows without asking the seller, what is most
 * likely wrong and the one next step, ranked (PRODUCT.md "Diagnosis"). Pure: the facts and `now`
 * are passed in; the popup renders the findings and the support description is written from them.
 *
 * Which clock matters depends on where the code comes from: a text or a call depends on no clock
 * the seller owns; an app on the phone on the phone's clock; an app on this computer (a browser
 * extension, a desktop app, a password manager) on this computer's clock.
 */
import type { ClockResult } from '../clock/estimate';
import type { Method, PageState } from '../detect/classify';
import type { NetworkLocation } from '../network/network-location';
import type { MessageKey } from '../shared/i18n';
import {
  type FindingAction,
  type FindingCase,
  type FindingId,
  type FindingSeverity,
  findingIds,
  findingSeverities,
  findings,
} from '../shared/situations';
import type { PhoneClock } from './phone-clock';

/** What the sign-in page showed, as the banner recorded it (this tab, else the last one seen). */
export interface PageFacts {
  state: PageState;
  method: Method;
  destination: string | null;
  /** When the page was seen (ms). */
  at: number;
  /** From when Amazon lets the seller try again, if the page said (ms). */
  retryAt: number | null;
  /** The last code request seen in that tab's sign-in (ms). */
  latestRequestAt: number | null;
  rememberDevice: 'unchecked' | 'checked' | null;
  privateWindow: boolean;
}

export interface DiagnosisFacts {
  page: PageFacts | null;
  /** This open's clock check: null until its first result. */
  clock: ClockResult | null;
  cleanup: { at: number; removedCookies: number } | null;
  /** The authenticator check's answer, if one was made: seconds the app was off, null no match. */
  authenticator: { driftSeconds: number | null; at: number } | null;
  phone: { result: PhoneClock | null; taps: number } | null;
  /** Where the connection seems to leave from, when that is news (this open's clock check). */
  network: NetworkLocation | null;
  /** The browser holds a Seller Central session for the host (support/signed-in.ts); unknown: no. */
  signedIn?: boolean;
}

/** A value for a finding's words, formatted by the reader in its own language and time zone. */
export type FindingValue =
  | { kind: 'digits'; text: string }
  | { kind: 'time'; ms: number }
  | { kind: 'duration'; ms: number }
  /** This computer's clock as the clock check says it: "… is 1 min 35 s ahead (±0.1 s)." */
  | { kind: 'clock'; skewMs: number; uncertaintyMs: number }
  /** The phone's offset folded into ±15 s, said both ways ("7 s behind, or 23 s ahead"). */
  | { kind: 'fold'; ms: number }
  /** A country (ISO 3166 code), said by its name in the reader's language. */
  | { kind: 'country'; code: string };

export interface Finding {
  id: FindingId;
  severity: FindingSeverity;
  /** 1 is the next step. */
  rank: number;
  words: MessageKey;
  values: FindingValue[];
  action: FindingAction;
  actionLabel: MessageKey | null;
}

export interface Diagnosis {
  findings: Finding[];
  /**
   * Every automatic check has answered (the test contract's `data-done`): the clock check's first
   * result is an answer; its refinement may still move the figure after.
   */
  done: boolean;
}

type Draft = Omit<Finding, 'rank' | 'action' | 'actionLabel'>;

function finding<I extends FindingId>(
  id: I,
  severity: FindingSeverity,
  wordsCase: FindingCase<I>,
  values: FindingValue[] = [],
): Draft {
  const words = findings[id].words as Record<PropertyKey, MessageKey>;
  const key = words[wordsCase];
  if (!key) throw new Error(`no words for ${id} ${String(wordsCase)}`);
  return { id, severity, words: key, values };
}

/** Clocks within this of the reference cannot be why a code is refused (PRODUCT.md verdicts). */
const closeEnoughMs = 5_000;

const codeStates: readonly PageState[] = [
  'otp-sms',
  'otp-voice',
  'otp-app',
  'otp-unknown',
  'code-rejected',
  'code-expired',
];

/** The findings the page itself gives: the blockers, and what this step needs. */
function fromPage(page: PageFacts, now: number): Draft[] {
  const until: FindingValue[] =
    page.retryAt !== null && page.retryAt > now ? [{ kind: 'time', ms: page.retryAt }] : [];
  const out: Draft[] = [];
  // A state that is a finding by itself is the finding of the same name.
  switch (page.state) {
    case 'cookies-blocked':
    case 'no-account':
      out.push(finding(page.state, 'blocker', 'default'));
      break;
    case 'signin-blocked':
    case 'otp-limit':
      out.push(finding(page.state, 'blocker', until.length ? 'until' : 'default', until));
      break;
    case 'captcha':
    case 'code-expired':
    case 'cvf-code':
    case 'approval':
      out.push(finding(page.state, 'likely', 'default'));
      break;
    // Not a cause: what the page is, and where to report it.
    case 'unknown-step':
      out.push(finding(page.state, 'check', 'default'));
      break;
    case 'code-rejected':
      out.push(
        finding(
          'code-rejected',
          'likely',
          page.method === 'app' ? 'app' : page.method === 'unknown' ? 'unknown' : 'text',
        ),
      );
      break;
    case 'otp-sms':
    case 'otp-voice':
    case 'otp-app':
    case 'otp-unknown':
    case 'choose-device':
      break;
    default:
      page.state satisfies never;
  }
  const textCode = page.method === 'sms' || page.method === 'voice';
  if (textCode && (codeStates.includes(page.state) || page.state === 'choose-device')) {
    const digits: FindingValue[] = page.destination
      ? [{ kind: 'digits', text: page.destination }]
      : [];
    out.push(finding('sms-delivery', 'check', page.method === 'voice' ? 'voice' : 'sms', digits));
  }
  // Each new code cancels the one before: after a refusal this is the likeliest slip.
  if (
    page.latestRequestAt !== null &&
    page.method !== 'app' &&
    (codeStates.includes(page.state) || page.state === 'cvf-code' || page.state === 'unknown-step')
  ) {
    out.push(
      finding('newest-code', page.state === 'code-rejected' ? 'likely' : 'check', 'default', [
        { kind: 'time', ms: page.latestRequestAt },
      ]),
    );
  }
  if (page.rememberDevice === 'unchecked') {
    out.push(finding('remember-device', 'check', 'default'));
  }
  if (page.privateWindow) out.push(finding('private-window', 'check', 'default'));
  // No way to get any code (lost phone, new number, deleted app): 2SV account recovery.
  if (
    codeStates.includes(page.state) ||
    page.state === 'choose-device' ||
    page.state === 'otp-limit'
  ) {
    out.push(finding('recovery', 'check', 'default'));
  }
  return out;
}

/** Whether the code may come from an authenticator app, for all the page tells. */
const mayBeApp = (page: PageFacts | null) =>
  !page || page.method === 'app' || page.method === 'unknown';

function computerClock(page: PageFacts | null, clock: ClockResult): Draft {
  if (clock.skewMs === null || clock.verdict === 'unknown') {
    return finding('computer-clock', 'check', 'unknown');
  }
  const off = clock.verdict === 'warn' || clock.verdict === 'bad';
  if (!off) return finding('computer-clock', 'ok', 'ok');
  const values: FindingValue[] = [
    { kind: 'clock', skewMs: clock.skewMs, uncertaintyMs: clock.uncertaintyMs ?? 0 },
  ];
  if (page?.method === 'app') return finding('computer-clock', 'likely', 'offApp', values);
  if (page?.method === 'sms' || page?.method === 'voice') {
    // A text or a call depends on no clock the seller owns: a side note, not the cause.
    return finding('computer-clock', 'check', 'offText', values);
  }
  return finding('computer-clock', 'likely', 'offUnknown', values);
}

function phoneClockFinding(
  page: PageFacts | null,
  phone: DiagnosisFacts['phone'],
  computerOk: boolean,
): Draft | null {
  if (!mayBeApp(page)) return null;
  const result = phone?.result;
  if (result) {
    const values: FindingValue[] = [{ kind: 'fold', ms: result.offsetMs }];
    return Math.abs(result.offsetMs) >= closeEnoughMs
      ? finding('phone-clock', 'likely', 'off', values)
      : finding('phone-clock', 'ok', 'close', values);
  }
  if (phone && phone.taps > 0) return finding('phone-clock', 'check', 'waiting');
  // A refused app code with a right computer clock: the phone's clock is the next suspect.
  const refused = page?.state === 'code-rejected' && page.method === 'app';
  return finding('phone-clock', refused && computerOk ? 'likely' : 'check', 'check');
}

function authenticatorFinding(a: NonNullable<DiagnosisFacts['authenticator']>): Draft {
  if (a.driftSeconds === null) return finding('authenticator', 'likely', 'none');
  if (a.driftSeconds === 0) return finding('authenticator', 'ok', 'sync');
  const values: FindingValue[] = [{ kind: 'duration', ms: Math.abs(a.driftSeconds) * 1000 }];
  return finding('authenticator', 'likely', a.driftSeconds < 0 ? 'behind' : 'ahead', values);
}

const severityOrder = (s: FindingSeverity) => findingSeverities.indexOf(s);
const idOrder = (id: FindingId) => findingIds.indexOf(id);

export function diagnose(facts: DiagnosisFacts, now: number): Diagnosis {
  const { page, clock } = facts;
  const drafts: Draft[] = page
    ? fromPage(page, now)
    : [
        facts.signedIn
          ? finding('no-page', 'ok', 'signed-in')
          : finding('no-page', 'check', 'default'),
      ];
  const clockAnswered = clock !== null && (clock.skewMs !== null || clock.done);
  if (clock && clockAnswered) drafts.push(computerClock(page, clock));
  const computerOk = clock?.verdict === 'ok';
  const phone = phoneClockFinding(page, facts.phone, computerOk);
  if (phone) drafts.push(phone);
  if (facts.authenticator) drafts.push(authenticatorFinding(facts.authenticator));
  // A check, not a cause: a traveller may simply be where the trace says.
  if (facts.network?.case === 'elsewhere') {
    const values: FindingValue[] = [{ kind: 'country', code: facts.network.country }];
    drafts.push(finding('network-location', 'check', 'elsewhere', values));
  } else if (facts.network?.case === 'warp') {
    drafts.push(finding('network-location', 'check', 'warp'));
  }
  if (facts.cleanup) {
    drafts.push(finding('cleanup-done', 'ok', 'default', [{ kind: 'time', ms: facts.cleanup.at }]));
  }
  const ranked = drafts
    .sort(
      (a, b) =>
        severityOrder(a.severity) - severityOrder(b.severity) || idOrder(a.id) - idOrder(b.id),
    )
    .map((d, i): Finding => {
      const entry = findings[d.id];
      return {
        ...d,
        rank: i + 1,
        action: entry.action,
        actionLabel: 'actionLabel' in entry ? entry.actionLabel : null,
      };
    });
  return { findings: ranked, done: clockAnswered };
}
