/**
 * Jobs of one key run one after another, in the order they came. A tab's record is read, changed
 * and written by two messages (`pageSeen`, `codeRequested`): two at once would lose a change.
 * Only within one worker's life; storage keeps what a finished job wrote.
 */
export function inTurn<K>() {
  const tails = new Map<K, Promise<unknown>>();
  return <T>(key: K, job: () => Promise<T>): Promise<T> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(job);
    const tail = run.catch(() => {});
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
