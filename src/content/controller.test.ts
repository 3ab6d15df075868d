// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import type { Classification } from '../detect/classify';
import { createBanner } from './banner';
import { maxPlacements, startBanner, type World } from './controller';

const page = (state: Classification['state']): Classification => ({
  state,
  method: 'sms',
  destination: '976',
  error: null,
  lang: 'en',
});

function world(overrides: Partial<World> = {}) {
  document.body.innerHTML = '<form id="f"><input id="code"></form>';
  let current: Classification | null = page('otp-sms');
  const calls = { report: vi.fn(), dismiss: vi.fn(), open: vi.fn() };
  const w: World = {
    doc: document,
    url: () => 'https://sellercentral.amazon.com/ap/mfa',
    classify: () => current,
    anchorFor: (root) => (root as Document).querySelector('#f'),
    status: Promise.resolve(true),
    report: calls.report,
    dismiss: calls.dismiss,
    open: calls.open,
    content: (p) => ({
      state: p.state,
      method: p.method,
      title: 'T',
      hint: `hint for ${p.state}`,
      openLabel: 'Open',
      dismissLabel: 'Hide',
      regionLabel: 'Help',
      dir: 'ltr',
      lang: 'en',
      section: 'clock',
    }),
    createBanner: (actions) => createBanner(document, actions),
    throttleMs: 5,
    ...overrides,
  };
  return { w, calls, set: (c: Classification | null) => (current = c) };
}

const banners = () => document.querySelectorAll('[data-sc2sv="banner"]');

describe('startBanner', () => {
  test('mounts once, before the form, with the state', async () => {
    const { w } = world();
    const c = startBanner(w);
    await c.refresh();
    await c.refresh();
    expect(banners()).toHaveLength(1);
    const host = banners()[0] as HTMLElement;
    expect(host.dataset.state).toBe('otp-sms');
    expect(host.nextElementSibling?.id).toBe('f');
    expect(host.shadowRoot?.querySelector('p')?.textContent).toBe('hint for otp-sms');
    c.stop();
    expect(banners()).toHaveLength(0);
  });

  test('follows a state change and reports it once', async () => {
    const { w, calls, set } = world();
    const c = startBanner(w);
    await c.refresh();
    set(page('code-rejected'));
    await c.refresh();
    await c.refresh();
    expect((banners()[0] as HTMLElement).dataset.state).toBe('code-rejected');
    expect(calls.report).toHaveBeenCalledTimes(2);
    c.stop();
  });

  test('hides when the page is no longer a 2SV page', async () => {
    const { w, set } = world();
    const c = startBanner(w);
    await c.refresh();
    set(null);
    await c.refresh();
    expect(banners()).toHaveLength(0);
    c.stop();
  });

  test('stays away once dismissed, across state changes', async () => {
    const { w, calls, set } = world();
    const c = startBanner(w);
    await c.refresh();
    (banners()[0] as HTMLElement).shadowRoot
      ?.querySelector<HTMLButtonElement>('button.dismiss')
      ?.click();
    expect(calls.dismiss).toHaveBeenCalledOnce();
    set(page('code-rejected'));
    await c.refresh();
    expect(banners()).toHaveLength(0);
    c.stop();
  });

  test('steps back when the background says no, and stays away', async () => {
    const { w, set } = world({ status: Promise.resolve(false) });
    const c = startBanner(w);
    await c.refresh();
    expect(banners()).toHaveLength(0);
    set(page('code-rejected'));
    await c.refresh();
    expect(banners()).toHaveLength(0);
    c.stop();
  });

  test('shows anyway when the background cannot answer', async () => {
    const { w } = world({ status: Promise.reject(new Error('context invalidated')) });
    const c = startBanner(w);
    await c.refresh();
    expect(banners()).toHaveLength(1);
    c.stop();
  });

  test('the open button asks for the hint section', async () => {
    const { w, calls } = world();
    const c = startBanner(w);
    await c.refresh();
    (banners()[0] as HTMLElement).shadowRoot
      ?.querySelector<HTMLButtonElement>('button.open')
      ?.click();
    expect(calls.open).toHaveBeenCalledWith('clock');
    c.stop();
  });

  test('a page that keeps removing the banner gets it back a bounded number of times', async () => {
    const { w } = world();
    const c = startBanner(w);
    await c.refresh();
    for (let i = 0; i < maxPlacements * 3; i++) {
      for (const b of banners()) b.remove();
      await c.refresh();
    }
    expect(banners()).toHaveLength(0);
    c.stop();
  });

  test('notices a page change by itself', async () => {
    const { w, set } = world();
    const c = startBanner(w);
    await c.refresh();
    set(page('otp-limit'));
    document.body.append(document.createElement('div'));
    await vi.waitFor(() => expect((banners()[0] as HTMLElement).dataset.state).toBe('otp-limit'));
    c.stop();
  });

  test('page text in the hint is never parsed as markup', async () => {
    const { w } = world({
      content: (p) => ({ ...world().w.content(p), hint: '<img src=x onerror=alert(1)>' }),
    });
    const c = startBanner(w);
    await c.refresh();
    const root = (banners()[0] as HTMLElement).shadowRoot;
    expect(root?.querySelector('img')).toBeNull();
    expect(root?.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)>');
    c.stop();
  });
});
