// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { item, itemFamily } from './storage-item';
import { useItem } from './use-item';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const parseWord = (raw: unknown) => (typeof raw === 'string' ? raw : null);
const word = item({ area: 'local', key: 'word', parse: parseWord, default: 'none' });
const words = itemFamily({
  area: 'session',
  key: (n: number) => `word:${n}`,
  parse: parseWord,
  default: 'none',
});

let setWord: ((value: string) => Promise<void>) | null = null;
function Show({ n }: { n?: number }) {
  const [value, set] = useItem(n === undefined ? word : words(n));
  setWord = set;
  return <p id="out">{value === undefined ? 'loading' : value}</p>;
}

const root = () => document.getElementById('root') as HTMLElement;
const out = () => document.getElementById('out')?.textContent;
/** Lets storage promises and the renders they cause settle. */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="root"></div>';
});
afterEach(() => {
  act(() => render(null, root()));
});

test('undefined while loading, then the stored value', async () => {
  await fakeBrowser.storage.local.set({ word: 'hello' });
  act(() => render(<Show />, root()));
  expect(out()).toBe('loading');
  await settle();
  expect(out()).toBe('hello');
});

test('nothing stored, or something corrupted: the default', async () => {
  await fakeBrowser.storage.local.set({ word: 42 });
  act(() => render(<Show />, root()));
  await settle();
  expect(out()).toBe('none');
});

test('follows changes made elsewhere', async () => {
  act(() => render(<Show />, root()));
  await settle();
  await act(() => word.set('changed'));
  expect(out()).toBe('changed');
  await act(() => word.remove());
  expect(out()).toBe('none');
});

test('set shows the value at once and writes it', async () => {
  act(() => render(<Show />, root()));
  await settle();
  let write: Promise<void> | undefined;
  act(() => {
    write = setWord?.('mine');
  });
  expect(out()).toBe('mine');
  await write;
  expect(await word.get()).toBe('mine');
});

test('a change that lands before the first read answers is not undone by that read', async () => {
  await fakeBrowser.storage.local.set({ word: 'old' });
  let answer: (v: Record<string, unknown>) => void = () => {};
  const get = vi
    .spyOn(fakeBrowser.storage.local, 'get')
    .mockImplementationOnce(() => new Promise((r) => (answer = r)));
  act(() => render(<Show />, root()));
  await act(() => word.set('new'));
  expect(out()).toBe('new');
  await act(async () => answer({ word: 'old' }));
  await settle();
  expect(out()).toBe('new');
  get.mockRestore();
});

test('stops watching on unmount', async () => {
  const add = vi.spyOn(fakeBrowser.storage.local.onChanged, 'addListener');
  const remove = vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener');
  act(() => render(<Show />, root()));
  await settle();
  expect(add).toHaveBeenCalledTimes(1);
  act(() => render(null, root()));
  expect(remove).toHaveBeenCalledWith(add.mock.calls[0]?.[0]);
  add.mockRestore();
  remove.mockRestore();
});

test('another key: loading again, then its own value, and the first key is no longer watched', async () => {
  await fakeBrowser.storage.session.set({ 'word:1': 'one', 'word:2': 'two' });
  act(() => render(<Show n={1} />, root()));
  await settle();
  expect(out()).toBe('one');
  act(() => render(<Show n={2} />, root()));
  expect(out()).toBe('loading');
  await settle();
  expect(out()).toBe('two');
  await act(() => words(1).set('changed'));
  expect(out()).toBe('two');
});
