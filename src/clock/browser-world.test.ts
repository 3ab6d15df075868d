import { afterEach, expect, test, vi } from 'vitest';
import { browserWorld } from './browser-world';

afterEach(() => {
  vi.useRealTimers();
});

test('sleep waits, and an abort ends it early without an error', async () => {
  vi.useFakeTimers();
  let slept = false;
  const sleeping = browserWorld.sleep(1_000).then(() => {
    slept = true;
  });
  await vi.advanceTimersByTimeAsync(999);
  expect(slept).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  await sleeping;
  expect(slept).toBe(true);

  const ctl = new AbortController();
  const cut = browserWorld.sleep(60_000, ctl.signal);
  ctl.abort();
  await expect(cut).resolves.toBeUndefined();
  expect(vi.getTimerCount()).toBe(0);
  await expect(browserWorld.sleep(60_000, ctl.signal)).resolves.toBeUndefined();
});

test('online unless the navigator says offline; no navigator counts as online', () => {
  vi.stubGlobal('navigator', undefined);
  expect(browserWorld.online()).toBe(true);
  vi.stubGlobal('navigator', { onLine: false });
  expect(browserWorld.online()).toBe(false);
  vi.stubGlobal('navigator', { onLine: true });
  expect(browserWorld.online()).toBe(true);
  vi.unstubAllGlobals();
});
