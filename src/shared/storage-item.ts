/**
 * Typed items of extension storage, after fregante's webext-storage-cache and webext-options-sync:
 * each item is declared once, beside the parser of its data, with its area, key and default. What
 * is read is always parsed, so a missing, corrupted or older value loads as the default and never
 * crashes; what is written is parsed too, so storage holds only what a read accepts.
 * The only module that touches extension storage.
 */
import browser, { type Storage } from 'webextension-polyfill';

export type StorageAreaName = 'local' | 'session';

export interface ItemSpec<T> {
  area: StorageAreaName;
  key: string;
  /** What a stored value means: null (or a throw) for anything that is not one. */
  parse: (raw: unknown) => T | null;
  default: T;
}

export interface Item<T> {
  readonly area: StorageAreaName;
  readonly key: string;
  readonly default: T;
  get(): Promise<T>;
  /** Writes the value as parsed; a value that parses to null removes the key. */
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls `onChange` with the new value (the default once removed); returns what stops it. */
  watch(onChange: (value: T) => void): () => void;
}

export function item<T>(spec: ItemSpec<T>): Item<T> {
  const { area, key } = spec;
  const read = (raw: unknown): T => {
    try {
      return spec.parse(raw) ?? spec.default;
    } catch {
      return spec.default;
    }
  };
  const storage = () => browser.storage[area];
  return {
    area,
    key,
    default: spec.default,
    async get() {
      const got = await storage().get(key);
      return read(got[key]);
    },
    async set(value) {
      const parsed = read(value);
      if (parsed === null || parsed === undefined) await storage().remove(key);
      else await storage().set({ [key]: parsed });
    },
    async remove() {
      await storage().remove(key);
    },
    watch(onChange) {
      const listener = (changes: Record<string, Storage.StorageChange>) => {
        if (Object.hasOwn(changes, key)) onChange(read(changes[key]?.newValue));
      };
      storage().onChanged.addListener(listener);
      return () => storage().onChanged.removeListener(listener);
    },
  };
}

/** Items of one shape under one key per argument (a host, a tab id). */
export function itemFamily<A, T>(
  spec: Omit<ItemSpec<T>, 'key'> & { key: (arg: A) => string },
): (arg: A) => Item<T> {
  return (arg) => item({ ...spec, key: spec.key(arg) });
}
