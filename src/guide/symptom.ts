/** The symptom to open the guide on, from what the banner last saw in the tab. Pure. */
import type { Method, PageState } from '../detect/classify';
import type { Symptom } from './steps';

const byState = {
  'otp-sms': 'not-received',
  'otp-voice': 'not-received',
  'otp-app': 'app-refused',
  'choose-device': 'not-received',
  'code-rejected': 'code-refused',
  'otp-limit': 'locked-out',
  'cvf-code': 'not-received',
  approval: 'not-received',
  // A puzzle is not a 2SV problem; the guide starts where most sellers are.
  captcha: 'not-received',
} as const satisfies Record<PageState, Symptom>;

export function symptomFromPage(
  page: { state: PageState; method: Method } | null | undefined,
): Symptom {
  if (!page) return 'not-received';
  // An authenticator code that is refused is most often a clock or app problem, not a typo.
  if (page.state === 'code-rejected' && page.method === 'app') return 'app-refused';
  return byState[page.state];
}

/** The symptom shown: the seller's own pick, unless the sign-in page showed something since. */
export function currentSymptom(
  page: { state: PageState; method: Method; at: number } | null | undefined,
  picked: { symptom: Symptom | null; symptomAt: number },
): { symptom: Symptom; from: 'picked' | 'page' | 'default' } {
  if (picked.symptom && (!page || picked.symptomAt >= page.at)) {
    return { symptom: picked.symptom, from: 'picked' };
  }
  return { symptom: symptomFromPage(page), from: page ? 'page' : 'default' };
}
