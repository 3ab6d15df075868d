import { fakeBrowser } from '@webext-core/fake-browser';
import { expect, test, vi } from 'vitest';
import { emptyGuideState, guideItem, markStep, parseGuideState, triedSteps } from './guide-state';
import { type StepId, steps } from './steps';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

test.each([
  ['missing', undefined, emptyGuideState()],
  ['null', null, emptyGuideState()],
  ['a string', 'done', emptyGuideState()],
  ['an array', ['clock'], emptyGuideState()],
  ['a newer version', { version: 2, symptom: 'locked-out', marks: {} }, emptyGuideState()],
  [
    'a current record',
    { version: 1, symptom: 'locked-out', symptomAt: 5, marks: { clock: { mark: 'done', at: 9 } } },
    { version: 1, symptom: 'locked-out', symptomAt: 5, marks: { clock: { mark: 'done', at: 9 } } },
  ],
  [
    'no version (read as the first), bare marks kept with an unknown time',
    { marks: { clock: 'no-help', wait: 'done' } },
    {
      ...emptyGuideState(),
      marks: { clock: { mark: 'no-help', at: 0 }, wait: { mark: 'done', at: 0 } },
    },
  ],
  [
    'unknown steps and marks dropped, known ones kept',
    {
      version: 1,
      marks: {
        'delete-account': { mark: 'done', at: 1 },
        clock: { mark: 'maybe' },
        wait: { mark: 'done', at: 'x' },
      },
    },
    { ...emptyGuideState(), marks: { wait: { mark: 'done', at: 0 } } },
  ],
  [
    'an unknown symptom dropped',
    { version: 1, symptom: 'hacked', symptomAt: 3, marks: {} },
    emptyGuideState(),
  ],
  ['marks that are an array', { version: 1, marks: ['clock'] }, emptyGuideState()],
  [
    'prototype keys are not steps',
    JSON.parse('{"marks":{"__proto__":{"mark":"done","at":1},"constructor":"done"}}'),
    emptyGuideState(),
  ],
])('%s', (_case, raw, expected) => {
  expect(parseGuideState(raw)).toEqual(expected);
});

test('marking and clearing a step', () => {
  const marked = markStep(emptyGuideState(), 'clock', 'no-help', 42);
  expect(marked.marks).toEqual({ clock: { mark: 'no-help', at: 42 } });
  expect(markStep(marked, 'clock', null, 50).marks).toEqual({});
  // The stored shape reads back as itself.
  expect(parseGuideState(JSON.parse(JSON.stringify(marked)))).toEqual(marked);
});

test('a guide with every step marked is small (storage.local quota: 10 MB in Chrome)', () => {
  let state = emptyGuideState();
  for (const id of Object.keys(steps) as StepId[])
    state = markStep(state, id, 'no-help', Date.now());
  expect(JSON.stringify(state).length).toBeLessThan(2_000);
});

test('the steps tried, in the order they were marked', () => {
  let state = markStep(emptyGuideState(), 'wait', 'done', 30);
  state = markStep(state, 'clock', 'no-help', 10);
  expect(triedSteps(state)).toEqual([
    { step: 'clock', mark: 'no-help', at: 10 },
    { step: 'wait', mark: 'done', at: 30 },
  ]);
  expect(triedSteps(emptyGuideState())).toEqual([]);
});

test('kept in storage.local per marketplace; a corrupted one loads as an empty guide', async () => {
  fakeBrowser.reset();
  const host = 'sellercentral.amazon.de';
  const marked = markStep(emptyGuideState(), 'clock', 'done', 7);
  await guideItem(host).set(marked);
  expect(await fakeBrowser.storage.local.get(null)).toEqual({ [`guide:${host}`]: marked });
  await fakeBrowser.storage.local.set({ [`guide:${host}`]: ['garbage'] });
  expect(await guideItem(host).get()).toEqual(emptyGuideState());
});
