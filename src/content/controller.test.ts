// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import type { Classification } from '../detect/classify';
import { detectionWords } from '../detect/detection-words';
import type { PageWords } from '../detect/language-words';
import { createBanner } from './banner';
import { maxPlacements, startBanner, type World } from './controller';

const page = (state: Classification['state']): Classification => ({
  state,
  method: 'sms',
  destination: '976',
  waitMs: null,
  rememberDevice: null,
  recovery: false,
});

function world(overrides: Partial<World> = {}) {
  document.body.innerHTML = '<form id="f"><input id="code"></form>';
  let current: Classification | null = page('otp-sms');
  const calls = {
    report: vi.fn(),
    dismiss: vi.fn(),
    open: vi.fn(),
    checkClock: vi.fn(async (_auto: boolean) => ({ verdict: 'ok', text: 'clock is right' })),
  };
  const w: World = {
    doc: document,
    url: () => 'https://sellercentral.amazon.com/ap/mfa',
    classify: () => current,
    words: () => [],
    anchorFor: (root) => (root as Document).querySelector('#f'),
    status: Promise.resolve(true),
    report: calls.report,
    dismiss: calls.dismiss,
    open: calls.open,
    checkClock: calls.checkClock,
    content: (p) => ({
      state: p.state,
      method: p.method,
      severity: 'step',
      title: 'T',
      hint: `hint for ${p.state}`,
      openLabel: 'Open',
      dismissLabel: 'Hide',
      regionLabel: 'Help',
      dir: 'ltr',
      lang: 'en',
      section: 'clock',
      clockLabel: p.state === 'otp-sms' || p.state === 'code-rejected' ? 'Check my clock' : null,
      clockChecking: 'checking…',
      clockFailed: 'could not check',
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
    expect(host.shadowRoot?.querySelector('p.hint')?.textContent).toBe('hint for otp-sms');
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

  test('is placed but not seen while the answer is out, then shown on yes', async () => {
    let answer: (show: boolean) => void = () => {};
    const { w } = world({ status: new Promise<boolean>((r) => (answer = r)) });
    const c = startBanner(w);
    await c.refresh();
    const host = banners()[0] as HTMLElement;
    expect(host.style.visibility).toBe('hidden');
    answer(true);
    await w.status;
    expect(host.style.visibility).toBe('');
    c.stop();
  });

  test('never seen at all when the answer, late, is no', async () => {
    let answer: (show: boolean) => void = () => {};
    const { w } = world({ status: new Promise<boolean>((r) => (answer = r)) });
    const c = startBanner(w);
    await c.refresh();
    expect((banners()[0] as HTMLElement).style.visibility).toBe('hidden');
    answer(false);
    await w.status;
    expect(banners()).toHaveLength(0);
    c.stop();
  });

  test('shows anyway when the background cannot answer', async () => {
    const { w } = world({ status: Promise.reject(new Error('context invalidated')) });
    const c = startBanner(w);
    await c.refresh();
    await w.status.catch(() => {});
    expect(banners()).toHaveLength(1);
    expect((banners()[0] as HTMLElement).style.visibility).toBe('');
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
    expect(root?.querySelector('p.hint')?.textContent).toBe('<img src=x onerror=alert(1)>');
    c.stop();
  });

  const clockLine = () =>
    (banners()[0] as HTMLElement | undefined)?.shadowRoot?.querySelector<HTMLElement>(
      'p.clock-status',
    );

  test('checks the clock by itself once, and stays quiet when it is right', async () => {
    const { w, calls, set } = world();
    const c = startBanner(w);
    c.refresh();
    set(page('code-rejected'));
    c.refresh();
    await vi.waitFor(() => expect(calls.checkClock).toHaveBeenCalledWith(true));
    expect(calls.checkClock).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(clockLine()?.hidden).toBe(true);
    c.stop();
  });

  test('speaks up by itself when the clock is off', async () => {
    const { w } = world({
      checkClock: async () => ({ verdict: 'bad', text: '2 min 13 s behind' }),
    });
    const c = startBanner(w);
    c.refresh();
    await vi.waitFor(() => expect(clockLine()?.textContent).toBe('2 min 13 s behind'));
    expect(clockLine()?.dataset.verdict).toBe('bad');
    c.stop();
  });

  test('the clock button shows progress, then the verdict, whatever it is', async () => {
    let answer: (v: { verdict: string; text: string }) => void = () => {};
    const { w, calls } = world();
    calls.checkClock.mockImplementation((auto: boolean) =>
      auto
        ? Promise.resolve({ verdict: 'ok', text: 'right' })
        : new Promise((resolve) => {
            answer = resolve;
          }),
    );
    const c = startBanner(w);
    c.refresh();
    (banners()[0] as HTMLElement).shadowRoot
      ?.querySelector<HTMLButtonElement>('button.check')
      ?.click();
    expect(clockLine()?.textContent).toBe('checking…');
    answer({ verdict: 'ok', text: 'clock is right' });
    await vi.waitFor(() => expect(clockLine()?.textContent).toBe('clock is right'));
    c.stop();
  });

  test('states without a clock cause offer no clock button and check nothing', async () => {
    const { w, calls, set } = world();
    set(page('otp-limit'));
    const c = startBanner(w);
    c.refresh();
    const button = (banners()[0] as HTMLElement).shadowRoot?.querySelector<HTMLButtonElement>(
      'button.check',
    );
    expect(button?.hidden).toBe(true);
    expect(calls.checkClock).not.toHaveBeenCalled();
    c.stop();
  });

  test('a clock check the seller asked for that fails says so', async () => {
    const { w, calls } = world();
    calls.checkClock.mockImplementation((auto: boolean) =>
      auto ? Promise.resolve({ verdict: 'ok', text: 'right' }) : Promise.reject(new Error('gone')),
    );
    const c = startBanner(w);
    c.refresh();
    (banners()[0] as HTMLElement).shadowRoot
      ?.querySelector<HTMLButtonElement>('button.check')
      ?.click();
    await vi.waitFor(() => expect(clockLine()?.textContent).toBe('could not check'));
    c.stop();
  });

  test('the cleanup button runs the cleanup once; on failure it says so and can be pressed again', async () => {
    const cleanup = vi.fn(async () => false);
    const base = world().w.content;
    const { w } = world({
      cleanup,
      content: (p) => ({
        ...base(p),
        cleanup: { label: 'Clear', running: 'Clearing', failed: 'Did not finish' },
      }),
    });
    const c = startBanner(w);
    await c.refresh();
    const button = [...(banners()[0]?.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Clear',
    );
    expect(button).toBeDefined();
    button?.click();
    expect(button?.textContent).toBe('Clearing');
    expect(button?.disabled).toBe(true);
    button?.click();
    await vi.waitFor(() => expect(button?.textContent).toBe('Did not finish'));
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(button?.disabled).toBe(false);
    c.stop();
  });
});

describe('the page language arriving after the first paint', () => {
  const german = (w: World): World['content'] => {
    let words = 'en';
    const base = w.content;
    return Object.assign(
      (p: Classification) => ({
        ...base(p),
        hint: words === 'de' ? `Hinweis für ${p.state}` : base(p).hint,
        dir: 'ltr' as const,
        lang: words,
      }),
      { switchTo: (l: string) => (words = l) },
    );
  };

  test('the banner shows at once in the browser language, then switches without a new mount', async () => {
    let arrive: (changed: boolean) => void = () => {};
    const relabel = new Promise<boolean>((r) => (arrive = r));
    const { w } = world({ relabel });
    const content = german(w) as World['content'] & { switchTo(l: string): void };
    w.content = content;
    const c = startBanner(w);
    c.refresh();
    const hint = () => banners()[0]?.shadowRoot?.querySelector('p.hint')?.textContent;
    const section = () => banners()[0]?.shadowRoot?.querySelector('section');
    expect(hint()).toBe('hint for otp-sms');
    expect(section()?.lang).toBe('en');
    content.switchTo('de');
    arrive(true);
    await relabel;
    await Promise.resolve();
    expect(hint()).toBe('Hinweis für otp-sms');
    expect(section()?.lang).toBe('de');
    expect(banners()).toHaveLength(1);
    c.stop();
  });

  test('no change when the answer brings no other language', async () => {
    const { w } = world({ relabel: Promise.resolve(false) });
    const spy = vi.fn(w.content);
    w.content = spy;
    const c = startBanner(w);
    c.refresh();
    await Promise.resolve();
    await Promise.resolve();
    expect(spy).toHaveBeenCalledTimes(1);
    c.stop();
  });
});

describe("the classifier's words arriving after the first look", () => {
  const english = [detectionWords.en];
  // A code page whose prompt only words can read: "ending in 976" is a text message.
  const late = (arrived: Promise<unknown>) => {
    let words: PageWords = [];
    const read = vi.fn((_root: ParentNode, _url: string, w: PageWords) =>
      w.length > 0
        ? page('otp-sms')
        : { ...page('otp-unknown'), method: 'unknown' as const, destination: null },
    );
    const { w, calls } = world({ classify: read, words: () => words, wordsIn: arrived });
    return { w, calls, read, arrive: () => (words = english) };
  };

  test('the page read by its structure alone is read again: otp-unknown becomes otp-sms, reported again', async () => {
    let done: () => void = () => {};
    const wordsIn = new Promise<void>((r) => (done = r));
    const { w, calls, read, arrive } = late(wordsIn);
    const c = startBanner(w);
    c.refresh();
    const host = () => banners()[0] as HTMLElement;
    expect(host().dataset.state).toBe('otp-unknown');
    expect(calls.report).toHaveBeenCalledTimes(1);
    expect(calls.report).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: 'otp-unknown' }),
    );
    arrive();
    done();
    await wordsIn;
    await Promise.resolve();
    expect(read).toHaveBeenLastCalledWith(document, expect.any(String), english);
    expect(host().dataset.state).toBe('otp-sms');
    expect(host().shadowRoot?.querySelector('p.hint')?.textContent).toBe('hint for otp-sms');
    expect(calls.report).toHaveBeenCalledTimes(2);
    expect(calls.report).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: 'otp-sms', method: 'sms', destination: '976' }),
    );
    expect(banners()).toHaveLength(1);
    c.stop();
  });

  test('words already in at the first look: read once, reported once', async () => {
    const wordsIn = Promise.resolve();
    const { w, calls, read, arrive } = late(wordsIn);
    arrive();
    const c = startBanner(w);
    c.refresh();
    await wordsIn;
    await Promise.resolve();
    expect(read).toHaveBeenCalledTimes(1);
    expect(calls.report).toHaveBeenCalledOnce();
    expect((banners()[0] as HTMLElement).dataset.state).toBe('otp-sms');
    c.stop();
  });

  test('no words in the answer (or no answer): the structure-only reading stands, read once', async () => {
    for (const wordsIn of [Promise.resolve(), Promise.reject(new Error('context invalidated'))]) {
      const { w, calls, read } = late(wordsIn);
      const c = startBanner(w);
      c.refresh();
      await wordsIn.catch(() => {});
      await Promise.resolve();
      expect(read).toHaveBeenCalledTimes(1);
      expect(calls.report).toHaveBeenCalledOnce();
      expect((banners()[0] as HTMLElement).dataset.state).toBe('otp-unknown');
      c.stop();
    }
  });

  test('words that come before the page is read cause no extra look', async () => {
    const { w, read, arrive } = late(Promise.resolve());
    arrive();
    const c = startBanner(w);
    await Promise.resolve();
    await Promise.resolve();
    expect(read).not.toHaveBeenCalled();
    c.stop();
  });
});
