/**
 * One job per key at a time: a request for a key whose job is under way joins it (gets the same
 * promise). `after` makes a new job wait for other jobs to end first, whatever their outcome.
 */
export interface SingleFlight<T> {
  /** The job under way for `key`, if any. */
  get(key: string): Promise<T> | undefined;
  run(
    key: string,
    start: () => Promise<T>,
    after?: readonly (Promise<unknown> | undefined)[],
  ): Promise<T>;
}

export function singleFlight<T>(): SingleFlight<T> {
  const jobs = new Map<string, Promise<T>>();
  return {
    get: (key) => jobs.get(key),
    run(key, start, after = []) {
      const running = jobs.get(key);
      if (running) return running;
      const job = Promise.all(after.map((p) => p?.catch(() => {}))).then(start);
      jobs.set(key, job);
      const done = () => {
        if (jobs.get(key) === job) jobs.delete(key);
      };
      job.then(done, done);
      return job;
    },
  };
}
