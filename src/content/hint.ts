/**
 * What the banner says for each page state: a message key, its substitutions and the popup
 * section its button opens. Pure, so every state is covered by a table test.
 */
import type { Classification, PageState } from '../detect/classify';
import type { MessageKey } from '../shared/i18n';
import type { Section } from '../shared/sections';

export interface Hint {
  key: MessageKey;
  substitutions: string[];
  section: Section;
  /** Code entry and wrong code: a wrong clock is a cause here, so the banner checks it. */
  clock: boolean;
}

const clockStates: readonly PageState[] = ['otp-sms', 'otp-voice', 'otp-app', 'code-rejected'];

type Rule = { key: MessageKey; withDestination?: MessageKey; section: Section };

const rules = {
  'otp-sms': { key: 'hintOtpSms', withDestination: 'hintOtpSmsTo', section: 'guide' },
  'otp-voice': { key: 'hintOtpVoice', withDestination: 'hintOtpVoiceTo', section: 'guide' },
  'otp-app': { key: 'hintOtpApp', section: 'clock' },
  'choose-device': { key: 'hintChooseDevice', section: 'guide' },
  'code-rejected': { key: 'hintCodeRejected', section: 'clock' },
  'otp-limit': { key: 'hintOtpLimit', section: 'guide' },
  'cvf-code': { key: 'hintCvfCode', withDestination: 'hintCvfCodeTo', section: 'guide' },
  approval: { key: 'hintApproval', section: 'guide' },
  captcha: { key: 'hintCaptcha', section: 'guide' },
} as const satisfies Record<PageState, Rule>;

export function hintFor(page: Pick<Classification, 'state' | 'destination'>): Hint {
  const rule: Rule = rules[page.state];
  if (rule.withDestination && page.destination) {
    return {
      key: rule.withDestination,
      substitutions: [page.destination],
      section: rule.section,
      clock: clockStates.includes(page.state),
    };
  }
  return {
    key: rule.key,
    substitutions: [],
    section: rule.section,
    clock: clockStates.includes(page.state),
  };
}

/** Wrong code, too many codes, the cvf code page: stale Seller Central cookies are a known cause. */
const cleanupStates: readonly PageState[] = ['code-rejected', 'otp-limit', 'cvf-code'];

export function offersCleanup(state: PageState): boolean {
  return cleanupStates.includes(state);
}
