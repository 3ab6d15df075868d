// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import type { Classification } from '../detect/classify';
import { detectionWords } from '../detect/detection-words';
import type { PageWords } from '../detect/language-words';
import type { TabFacts } from '../shared/messages';
import { createBanner } from './banner';
import { maxPlacements, type PageContent, startBanner, type World } from './controller';

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
  const facts: TabFacts = { retryAt: null, latestRequestAt: null, privateWindow: false };
  const calls = {
    report: vi.fn(async (_page: Classification) => facts),
    codeRequested: vi.fn(async () => 1_000),
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
    codeRequested: calls.codeRequested,
    isCodeRequest: (el) => el?.id === 'send',
    now: () => 0,
    dismiss: calls.dismiss,
    open: calls.open,
    checkClock: calls.checkClock,
    content: (p, f): PageContent => ({
      state: p.state,
      method: p.method,
      severity: 'step',
      title: 'T',
      hint: `hint for ${p.state}`,
      notes: f.retryAt === null ? [] : [`wait until ${f.retryAt}`],
      hooks: {
        'retry-at': f.retryAt === null ? null : String(f.retryAt),
        'latest-request-at': f.latestRequestAt === null ? null : String(f.latestRequestAt),
        'remember-device': p.rememberDevice === 'unchecked' ? 'unchecked' : null,
        private: f.privateWindow ? 'true' : null,
      },
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
      content: (p, f, now) => ({
        ...world().w.content(p, f, now),
        hint: '<img src=x onerror=alert(1)>',
        notes: ['<b>bold</b>'],
      }),
    });
    const c = startBanner(w);
    await c.refresh();
    const root = (banners()[0] as HTMLElement).shadowRoot;
    expect(root?.querySelector('img')).toBeNull();
    expect(root?.querySelector('p.hint')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root?.querySelector('b')).toBeNull();
    expect(root?.querySelector('.notes p')?.textContent).toBe('<b>bold</b>');
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

  test('the cleanup button warns first, then runs the cleanup once; on failure it says so and can be pressed again', async () => {
    const cleanup = vi.fn(async () => false);
    const base = world().w.content;
    const { w } = world({
      cleanup,
      content: (p, f, now) => ({
        ...base(p, f, now),
        cleanup: {
          label: 'Clear',
          running: 'Clearing',
          failed: 'Did not finish',
          confirm: 'Clear anyway',
          warning: 'Amazon may ask again',
        },
      }),
    });
    const c = startBanner(w);
    await c.refresh();
    const root = banners()[0]?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Clear',
    );
    expect(button).toBeDefined();
    expect(root?.querySelector<HTMLElement>('p.warn')?.hidden).toBe(true);
    // The first press only says what the cleanup costs.
    button?.click();
    expect(cleanup).not.toHaveBeenCalled();
    expect(root?.querySelector<HTMLElement>('p.warn')?.hidden).toBe(false);
    expect(root?.querySelector('p.warn')?.textContent).toBe('Amazon may ask again');
    expect(button?.textContent).toBe('Clear anyway');
    // A re-render (the page changing) keeps the warning and the confirming label.
    c.refresh();
    expect(button?.textContent).toBe('Clear anyway');
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
      (p: Classification, f: TabFacts, now: number) => ({
        ...base(p, f, now),
        hint: words === 'de' ? `Hinweis für ${p.state}` : base(p, f, now).hint,
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

  // The e2e saw it: a text-code page asked the clock, as read before its words it was "unknown".
  test.each([
    ['the words make it a text: no clock check at all', 'otp-sms', 0],
    ['the words leave it unknown: one clock check, once they are in', 'otp-unknown', 1],
  ] as const)('%s', async (_case, after, checks) => {
    let done: () => void = () => {};
    const wordsIn = new Promise<void>((r) => (done = r));
    const { w, calls, arrive } = late(wordsIn);
    const content = w.content;
    // Here the clock is a cause on a code of unknown method only, as in the product.
    w.content = (p, f, now) => ({
      ...content(p, f, now),
      clockLabel: p.state === 'otp-unknown' ? 'Check my clock' : null,
    });
    if (after === 'otp-unknown') w.classify = () => ({ ...page('otp-unknown'), method: 'unknown' });
    const c = startBanner(w);
    c.refresh();
    await Promise.resolve();
    expect(calls.checkClock).not.toHaveBeenCalled();
    arrive();
    done();
    await wordsIn;
    await Promise.resolve();
    await Promise.resolve();
    expect(calls.checkClock).toHaveBeenCalledTimes(checks);
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

describe('what the background keeps for the tab', () => {
  const limit = (over: Partial<Classification> = {}): Classification => ({
    ...page('otp-limit'),
    waitMs: 86_400_000,
    ...over,
  });
  const host = () => banners()[0] as HTMLElement;

  test('its answer to the report puts the wait and the last request on the banner', async () => {
    const { w, calls, set } = world();
    set(limit());
    calls.report.mockResolvedValue({ retryAt: 5_000, latestRequestAt: 900, privateWindow: true });
    const c = startBanner(w);
    c.refresh();
    await vi.waitFor(() => expect(host().dataset.retryAt).toBe('5000'));
    expect(host().dataset.latestRequestAt).toBe('900');
    expect(host().dataset.private).toBe('true');
    expect(host().shadowRoot?.querySelector('.notes p')?.textContent).toBe('wait until 5000');
    c.stop();
  });

  test('the countdown moves each second while the wait runs, and stops with the banner', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let now = 0;
      const { w, calls, set } = world({ now: () => now });
      const seen: number[] = [];
      const base = w.content;
      w.content = (p, f, at) => {
        seen.push(at);
        return base(p, f, at);
      };
      set(limit());
      calls.report.mockResolvedValue({
        retryAt: 3_000,
        latestRequestAt: null,
        privateWindow: false,
      });
      const c = startBanner(w);
      c.refresh();
      await vi.waitFor(() => expect(host().dataset.retryAt).toBe('3000'));
      const before = seen.length;
      for (const t of [1_000, 2_000, 3_000, 4_000, 5_000, 6_000]) {
        now = t;
        vi.advanceTimersByTime(1_000);
      }
      // A tick a second until one past the end (to say it is over), then none.
      expect(seen.slice(before)).toEqual([1_000, 2_000, 3_000, 4_000]);
      c.stop();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  test('ticking the remember box (no attribute changes, only a change event) updates the banner', async () => {
    const { w, set } = world();
    set({ ...page('otp-sms'), rememberDevice: 'unchecked' });
    const c = startBanner(w);
    c.refresh();
    expect(host().dataset.rememberDevice).toBe('unchecked');
    set({ ...page('otp-sms'), rememberDevice: 'checked' });
    document.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(host().dataset.rememberDevice).toBeUndefined());
    c.stop();
  });

  test("a page's own synthetic click on a code request notes nothing", async () => {
    const { w, calls } = world();
    document.body.insertAdjacentHTML('beforeend', '<button id="send">Send</button>');
    const c = startBanner(w);
    c.refresh();
    document.getElementById('send')?.click();
    await Promise.resolve();
    expect(calls.codeRequested).not.toHaveBeenCalled();
    c.stop();
  });

  test('stopping removes its listeners: a change event later does nothing', async () => {
    const { w } = world();
    const classify = vi.fn(w.classify);
    w.classify = classify;
    const c = startBanner(w);
    c.refresh();
    c.stop();
    classify.mockClear();
    document.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 20));
    expect(classify).not.toHaveBeenCalled();
  });

  test('a second copy started in the page takes over: one banner, and the first one is stopped', async () => {
    const first = world();
    const firstClassify = vi.fn(first.w.classify);
    first.w.classify = firstClassify;
    const a = startBanner(first.w);
    a.refresh();
    expect(banners()).toHaveLength(1);
    const oldHost = banners()[0];

    // What an install, an update or the popup does: the same script runs again in the page.
    const second = world();
    document.body.innerHTML = '<form id="f"><input id="code"></form>';
    if (oldHost) document.body.prepend(oldHost);
    const b = startBanner(second.w);
    // The first one took its banner away as it stopped, before the second placed its own.
    expect(banners()).toHaveLength(0);
    b.refresh();
    expect(banners()).toHaveLength(1);
    expect(banners()[0]).not.toBe(oldHost);

    firstClassify.mockClear();
    document.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 20));
    expect(firstClassify).not.toHaveBeenCalled();
    expect(banners()).toHaveLength(1);

    // The one left works: closing it closes it.
    banners()[0]?.shadowRoot?.querySelector<HTMLButtonElement>('button.dismiss')?.click();
    expect(banners()).toHaveLength(0);
    expect(second.calls.dismiss).toHaveBeenCalledTimes(1);
    expect(first.calls.dismiss).not.toHaveBeenCalled();
    b.stop();
    a.stop();
  });

  test('an old copy that cannot hear any more (Firefox cuts it off at an update): its banner goes', () => {
    const { w } = world();
    // What such a copy leaves: its banner, with nobody behind it.
    const deaf = createBanner(document, { open() {}, dismiss() {}, checkClock() {} });
    deaf.place(document.querySelector('#f'));
    expect(banners()).toHaveLength(1);
    const c = startBanner(w);
    expect(banners()).toHaveLength(0);
    c.refresh();
    expect(banners()).toHaveLength(1);
    expect(banners()[0]).not.toBe(deaf.host);
    c.stop();
  });
});
