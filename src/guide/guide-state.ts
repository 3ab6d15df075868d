/**
 * What the seller did in the guide for one marketplace, kept in `storage.local` (one key per host)
 * so it survives closing the popup and restarting the browser. Anything read back is normalised:
 * a missing, corrupted or older record loads as an empty guide, never a crash.
 */
import { isSymptom, type Symptom } from '../shared/situations';
import { itemFamily } from '../shared/storage-item';
import { isStepId, type StepId } from './steps';

export const marks = ['done', 'no-help'] as const;
export type Mark = (typeof marks)[number];

export interface StepMark {
  mark: Mark;
  /** When the seller marked it (ms since epoch). */
  at: number;
}

export interface GuideState {
  version: 1;
  /** The symptom the seller picked; null: follow what the page shows. */
  symptom: Symptom | null;
  /** When they picked it: a page seen later wins over the choice. */
  symptomAt: number;
  marks: Partial<Record<StepId, StepMark>>;
}

export const emptyGuideState = (): GuideState => ({
  version: 1,
  symptom: null,
  symptomAt: 0,
  marks: {},
});

const isMark = (v: unknown): v is Mark =>
  typeof v === 'string' && (marks as readonly string[]).includes(v);

function parseMark(raw: unknown): StepMark | null {
  // A bare mark (`"done"`) is read with an unknown time rather than dropped.
  if (isMark(raw)) return { mark: raw, at: 0 };
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!isMark(r.mark)) return null;
  return { mark: r.mark, at: typeof r.at === 'number' && Number.isFinite(r.at) ? r.at : 0 };
}

export function parseGuideState(raw: unknown): GuideState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return emptyGuideState();
  const r = raw as Record<string, unknown>;
  // A record from a newer version than this code knows is not guessed at.
  if (r.version !== undefined && r.version !== 1) return emptyGuideState();
  const state = emptyGuideState();
  if (isSymptom(r.symptom)) {
    state.symptom = r.symptom;
    state.symptomAt =
      typeof r.symptomAt === 'number' && Number.isFinite(r.symptomAt) ? r.symptomAt : 0;
  }
  if (typeof r.marks === 'object' && r.marks !== null && !Array.isArray(r.marks)) {
    for (const [id, value] of Object.entries(r.marks)) {
      const mark = parseMark(value);
      // Steps renamed or removed since are dropped rather than shown under a wrong title.
      if (isStepId(id) && mark) state.marks[id] = mark;
    }
  }
  return state;
}

export const guideItem = itemFamily({
  area: 'local',
  key: (host: string) => `guide:${host}`,
  parse: parseGuideState,
  default: emptyGuideState(),
});

/** The state after the seller marks a step (or clears it with `null`). */
export function markStep(
  state: GuideState,
  id: StepId,
  mark: Mark | null,
  now: number,
): GuideState {
  const next = { ...state.marks };
  if (mark === null) delete next[id];
  else next[id] = { mark, at: now };
  return { ...state, marks: next };
}

/** The marked steps in the order they were marked, for the support description. */
export function triedSteps(state: GuideState): { step: StepId; mark: Mark; at: number }[] {
  return (Object.entries(state.marks) as [StepId, StepMark | undefined][])
    .flatMap(([step, m]) => (m ? [{ step, mark: m.mark, at: m.at }] : []))
    .sort((a, b) => a.at - b.at);
}
