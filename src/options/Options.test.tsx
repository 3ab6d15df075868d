// @vitest-environment happy-dom
/**
 * The options page against a storage that answers late (a busy browser, a cold service worker):
 * what the seller clicks is what is shown and what is stored, and a click never writes the
 * defaults over the stored settings.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
vi.mock('../shared/i18n', () => ({
  t: (key: string) => key,
  uiLanguage: () => ({ lang: 'en', dir: 'ltr' }),
}));

const { Options } = await import('./Options');

const stored = {
  bannerEnabled: false,
  defaultHost: 'sellercentral.amazon.de',
  cloudflareSource: true,
  customSource: null,
};

const root = () => document.getElementById('root') as HTMLElement;
const box = (id: string) =>
  document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null;
const settle = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });
const inStorage = async () =>
  (await fakeBrowser.storage.local.get('settings')).settings as typeof stored;

/**
 * The first read of the settings answers only on `answer()`, with what storage held when it was
 * asked (as a browser does: the read is taken, then the answer travels back).
 */
function lateStorage() {
  let answer = () => {};
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
    const taken = await get(keys);
    await new Promise<void>((r) => {
      answer = r;
    });
    return taken;
  });
  return () => act(async () => answer());
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await fakeBrowser.storage.local.set({ settings: stored });
  document.body.innerHTML = '<div id="root"></div>';
});
afterEach(() => {
  act(() => render(null, root()));
});

test('a click before storage answers is neither undone on screen nor stored over the settings', async () => {
  const answer = lateStorage();
  act(() => render(<Options />, root()));
  await settle();
  // The seller clicks whatever is on screen before the stored settings are in.
  const early = box('source-cloudflare');
  if (early) {
    await act(() => {
      early.click();
    });
  }
  await answer();
  await settle();
  const shown = box('source-cloudflare');
  expect(shown).not.toBeNull();
  // What the page shows is what storage holds.
  expect(shown?.checked).toBe((await inStorage()).cloudflareSource);
  // The banner setting the seller never touched keeps its stored value.
  expect(box('banner-enabled')?.checked).toBe(false);
  expect((await inStorage()).bannerEnabled).toBe(false);
  expect((await inStorage()).defaultHost).toBe('sellercentral.amazon.de');
});

test('a loading line until the settings are read, then the stored settings', async () => {
  const answer = lateStorage();
  act(() => render(<Options />, root()));
  await settle();
  expect(box('options-loading')?.textContent).toBe('loading');
  expect(box('source-cloudflare')).toBeNull();
  await answer();
  await settle();
  expect(box('options-loading')).toBeNull();
  expect(box('banner-enabled')?.checked).toBe(false);
  expect(box('source-cloudflare')?.checked).toBe(true);
  expect((document.querySelector('[data-testid="default-host"]') as HTMLSelectElement).value).toBe(
    'sellercentral.amazon.de',
  );
});

test('a click once loaded changes that one setting, on screen and in storage', async () => {
  act(() => render(<Options />, root()));
  await settle();
  await act(() => {
    box('source-cloudflare')?.click();
  });
  await settle();
  expect(box('source-cloudflare')?.checked).toBe(false);
  expect(await inStorage()).toEqual({ ...stored, cloudflareSource: false });
  expect(document.querySelector('[data-testid="options-status"]')?.textContent).toBe(
    'optionsSaved',
  );
});
