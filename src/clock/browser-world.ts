/**
 * The real world the clock check runs in: the browser's fetch, wall clock and timers. Kept apart
 * so everything else in `src/clock` can be tested without a network or real time.
 */
import type { FetchLike, Now, Sleep } from './probe';

const sleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

export const browserWorld = {
  // Called through globalThis: a detached `fetch` throws "Illegal invocation" in Chrome.
  fetch: ((url, init) => globalThis.fetch(url, init)) satisfies FetchLike,
  // Date.now and not performance.now: the wall clock is the one that makes the codes.
  now: (() => Date.now()) satisfies Now,
  sleep,
  online: (): boolean => globalThis.navigator?.onLine !== false,
} as const;
