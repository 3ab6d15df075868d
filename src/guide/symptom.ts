/** The symptom to open the guide on: the seller's pick, or what the sign-in page showed. Pure. */
import type { Method, PageState } from '../detect/classify';
import { type Symptom, situationOf } from '../shared/situations';

/** The page's symptom, from the situation table; with no page, where most sellers are. */
export function symptomFromPage(
  page: { state: PageState; method: Method } | null | undefined,
): Symptom {
  return page ? situationOf({ ...page, destination: null }).symptom : 'not-received';
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
