/**
 * The troubleshooting steps per symptom, first written from a sellers' troubleshooting guide: its
 * causes became the symptoms, its remedies the steps. Steps the extension can do itself name an
 * `action` the popup runs or links to.
 */
import type { MessageKey } from '../shared/i18n';
import type { Symptom } from '../shared/situations';

/** What the extension can do for a step: the popup section it runs in, or Amazon's help page. */
export type StepAction = 'clock-check' | 'cleanup' | 'recovery-help' | 'user-permissions';

export interface Step {
  title: MessageKey;
  body: MessageKey;
  action?: StepAction;
  /** The step shows the detected browser and OS (the "updates" step). */
  showsEnvironment?: true;
}

/** A step whose words are the messages `guideStep<name>Title` and `guideStep<name>Body`. */
const step = <const N extends string, const E extends Omit<Step, 'title' | 'body'>>(
  name: N,
  extras?: E,
) => ({
  title: `guideStep${name}Title` as const,
  body: `guideStep${name}Body` as const,
  ...extras,
});

export const steps = {
  'phone-signal': step('PhoneSignal'),
  'number-on-file': step('Number'),
  'carrier-delay': step('Carrier'),
  'backup-method': step('Backup'),
  clock: step('Clock', { action: 'clock-check' }),
  'phone-time': step('PhoneTime'),
  'app-sync': step('AppSync'),
  'reinstall-app': step('Reinstall'),
  'newest-code': step('Newest'),
  'type-in-time': step('InTime'),
  'which-entry': step('Entry'),
  wait: step('Wait'),
  'login-settings': step('Settings'),
  'sign-out-in': step('SignOut'),
  updates: step('Updates', { showsEnvironment: true }),
  'cache-cookies': step('Cleanup', { action: 'cleanup' }),
  'contact-support': step('Support'),
  'ask-new-code': step('NewCode'),
  'stop-trying': step('Stop'),
  'known-device': step('KnownDevice'),
  // Seller Support cannot lift 2SV; without any code, recovery is the way (PRODUCT.md).
  'account-recovery': step('Recovery', { action: 'recovery-help' }),
  'no-new-account': step('NoNewAccount'),
  'find-email': step('FindEmail'),
  'allow-cookies': step('AllowCookies'),
  // A shared login: the owner gives each person their own login (link and message to copy).
  'user-permissions': step('UserPermissions', { action: 'user-permissions' }),
} as const satisfies Record<string, Step>;

export type StepId = keyof typeof steps;

export const isStepId = (v: unknown): v is StepId =>
  typeof v === 'string' && Object.hasOwn(steps, v);

/** The guide's general steps, after the symptom's own ones; contacting support comes last. */
const general = [
  'login-settings',
  'sign-out-in',
  'updates',
  'cache-cookies',
  'contact-support',
] as const;

/**
 * Where Amazon stops the sign-in itself (too many codes, blocked, no account, no cookies), the
 * general steps would do harm or nothing: more sign-in tries, or a cookie cleanup that makes the
 * browser look new to Amazon. Those symptoms list only what helps.
 */
export const stepsBySymptom = {
  'not-received': [
    'phone-signal',
    'number-on-file',
    'carrier-delay',
    'backup-method',
    'account-recovery',
    ...general,
  ],
  'app-refused': ['clock', 'phone-time', 'app-sync', 'which-entry', 'reinstall-app', ...general],
  'code-refused': ['newest-code', 'type-in-time', 'clock', 'which-entry', ...general],
  'code-expired': [
    'ask-new-code',
    'type-in-time',
    'newest-code',
    'carrier-delay',
    'contact-support',
  ],
  'locked-out': ['wait', 'backup-method', 'account-recovery', 'contact-support'],
  'signin-blocked': ['stop-trying', 'wait', 'known-device', 'account-recovery', 'contact-support'],
  'no-account': ['no-new-account', 'find-email', 'contact-support'],
  'cookies-blocked': ['allow-cookies', 'contact-support'],
  // Seller Support cannot lift Two-Step Verification: recovery is the end of this road.
  'no-code': ['backup-method', 'account-recovery'],
  // Only the owner can fix a shared login; Seller Support if the owner cannot be reached.
  'codes-elsewhere': ['user-permissions', 'contact-support'],
} as const satisfies Record<Symptom, readonly StepId[]>;

/** The picker's words for each symptom. */
export const symptomText = {
  'not-received': 'guideSymptomNotReceived',
  'app-refused': 'guideSymptomAppRefused',
  'code-refused': 'guideSymptomCodeRefused',
  'code-expired': 'guideSymptomCodeExpired',
  'locked-out': 'guideSymptomLockedOut',
  'signin-blocked': 'guideSymptomSigninBlocked',
  'no-account': 'guideSymptomNoAccount',
  'cookies-blocked': 'guideSymptomCookiesBlocked',
  'no-code': 'guideSymptomNoCode',
  'codes-elsewhere': 'guideSymptomCodesElsewhere',
} as const satisfies Record<Symptom, MessageKey>;

/** Prevention, shown under every symptom (the guide's "Preventive Measures"). */
export const prevention = [
  'guidePreventBackupCodes',
  'guidePreventSecondMethod',
  'guidePreventDevices',
] as const satisfies readonly MessageKey[];
