/**
 * A storage item in a Preact component: `undefined` while the first read is out, then the stored
 * value, kept current through `item.watch` until unmount. `set` shows the value at once and writes
 * it; its promise tells whether the write went through.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Item } from './storage-item';

export function useItem<T>(item: Item<T>): [T | undefined, (value: T) => Promise<void>] {
  const id = `${item.area} ${item.key}`;
  const [held, setHeld] = useState<{ id: string; value: T } | null>(null);
  // A layout effect: the read starts with the first render, not after the first paint.
  useLayoutEffect(() => {
    // A change seen before the read answers is newer than what the read returns.
    let changed = false;
    let live = true;
    const stop = item.watch((value) => {
      changed = true;
      setHeld({ id, value });
    });
    item.get().then(
      (value) => {
        if (live && !changed) setHeld({ id, value });
      },
      () => {
        if (live && !changed) setHeld({ id, value: item.default });
      },
    );
    return () => {
      live = false;
      stop();
    };
  }, [id]);
  const set = (value: T) => {
    setHeld({ id, value });
    return item.set(value);
  };
  return [held?.id === id ? held.value : undefined, set];
}
