/**
 * What each sign-in page state means, in one place (ARCHITECTURE.md, "Facts owned once"): how
 * serious it is, the banner's hint, the popup section that helps, the guide's symptom, the words
 * the popup header and the support description use, and what the banner offers. The banner, the
 * popup header, the guide and the support description all read this table; nothing else lists
 * page states. `satisfies` makes a state without an entry fail to compile.
 */
import type { Method, PageState } from '../detect/classify';
import type { MessageKey } from './i18n';
import type { Section } from './sections';

/** The guide's symptoms (the causes in the seed troubleshooting guide and the sign-in journey). */
export const symptoms = [
  'not-received',
  'app-refused',
  'code-refused',
  'code-expired',
  'locked-out',
  'signin-blocked',
  'no-account',
  'cookies-blocked',
  'no-code',
  // A shared login: the codes go to the owner's phone. No page shows it; the seller picks it.
  'codes-elsewhere',
] as const;
export type Symptom = (typeof symptoms)[number];

export const isSymptom = (v: unknown): v is Symptom =>
  typeof v === 'string' && (symptoms as readonly string[]).includes(v);

/**
 * How much a state stands in the seller's way: `blocker` (nothing else helps until it is over),
 * `problem` (the last try failed), `step` (a normal step of the sign-in), `aside` (not a 2SV
 * problem at all). The banner's colour follows it.
 */
export const severities = ['blocker', 'problem', 'step', 'aside'] as const;
export type Severity = (typeof severities)[number];

/** The browser a hint is for, where the way to fix something differs (cookie settings). */
export type Browser = 'chrome' | 'edge' | 'firefox';

/**
 * A clock the seller owns matters only for codes made by an app: a text or a call depends on
 * none (PRODUCT.md, "Diagnosis"). `unknown` is included: the page may be asking for an app code.
 */
const appOrUnknown = ['app', 'unknown'] as const satisfies readonly Method[];

/**
 * A hint; the variant that names the number's last digits; the variants for other browsers than
 * Chrome; `host`: the hint's `$1` is the page's host (what to type into the browser's settings).
 */
type Words = {
  readonly key: MessageKey;
  readonly withDestination?: MessageKey;
  readonly edge?: MessageKey;
  readonly firefox?: MessageKey;
  readonly host?: true;
};

/**
 * The situation table is written in two parts, joined below as `situations`: what the in-page
 * banner reads (`OnPage`) and what only the popup reads (`InPopup`). The content script imports
 * only the first (`bannerSituationOf`): its size budget, e2e/budgets.ts.
 */
interface OnPage {
  readonly severity: Severity;
  readonly hint: Words;
  /** Where the code's method changes what is true to say (a text code has no clock). */
  readonly hintFor?: Partial<Record<Method, Words>>;
  /** The banner's button opens this popup section. */
  readonly section: Section;
  readonly sectionFor?: Partial<Record<Method, Section>>;
  /** The codes for which a wrong clock is a cause here: the banner checks it and offers to. */
  readonly clockFor: readonly Method[];
  /** The banner offers the Seller Central cookie cleanup (stale cookies are a known cause). */
  readonly cleanup: boolean;
  /** The page takes a code that was sent: only the newest one works (not for app codes). */
  readonly newestCode?: true;
}

interface InPopup {
  readonly symptom: Symptom;
  /** Where the code's method changes the symptom. */
  readonly symptomFor?: Partial<Record<Method, Symptom>>;
  /** The state in a few words: "The sign-in page shows: …" (popup header, support description). */
  readonly words: MessageKey;
  /** The page says the last try failed: the support description says when. */
  readonly failed: boolean;
  /**
   * Clearing cookies cannot help and can hurt: Amazon then treats the browser as new and may ask
   * for more verification. Nothing offers the cleanup here, and the popup's cleanup says so.
   */
  readonly cleanupHarms?: true;
}

type Situation = OnPage & InPopup;

const onPage = {
  'otp-sms': {
    severity: 'step',
    hint: { key: 'hintOtpSms', withDestination: 'hintOtpSmsTo' },
    section: 'guide',
    clockFor: [],
    cleanup: false,
    newestCode: true,
  },
  'otp-voice': {
    severity: 'step',
    hint: { key: 'hintOtpVoice', withDestination: 'hintOtpVoiceTo' },
    section: 'guide',
    clockFor: [],
    cleanup: false,
    newestCode: true,
  },
  'otp-app': {
    severity: 'step',
    hint: { key: 'hintOtpApp' },
    section: 'clock',
    clockFor: appOrUnknown,
    cleanup: false,
  },
  // New wording or another language: the page may want any kind of code, so nothing is guessed.
  'otp-unknown': {
    severity: 'step',
    hint: { key: 'hintOtpUnknown' },
    section: 'guide',
    clockFor: appOrUnknown,
    cleanup: false,
    newestCode: true,
  },
  'choose-device': {
    severity: 'step',
    hint: { key: 'hintChooseDevice' },
    section: 'guide',
    clockFor: [],
    cleanup: false,
  },
  'code-rejected': {
    severity: 'problem',
    // The neutral words; a text or a call is refused for being old or mistyped, never for a
    // clock, and an app's code most often for the phone's clock.
    hint: { key: 'hintCodeRejected' },
    hintFor: {
      sms: { key: 'hintCodeRejectedSent' },
      voice: { key: 'hintCodeRejectedSent' },
      app: { key: 'hintCodeRejectedApp' },
    },
    section: 'guide',
    sectionFor: { app: 'clock' },
    clockFor: appOrUnknown,
    cleanup: true,
    newestCode: true,
  },
  'code-expired': {
    severity: 'problem',
    hint: { key: 'hintCodeExpired' },
    // An app's code does not wait to be sent: "expired" there means it was typed too late.
    hintFor: { app: { key: 'hintCodeExpiredApp' } },
    section: 'guide',
    sectionFor: { app: 'clock' },
    clockFor: appOrUnknown,
    cleanup: false,
    newestCode: true,
  },
  'signin-blocked': {
    severity: 'blocker',
    hint: { key: 'hintSigninBlocked' },
    section: 'guide',
    clockFor: [],
    cleanup: false,
  },
  'otp-limit': {
    severity: 'blocker',
    hint: { key: 'hintOtpLimit' },
    section: 'guide',
    clockFor: [],
    cleanup: false,
  },
  // This box takes the code Amazon has just sent by email or text, never the app's.
  'cvf-code': {
    severity: 'step',
    hint: { key: 'hintCvfCode', withDestination: 'hintCvfCodeTo' },
    section: 'guide',
    clockFor: [],
    cleanup: true,
    newestCode: true,
  },
  approval: {
    severity: 'step',
    hint: { key: 'hintApproval' },
    section: 'guide',
    clockFor: [],
    cleanup: false,
  },
  captcha: {
    severity: 'aside',
    hint: { key: 'hintCaptcha' },
    section: 'guide',
    // A puzzle is not a 2SV problem; the guide starts where most sellers are.
    clockFor: [],
    cleanup: false,
  },
  // A new account would not lead to the seller's store; a second one can break Amazon's rules.
  'no-account': {
    severity: 'blocker',
    hint: { key: 'hintNoAccount' },
    section: 'guide',
    clockFor: [],
    cleanup: false,
  },
  // Without cookies no step of the sign-in can succeed; where to allow them depends on the browser.
  'cookies-blocked': {
    severity: 'blocker',
    hint: {
      key: 'hintCookiesBlocked',
      edge: 'hintCookiesBlockedEdge',
      firefox: 'hintCookiesBlockedFirefox',
      host: true,
    },
    section: 'guide',
    clockFor: [],
    cleanup: false,
  },
  // A step that asks for a code but that we do not know: said quietly and honestly, with what
  // holds for any code (the newest only; the clock for an app's), never a guessed method; the
  // button opens Support, where the page outline for a report is made.
  'unknown-step': {
    severity: 'step',
    hint: { key: 'hintUnknownStep' },
    section: 'support',
    clockFor: appOrUnknown,
    cleanup: false,
    newestCode: true,
  },
} as const satisfies Record<PageState, OnPage>;

/**
 * The states that are no step of Two-Step Verification (a robot check, an unknown email, blocked
 * cookies): a tab that only showed these gets no "you're in" card, as nothing of 2SV went wrong.
 * A list beside the table, not a column of it: the sign-in content script, which reads the table,
 * does not carry it (its size budget, e2e/budgets.ts).
 */
export const outsideTwoStep: readonly PageState[] = ['captcha', 'no-account', 'cookies-blocked'];

/** What only the popup reads of each state: the guide's symptom, its words, failure, harm. */
const inPopup = {
  'otp-sms': { symptom: 'not-received', words: 'stateOtpSms', failed: false },
  'otp-voice': { symptom: 'not-received', words: 'stateOtpVoice', failed: false },
  'otp-app': { symptom: 'app-refused', words: 'stateOtpApp', failed: false },
  'otp-unknown': { symptom: 'not-received', words: 'stateOtpUnknown', failed: false },
  'choose-device': { symptom: 'not-received', words: 'stateChooseDevice', failed: false },
  'code-rejected': {
    symptom: 'code-refused',
    symptomFor: { app: 'app-refused' },
    words: 'stateCodeRejected',
    failed: true,
  },
  'code-expired': {
    symptom: 'code-expired',
    symptomFor: { app: 'app-refused' },
    words: 'stateCodeExpired',
    failed: true,
  },
  'signin-blocked': {
    symptom: 'signin-blocked',
    words: 'stateSigninBlocked',
    failed: true,
    cleanupHarms: true,
  },
  'otp-limit': { symptom: 'locked-out', words: 'stateOtpLimit', failed: true, cleanupHarms: true },
  'cvf-code': { symptom: 'not-received', words: 'stateCvfCode', failed: false },
  approval: { symptom: 'not-received', words: 'stateApproval', failed: false },
  // A puzzle is not a 2SV problem; the guide starts where most sellers are.
  captcha: { symptom: 'not-received', words: 'stateCaptcha', failed: false },
  // A new account would not lead to the seller's store; a second one can break Amazon's rules.
  'no-account': {
    symptom: 'no-account',
    words: 'stateNoAccount',
    failed: false,
    cleanupHarms: true,
  },
  'cookies-blocked': { symptom: 'cookies-blocked', words: 'stateCookiesBlocked', failed: false },
  'unknown-step': { symptom: 'not-received', words: 'stateUnknownStep', failed: false },
} as const satisfies Record<PageState, InPopup>;

type Merged = { readonly [S in PageState]: (typeof onPage)[S] & (typeof inPopup)[S] };

/** The situation table: each state's entry, what the banner reads and what the popup reads. */
export const situations: Merged = /* @__PURE__ */ (() => {
  const out: Partial<Record<PageState, Situation>> = {};
  for (const state of Object.keys(onPage) as PageState[]) {
    out[state] = { ...onPage[state], ...inPopup[state] };
  }
  return out as Merged;
})();

/** What the banner shows for a page, resolved for its method, number and browser. */
export interface OnPageResolved {
  severity: Severity;
  hint: { key: MessageKey; substitutions: string[] };
  section: Section;
  /** A wrong clock is a cause here: the banner checks it by itself and offers the check. */
  clock: boolean;
  cleanup: boolean;
  newestCode: boolean;
}

/** What a page as the classifier saw it comes to, resolved for its method and number. */
export interface Resolved extends OnPageResolved {
  symptom: Symptom;
  words: MessageKey;
  failed: boolean;
  cleanupHarms: boolean;
}

/** Where the banner runs; the popup, the guide and support need no browser-specific hint. */
export interface HintWorld {
  browser?: Browser;
  host?: string;
}

type SeenPage = { state: PageState; method: Method; destination: string | null };

/** The banner's part of the table for a page (the content script reads only this part). */
export function bannerSituationOf(
  page: SeenPage,
  { browser = 'chrome', host = '' }: HintWorld = {},
): OnPageResolved {
  const s: OnPage = onPage[page.state];
  const w: Words = s.hintFor?.[page.method] ?? s.hint;
  const hint =
    w.withDestination && page.destination
      ? { key: w.withDestination, substitutions: [page.destination] }
      : { key: (browser === 'chrome' ? w.key : w[browser]) ?? w.key, substitutions: [] };
  if (w.host) hint.substitutions = [host];
  return {
    severity: s.severity,
    hint,
    section: s.sectionFor?.[page.method] ?? s.section,
    clock: s.clockFor.includes(page.method),
    cleanup: s.cleanup,
    newestCode: s.newestCode === true && page.method !== 'app',
  };
}

export function situationOf(page: SeenPage, world: HintWorld = {}): Resolved {
  const s: InPopup = inPopup[page.state];
  return {
    ...bannerSituationOf(page, world),
    symptom: s.symptomFor?.[page.method] ?? s.symptom,
    words: s.words,
    failed: s.failed,
    cleanupHarms: s.cleanupHarms === true,
  };
}

const allHintKeys = (): readonly MessageKey[] => [
  ...new Set(
    Object.values(situations).flatMap((s: Situation) =>
      [s.hint, ...Object.values(s.hintFor ?? {})].flatMap((w) =>
        [w.key, w.withDestination, w.edge, w.firefox].filter(
          (k): k is MessageKey => k !== undefined,
        ),
      ),
    ),
  ),
];

/**
 * Every message key the table can give the banner (the banner's strings in another language).
 * Marked pure: the content script, which never reads it, drops it (e2e/budgets.ts).
 */
export const hintKeys = /* @__PURE__ */ allHintKeys();

/**
 * The diagnosis's findings (PRODUCT.md "Diagnosis", test contract `data-id`), in the order they
 * rank within one severity: what blocks everything first, then what explains this page, then
 * what the seller can check. Each says one thing (its words, chosen by `diagnose` per case) and
 * offers one next step.
 */
export const findingIds = [
  'cookies-blocked',
  'signin-blocked',
  'otp-limit',
  'no-account',
  // Nothing seen yet: opening the sign-in comes before any check of the seller's.
  'no-page',
  'captcha',
  'code-expired',
  'code-rejected',
  'authenticator',
  'computer-clock',
  'phone-clock',
  'newest-code',
  'sms-delivery',
  'cvf-code',
  'approval',
  'unknown-step',
  // The connection seems to leave from another country than the time zone's, or through WARP.
  'network-location',
  'remember-device',
  'private-window',
  'recovery',
  'cleanup-done',
] as const;
export type FindingId = (typeof findingIds)[number];

/** Finding severities, most pressing first (test contract `data-severity`). */
export const findingSeverities = ['blocker', 'likely', 'check', 'ok'] as const;
export type FindingSeverity = (typeof findingSeverities)[number];

/**
 * The one next step: a popup section that does it, a button in the finding itself (the phone
 * clock's tap, the clock check again), an Amazon page, or none (the page itself is the step).
 */
export type FindingAction =
  | { readonly kind: 'section'; readonly section: Section }
  | { readonly kind: 'phone-tap' }
  | { readonly kind: 'link'; readonly link: 'recovery' | 'signInHelp' }
  | { readonly kind: 'none' };

interface FindingEntry {
  /** The words per case; `diagnose` picks one. */
  readonly words: Readonly<Record<string, MessageKey>>;
  readonly action: FindingAction;
  /** The action's label. */
  readonly actionLabel?: MessageKey;
}

export const findings = {
  'cookies-blocked': {
    words: { default: 'findCookiesBlocked' },
    action: { kind: 'section', section: 'guide' },
    actionLabel: 'findActionHowTo',
  },
  'signin-blocked': {
    words: { default: 'findSigninBlocked', until: 'findSigninBlockedUntil' },
    action: { kind: 'link', link: 'recovery' },
    actionLabel: 'findActionRecovery',
  },
  'otp-limit': {
    words: { default: 'findOtpLimit', until: 'findOtpLimitUntil' },
    action: { kind: 'none' },
  },
  'no-account': {
    words: { default: 'findNoAccount' },
    action: { kind: 'section', section: 'guide' },
    actionLabel: 'findActionSteps',
  },
  captcha: { words: { default: 'findCaptcha' }, action: { kind: 'none' } },
  'code-expired': { words: { default: 'findCodeExpired' }, action: { kind: 'none' } },
  'code-rejected': {
    words: {
      text: 'findCodeRejectedText',
      app: 'findCodeRejectedApp',
      unknown: 'findCodeRejectedUnknown',
    },
    action: { kind: 'section', section: 'guide' },
    actionLabel: 'findActionSteps',
  },
  authenticator: {
    words: {
      sync: 'findAuthenticatorSync',
      behind: 'findAuthenticatorBehind',
      ahead: 'findAuthenticatorAhead',
      none: 'findAuthenticatorNone',
    },
    action: { kind: 'section', section: 'authenticator' },
    actionLabel: 'findActionAuthenticator',
  },
  'computer-clock': {
    words: {
      offApp: 'findComputerClockOffApp',
      offText: 'findComputerClockOffText',
      offUnknown: 'findComputerClockOffUnknown',
      ok: 'findComputerClockOk',
      unknown: 'findComputerClockUnknown',
    },
    action: { kind: 'section', section: 'clock' },
    actionLabel: 'findActionClock',
  },
  'phone-clock': {
    words: {
      check: 'findPhoneClockCheck',
      off: 'findPhoneClockOff',
      close: 'findPhoneClockClose',
      waiting: 'findPhoneClockWaiting',
    },
    action: { kind: 'phone-tap' },
    actionLabel: 'findActionPhoneTap',
  },
  'newest-code': { words: { default: 'findNewestCode' }, action: { kind: 'none' } },
  'sms-delivery': {
    words: { sms: 'findSmsDelivery', voice: 'findVoiceDelivery' },
    action: { kind: 'section', section: 'guide' },
    actionLabel: 'findActionSteps',
  },
  'cvf-code': { words: { default: 'findCvfCode' }, action: { kind: 'none' } },
  approval: { words: { default: 'findApproval' }, action: { kind: 'none' } },
  // The page outline under Support is how a new page gets known.
  'unknown-step': {
    words: { default: 'findUnknownStep' },
    action: { kind: 'section', section: 'support' },
    actionLabel: 'findActionOutline',
  },
  'network-location': {
    words: { elsewhere: 'findNetworkElsewhere', warp: 'findNetworkWarp' },
    action: { kind: 'none' },
  },
  'remember-device': { words: { default: 'findRememberDevice' }, action: { kind: 'none' } },
  'private-window': { words: { default: 'findPrivateWindow' }, action: { kind: 'none' } },
  recovery: {
    words: { default: 'findRecovery' },
    action: { kind: 'link', link: 'recovery' },
    actionLabel: 'findActionRecovery',
  },
  // Signed in (a Seller Central session in the browser): opening the sign-in would be wrong advice.
  'no-page': {
    words: { default: 'findNoPage', 'signed-in': 'findNoPageSignedIn' },
    action: { kind: 'none' },
  },
  'cleanup-done': {
    words: { default: 'findCleanupDone' },
    action: { kind: 'section', section: 'cleanup' },
    actionLabel: 'findActionCleanup',
  },
} as const satisfies Record<FindingId, FindingEntry>;

/** The cases a finding's words come in (`findings[id].words`). */
export type FindingCase<I extends FindingId> = keyof (typeof findings)[I]['words'];
