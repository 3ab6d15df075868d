import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { item, itemFamily } from './storage-item';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => fakeBrowser.reset());

/** A small shape with a default that is not null, as settings have. */
const parseCount = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && Number.isInteger((raw as { n?: unknown }).n)
    ? { n: (raw as { n: number }).n }
    : null;
const counter = item({ area: 'local', key: 'counter', parse: parseCount, default: { n: 0 } });

const parseName = (raw: unknown) => (typeof raw === 'string' && raw.length < 10 ? raw : null);
const names = itemFamily({
  area: 'session',
  key: (id: number) => `name:${id}`,
  parse: parseName,
  default: null,
});

describe('reading', () => {
  test.each([
    ['missing', undefined],
    ['null', null],
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['an old shape', { count: 3 }],
    ['a wrong type inside', { n: 'three' }],
  ])('a value stored as %s reads as the default', async (_case, raw) => {
    if (raw !== undefined) await fakeBrowser.storage.local.set({ counter: raw });
    expect(await counter.get()).toEqual({ n: 0 });
  });

  test('a parser that throws reads as the default, never a crash', async () => {
    const fragile = item({
      area: 'local',
      key: 'fragile',
      parse: (raw: unknown) => ({ n: (raw as { deep: { n: number } }).deep.n }),
      default: { n: -1 },
    });
    await fakeBrowser.storage.local.set({ fragile: { other: 1 } });
    expect(await fragile.get()).toEqual({ n: -1 });
  });

  test('a valid value reads as itself, from its own area only', async () => {
    await fakeBrowser.storage.local.set({ counter: { n: 4 } });
    await fakeBrowser.storage.session.set({ counter: { n: 9 } });
    expect(await counter.get()).toEqual({ n: 4 });
  });
});

describe('writing', () => {
  test('set writes the parsed value under the item key alone', async () => {
    await counter.set({ n: 5, extra: 'dropped' } as { n: number });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ counter: { n: 5 } });
  });

  test('a value that parses to nothing removes the key', async () => {
    await names(1).set('ok');
    await names(1).set('far too long a name');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await names(1).get()).toBeNull();
  });

  test('remove forgets the value: it reads as the default again', async () => {
    await counter.set({ n: 2 });
    await counter.remove();
    expect(await counter.get()).toEqual({ n: 0 });
  });
});

describe('a family: one key per argument', () => {
  test('each argument has its own key and value', async () => {
    await names(1).set('one');
    await names(2).set('two');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'name:1': 'one',
      'name:2': 'two',
    });
    await names(1).remove();
    expect(await names(1).get()).toBeNull();
    expect(await names(2).get()).toBe('two');
    expect(names(3).key).toBe('name:3');
    expect(names(3).area).toBe('session');
  });
});

describe('watching', () => {
  test('gets each new value of its own key, parsed, and nothing after stop', async () => {
    const seen: unknown[] = [];
    const stop = counter.watch((v) => seen.push(v));
    await counter.set({ n: 1 });
    await fakeBrowser.storage.local.set({ other: 5 });
    await fakeBrowser.storage.session.set({ counter: { n: 7 } });
    await fakeBrowser.storage.local.set({ counter: 'corrupted' });
    await counter.remove();
    stop();
    await counter.set({ n: 3 });
    expect(seen).toEqual([{ n: 1 }, { n: 0 }, { n: 0 }]);
  });

  test('two watchers stop independently', async () => {
    const a: unknown[] = [];
    const b: unknown[] = [];
    const stopA = names(1).watch((v) => a.push(v));
    const stopB = names(1).watch((v) => b.push(v));
    await names(1).set('x');
    stopA();
    await names(1).set('y');
    stopB();
    await names(1).set('z');
    expect(a).toEqual(['x']);
    expect(b).toEqual(['x', 'y']);
  });
});
