/**
 * The troubleshooting steps per symptom, from the guide in PRODUCT.md's reference
 * (`reference/seed-troubleshooting-guide.txt`): its causes become the symptoms, its remedies the
 * steps. Steps the extension can do itself name an `action` the popup runs or links to.
 */
import type { MessageKey } from '../shared/i18n';
import type { Symptom } from '../shared/situations';

/** What the extension can do for a step: the popup section it runs in. */
export type StepAction = 'clock-check' | 'cleanup';

export interface Step {
  title: MessageKey;
  body: MessageKey;
  action?: StepAction;
  /** The step shows the detected browser and OS (the "updates" step). */
  showsEnvironment?: true;
}

export const steps = {
  'phone-signal': { title: 'guideStepPhoneSignalTitle', body: 'guideStepPhoneSignalBody' },
  'number-on-file': { title: 'guideStepNumberTitle', body: 'guideStepNumberBody' },
  'carrier-delay': { title: 'guideStepCarrierTitle', body: 'guideStepCarrierBody' },
  'backup-method': { title: 'guideStepBackupTitle', body: 'guideStepBackupBody' },
  clock: { title: 'guideStepClockTitle', body: 'guideStepClockBody', action: 'clock-check' },
  'phone-time': { title: 'guideStepPhoneTimeTitle', body: 'guideStepPhoneTimeBody' },
  'app-sync': { title: 'guideStepAppSyncTitle', body: 'guideStepAppSyncBody' },
  'reinstall-app': { title: 'guideStepReinstallTitle', body: 'guideStepReinstallBody' },
  'newest-code': { title: 'guideStepNewestTitle', body: 'guideStepNewestBody' },
  'type-in-time': { title: 'guideStepInTimeTitle', body: 'guideStepInTimeBody' },
  'which-entry': { title: 'guideStepEntryTitle', body: 'guideStepEntryBody' },
  wait: { title: 'guideStepWaitTitle', body: 'guideStepWaitBody' },
  'login-settings': { title: 'guideStepSettingsTitle', body: 'guideStepSettingsBody' },
  'sign-out-in': { title: 'guideStepSignOutTitle', body: 'guideStepSignOutBody' },
  updates: { title: 'guideStepUpdatesTitle', body: 'guideStepUpdatesBody', showsEnvironment: true },
  'cache-cookies': {
    title: 'guideStepCleanupTitle',
    body: 'guideStepCleanupBody',
    action: 'cleanup',
  },
  'contact-support': { title: 'guideStepSupportTitle', body: 'guideStepSupportBody' },
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

export const stepsBySymptom = {
  'not-received': ['phone-signal', 'number-on-file', 'carrier-delay', 'backup-method', ...general],
  'app-refused': ['clock', 'phone-time', 'app-sync', 'which-entry', 'reinstall-app', ...general],
  'code-refused': ['newest-code', 'type-in-time', 'clock', 'which-entry', ...general],
  'locked-out': ['wait', 'backup-method', ...general],
} as const satisfies Record<Symptom, readonly StepId[]>;

export const symptomText = {
  'not-received': 'guideSymptomNotReceived',
  'app-refused': 'guideSymptomAppRefused',
  'code-refused': 'guideSymptomCodeRefused',
  'locked-out': 'guideSymptomLockedOut',
} as const satisfies Record<Symptom, MessageKey>;

/** Prevention, shown under every symptom (the guide's "Preventive Measures"). */
export const prevention = [
  'guidePreventBackupCodes',
  'guidePreventSecondMethod',
  'guidePreventDevices',
] as const satisfies readonly MessageKey[];
