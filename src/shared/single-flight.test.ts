import { expect, test } from 'vitest';
import { singleFlight } from './single-flight';

/** A job the test ends by hand. */
function held<T>() {
  let resolve: (v: T) => void = () => {};
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test('a second request for a key under way joins the first job', async () => {
  const flight = singleFlight<number>();
  const job = held<number>();
  let starts = 0;
  const start = () => {
    starts++;
    return job.promise;
  };
  const a = flight.run('h', start);
  const b = flight.run('h', start);
  expect(b).toBe(a);
  await tick();
  job.resolve(1);
  expect(await Promise.all([a, b])).toEqual([1, 1]);
  expect(starts).toBe(1);
});

test('once the job ended, the next request starts a new one; other keys never wait', async () => {
  const flight = singleFlight<string>();
  expect(await flight.run('h', async () => 'first')).toBe('first');
  expect(flight.get('h')).toBeUndefined();
  const slow = held<string>();
  const x = flight.run('h', () => slow.promise);
  expect(await flight.run('other', async () => 'other')).toBe('other');
  slow.resolve('second');
  expect(await x).toBe('second');
});

test('a failed job is forgotten too, and its failure reaches every caller', async () => {
  const flight = singleFlight<string>();
  const job = held<string>();
  const a = flight.run('h', () => job.promise);
  const b = flight.run('h', () => job.promise);
  job.reject(new Error('down'));
  await expect(a).rejects.toThrow('down');
  await expect(b).rejects.toThrow('down');
  expect(await flight.run('h', async () => 'again')).toBe('again');
});

test('`after`: a job starts only once those end, even when they fail', async () => {
  const flight = singleFlight<string>();
  const first = held<string>();
  const running = flight.run('h a', () => first.promise);
  let started = false;
  const next = flight.run('h b', async () => {
    started = true;
    return 'b';
  }, [flight.get('h a'), undefined]);
  await tick();
  expect(started).toBe(false);
  // Joining the waiting job, not starting a third.
  expect(flight.run('h b', async () => 'never')).toBe(next);
  first.reject(new Error('cut short'));
  await expect(running).rejects.toThrow('cut short');
  expect(await next).toBe('b');
});
