/**
 * Keeps the banner in step with the page: classify, report, show or hide, and again whenever the
 * page changes without a reload. Everything it touches is passed in, so tests drive it with a
 * plain DOM and fake messaging.
 */
import type { Classification } from '../detect/classify';
import type { PageWords } from '../detect/language-words';
import { one } from '../detect/safe-dom';
import type { TabFacts } from '../shared/messages';
import type { Section } from '../shared/sections';
import type { Banner, BannerContent } from './banner';

export interface World {
  doc: Document;
  url(): string;
  classify(root: ParentNode, url: string, words: PageWords): Classification | null;
  /** The classifier's words for this page as they are now: none (`[]`) until the background's. */
  words(): PageWords;
  /** Settles once the background's answer (with the words) is in. */
  wordsIn?: Promise<unknown>;
  anchorFor(root: ParentNode, state: Classification['state']): Element | null;
  /** Whether the banner may show in this tab; asked once, as early as the page allows. */
  status: Promise<boolean>;
  /**
   * Tells the background what the page shows (for the popup, the guide and support); answers
   * with what it keeps for the tab (the wait's end from its first sight, the last code request).
   */
  report(page: Classification): Promise<TabFacts>;
  /** The seller asked Amazon for a code: the background notes it and answers with the time. */
  codeRequested(): Promise<number>;
  /** Whether pressing `el` asks Amazon for a code (detect/code-request.ts). */
  isCodeRequest(el: Element | null): boolean;
  now(): number;
  dismiss(): void;
  open(section: Section): void;
  /** Runs the clock check; `auto`: the banner's own look, against Seller Central only. */
  checkClock(auto: boolean): Promise<ClockView>;
  content(page: Classification, facts: TabFacts, now: number): PageContent;
  /** Resolves true when the banner's words changed language (the page's arrived): show them. */
  relabel?: Promise<boolean>;
  createBanner(actions: {
    open(): void;
    dismiss(): void;
    checkClock(): void;
    cleanup?(): Promise<boolean>;
  }): Banner;
  /** Clears Seller Central cookies and data, then starts the sign-in again; false if it failed. */
  cleanup?(): Promise<boolean>;
  /** Milliseconds between two looks at a changing page. */
  throttleMs?: number;
}

export type ClockView = { verdict: string; text: string };

/** What the page's state gives the banner; the clock line is the controller's to add. */
export type PageContent = Omit<BannerContent, 'clockStatus' | 'clockVerdict'> & {
  section: Section;
  clockChecking: string;
  clockFailed: string;
};

/** Only these verdicts make the banner speak up about the clock by itself. */
const clockOff = (verdict: string) => verdict === 'warn' || verdict === 'bad';

/** A page that keeps taking the banner out gets it back this many times, then is left alone. */
export const maxPlacements = 20;

/**
 * What changes the banner: a wait's presence counts, not its value (the cvf page counts down
 * each second; the background keeps the end from the first sight anyway).
 */
const sameView = (a: Classification | null, b: Classification | null) =>
  a?.state === b?.state &&
  a?.method === b?.method &&
  a?.destination === b?.destination &&
  a?.rememberDevice === b?.rememberDevice &&
  a?.recovery === b?.recovery &&
  (a?.waitMs == null) === (b?.waitMs == null);

/** The tab's facts until the background has answered. */
const noFacts: TabFacts = { retryAt: null, latestRequestAt: null, privateWindow: false };

// From the content script's own world: a page's `<form name="addEventListener">` shadows the
// document's method (see detect/safe-dom.ts), never the prototype's.
const {
  addEventListener: on,
  removeEventListener: off,
  dispatchEvent: fire,
} = EventTarget.prototype;

/** Said in the page by each banner that starts there (see startBanner). */
export const takeOver = 'sc2sv';

export function startBanner(world: World): { refresh(): void; stop(): void } {
  // One banner per page: one started later in this page (the script injected again at an install
  // or update, or by the popup) takes over, and this one stops, even when an update orphaned it.
  fire.call(world.doc, new Event(takeOver));
  // Firefox cuts an updated add-on's old script off instead: its banner stays, deaf. It goes (one
  // at most: each copy removes the one before).
  one(world.doc, '[data-sc2sv="banner"]')?.remove();
  const throttleMs = world.throttleMs ?? 100;
  let banner: Banner | null = null;
  let shown: Classification | null = null;
  let section: Section = 'guide';
  let dismissed = false;
  let placements = 0;
  let content: PageContent | null = null;
  let clock: ClockView | null = null;
  let autoChecked = false;
  let wordsSettled = world.wordsIn === undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let facts = noFacts;
  let stopped = false;
  /** The background's answer: null until it comes (or fails, which counts as yes). */
  let mayShow: boolean | null = null;
  /** The words the page was last read with; undefined until it is read. */
  let readWith: PageWords | undefined;

  // While the answer is out, the banner is in place but not seen, so a seller who turned it off
  // or closed it never sees it flash on a fast page; the answer is usually in before the page is
  // read, so mostly this does nothing.
  const conceal = () => {
    if (banner && mayShow === null) banner.host.style.setProperty('visibility', 'hidden');
  };
  const reveal = () => banner?.host.style.removeProperty('visibility');

  const stopTicking = () => {
    if (ticker !== undefined) clearInterval(ticker);
    ticker = undefined;
  };

  const hide = () => {
    banner?.remove();
    shown = null;
    stopTicking();
  };

  const render = () => {
    if (!banner || !content) return;
    banner.update({
      ...content,
      clockStatus: content.clockLabel !== null && clock ? clock.text : null,
      clockVerdict: content.clockLabel !== null && clock ? clock.verdict : null,
    });
  };

  /** The words for the page shown, now; and the countdown's tick while a wait runs. */
  const recompose = () => {
    if (!shown || stopped) return;
    const now = world.now();
    content = world.content(shown, facts, now);
    section = content.section;
    render();
    const until = shown.waitMs === null ? null : facts.retryAt;
    // One more tick once it is over, to say so.
    if (until !== null && until > now - 1000) ticker ??= setInterval(recompose, 1000);
    else stopTicking();
  };

  const runClockCheck = (auto: boolean) => {
    if (!auto && content) {
      clock = { verdict: 'checking', text: content.clockChecking };
      render();
    }
    world.checkClock(auto).then(
      (view) => {
        if (stopped || (auto && !clockOff(view.verdict))) return;
        clock = view;
        render();
      },
      () => {
        // The seller asked: say it failed rather than silently drop the "checking" line.
        if (auto || !content) return;
        clock = { verdict: 'unknown', text: content.clockFailed };
        render();
      },
    );
  };

  const ensureBanner = (): Banner => {
    banner ??= world.createBanner({
      checkClock: () => runClockCheck(false),
      cleanup: () => world.cleanup?.() ?? Promise.resolve(false),
      open: () => world.open(section),
      dismiss: () => {
        dismissed = true;
        hide();
        world.dismiss();
      },
    });
    return banner;
  };

  const place = (page: Classification) => {
    if (!banner || placements >= maxPlacements) return;
    if (banner.place(world.anchorFor(world.doc, page.state))) placements += 1;
  };

  // The answer from the service worker can take tens of milliseconds while the page loads, so the
  // banner does not wait for it to be placed: it is placed at once (hidden until the answer) and
  // steps back if the answer is no. The banner is help, not a gate: if the background cannot
  // answer at all, it shows.
  world.status.then(
    (show) => {
      mayShow = show;
      if (!show) {
        dismissed = true;
        hide();
      } else reveal();
    },
    () => {
      mayShow = true;
      reveal();
    },
  );

  // The banner shows at once in the browser's language; the page's may arrive a moment later.
  world.relabel?.then(
    (changed) => {
      if (changed) recompose();
    },
    () => {},
  );

  // The words are usually in before the page is first read. When they come later, the page read
  // by its structure alone ("otp-unknown") is read again: a state they change is reported and
  // shown like any page change.
  const wordsDone = () => {
    wordsSettled = true;
    if (readWith !== undefined && readWith !== world.words()) refresh();
    else autoCheck();
  };
  world.wordsIn?.then(wordsDone, wordsDone);

  function refresh(): void {
    if (stopped) return;
    readWith = world.words();
    const page = world.classify(world.doc, world.url(), readWith);
    if (!page || dismissed) {
      hide();
      return;
    }
    if (sameView(page, shown)) {
      place(page);
      autoCheck();
      return;
    }
    world.report(page).then(
      (kept) => {
        const same = (Object.keys(noFacts) as (keyof TabFacts)[]).every(
          (k) => kept[k] === facts[k],
        );
        if (shown !== page || same) return;
        facts = kept;
        recompose();
      },
      () => {},
    );
    shown = page;
    ensureBanner();
    conceal();
    recompose();
    place(page);
    autoCheck();
  }

  // Once per page, on code entry and wrong code: a wrong clock is a common cause there. Only once
  // the page's words are in: read by its structure alone, a text-code page is a code of unknown
  // method, and a text depends on no clock of the seller's (e2e/banner-clock.spec.ts).
  function autoCheck(): void {
    if (autoChecked || stopped || !wordsSettled) return;
    if (content?.clockLabel == null || !shown) return;
    autoChecked = true;
    runClockCheck(true);
  }

  const schedule = () => {
    if (timer !== undefined || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      refresh();
    }, throttleMs);
  };

  // One observer for the whole page; throttled so a page that floods mutations costs one
  // classification per interval, not one per mutation.
  const observer = new MutationObserver((records) => {
    if (
      records.every(
        (r) => banner && (r.target === banner.host || r.target === banner.host.shadowRoot),
      )
    ) {
      return;
    }
    schedule();
  });
  observer.observe(world.doc, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['class', 'hidden', 'style', 'id'],
  });

  // Ticking a box changes no attribute the observer sees, only the live `checked`.
  const onChange = () => schedule();
  // The seller's own presses only: a page's synthetic click is no code request.
  const onClick = (e: Event) => {
    if (!e.isTrusted || !world.isCodeRequest(e.target as Element | null)) return;
    world.codeRequested().then(
      (at) => {
        facts = { ...facts, latestRequestAt: at };
        recompose();
      },
      () => {},
    );
  };
  function stop(): void {
    stopped = true;
    observer.disconnect();
    off.call(world.doc, 'change', onChange, true);
    off.call(world.doc, 'click', onClick, true);
    off.call(world.doc, takeOver, stop);
    if (timer !== undefined) clearTimeout(timer);
    hide();
  }
  on.call(world.doc, 'change', onChange, true);
  on.call(world.doc, 'click', onClick, true);
  on.call(world.doc, takeOver, stop);

  return { refresh, stop };
}
