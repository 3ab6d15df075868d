// @vitest-environment happy-dom
/**
 * The popup's clock section over a stored result from an earlier check: this opening asks for its
 * own check, and until that check's first result the verdict says "checking"; the earlier result
 * shows only as the previous check, with its age.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ClockResult } from './estimate';
import { type ClockState, clockItem } from './state';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
vi.mock('../shared/i18n', () => ({
  t: (key: string, subs?: string | string[]) =>
    subs === undefined ? key : `${key}(${([] as string[]).concat(subs).join('|')})`,
  tn: (key: string, count: number) => `${key}(${count})`,
  uiLanguage: () => ({ lang: 'en', dir: 'ltr' }),
}));

const { ClockSection: Section } = await import('./ClockSection');
const { useClockCheck } = await import('./use-clock-check');

/** The section as the popup mounts it, with this opening's check. */
function ClockSection({ host }: { host: 'sellercentral.amazon.com' }) {
  return <Section check={useClockCheck(host)} />;
}

const host = 'sellercentral.amazon.com';
const result = (verdict: ClockResult['verdict'], skewMs: number, done: boolean): ClockResult => ({
  verdict,
  skewMs,
  uncertaintyMs: 80,
  decidedBy: host,
  sources: [],
  disagreements: [],
  done,
});
const state = (startedAt: number, r: ClockResult | null): ClockState => ({
  host,
  scope: 'all',
  startedAt,
  result: r,
});

const root = () => document.getElementById('root') as HTMLElement;
const $ = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
const verdict = () => $('clock-verdict')?.dataset.verdict;
const settle = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });

let asked: { payload: unknown; answer: (r: ClockResult) => void }[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  asked = [];
  // The background: answers each clock check when the test says so.
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown) =>
      new Promise((answer) => {
        asked.push({ payload: (message as { payload: unknown }).payload, answer });
      }),
  );
  document.body.innerHTML = '<div id="root"></div>';
});
afterEach(() => {
  act(() => render(null, root()));
});

test('an earlier result shows only as the previous check; the verdict waits for this check', async () => {
  // Three minutes ago the clock was 20 s ahead; it has been fixed since.
  const earlier = Date.now() - 3 * 60_000;
  await clockItem(host).set(state(earlier, result('warn', 20_000, true)));
  act(() => render(<ClockSection host={host} />, root()));
  await settle();
  expect(verdict()).toBe('checking');
  expect($('clock-verdict')?.dataset.done).toBe('false');
  expect(asked.map((a) => a.payload)).toEqual([{ host, scope: 'all' }]);
  expect($('clock-previous')?.dataset.verdict).toBe('warn');
  expect($('clock-previous')?.textContent).toMatch(/^clockPrevious\(3 minutes ago\|clockAhead/);

  // The background starts this check: nothing measured yet, still checking.
  await act(() => clockItem(host).set(state(Date.now(), null)));
  expect(verdict()).toBe('checking');
  expect($('clock-previous')).not.toBeNull();

  // Its first result: the verdict, and the earlier one is gone.
  await act(() => clockItem(host).set(state(Date.now(), result('ok', 120, false))));
  expect(verdict()).toBe('ok');
  expect($('clock-verdict')?.dataset.skewMs).toBe('120');
  expect($('clock-previous')).toBeNull();

  await act(async () => asked[0]?.answer(result('ok', 100, true)));
  await settle();
  expect(verdict()).toBe('ok');
});

test('the answer alone is enough when nothing new was written (a check that was just ending)', async () => {
  await clockItem(host).set(state(Date.now() - 1_000, result('warn', 20_000, true)));
  act(() => render(<ClockSection host={host} />, root()));
  await settle();
  expect(verdict()).toBe('checking');
  await act(async () => asked[0]?.answer(result('ok', 50, true)));
  await settle();
  expect(verdict()).toBe('ok');
  expect($('clock-verdict')?.dataset.done).toBe('true');
  expect($('clock-previous')).toBeNull();
});

test('"Check again": the result shown becomes the previous one until the new check answers', async () => {
  act(() => render(<ClockSection host={host} />, root()));
  await settle();
  expect($('clock-previous')).toBeNull();
  await act(() => clockItem(host).set(state(Date.now(), result('bad', 40_000, true))));
  await act(async () => asked[0]?.answer(result('bad', 40_000, true)));
  await settle();
  expect(verdict()).toBe('bad');
  await act(() => {
    (document.querySelector('button') as HTMLButtonElement).click();
  });
  await settle();
  expect(asked).toHaveLength(2);
  expect(verdict()).toBe('checking');
  expect($('clock-previous')?.dataset.verdict).toBe('bad');
  await act(() => clockItem(host).set(state(Date.now() + 5, result('ok', 10, false))));
  expect(verdict()).toBe('ok');
});

test('no background at all: unknown, not "checking" forever', async () => {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  act(() => render(<ClockSection host={host} />, root()));
  await settle();
  expect(verdict()).toBe('unknown');
  expect($('clock-verdict')?.dataset.done).toBe('true');
});
