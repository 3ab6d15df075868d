// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useNow } from './use-now';

function Show({ every }: { every: number }) {
  return <p id="out">{useNow(every)}</p>;
}

const root = () => document.getElementById('root') as HTMLElement;
const out = () => Number(document.getElementById('out')?.textContent);
const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  document.body.innerHTML = '<div id="root"></div>';
});
afterEach(() => {
  act(() => render(null, root()));
  vi.useRealTimers();
});

test('the time at the first render, then a new one every interval', () => {
  act(() => render(<Show every={250} />, root()));
  expect(out()).toBe(1_000_000);
  wait(249);
  expect(out()).toBe(1_000_000);
  wait(1);
  expect(out()).toBe(1_000_250);
  wait(500);
  expect(out()).toBe(1_000_750);
});

test('no timer left once the component is gone', () => {
  act(() => render(<Show every={1_000} />, root()));
  expect(vi.getTimerCount()).toBe(1);
  act(() => render(null, root()));
  expect(vi.getTimerCount()).toBe(0);
});
