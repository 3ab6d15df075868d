/**
 * Keeps the banner in step with the page: classify, report, show or hide, and again whenever the
 * page changes without a reload. Everything it touches is passed in, so tests drive it with a
 * plain DOM and fake messaging.
 */
import type { Classification } from '../detect/classify';
import type { PageWords } from '../detect/language-words';
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
  /** Tells the background what the page shows (for the popup, the guide and support). */
  report(page: Classification): void;
  dismiss(): void;
  open(section: Section): void;
  /** Runs the clock check; `auto`: the banner's own look, against Seller Central only. */
  checkClock(auto: boolean): Promise<ClockView>;
  content(page: Classification): PageContent;
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

const sameView = (a: Classification | null, b: Classification | null) =>
  a?.state === b?.state && a?.method === b?.method && a?.destination === b?.destination;

export function startBanner(world: World): { refresh(): void; stop(): void } {
  const throttleMs = world.throttleMs ?? 100;
  let banner: Banner | null = null;
  let shown: Classification | null = null;
  let section: Section = 'guide';
  let dismissed = false;
  let placements = 0;
  let content: PageContent | null = null;
  let clock: ClockView | null = null;
  let autoChecked = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
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

  const hide = () => {
    banner?.remove();
    shown = null;
  };

  const render = () => {
    if (!banner || !content) return;
    banner.update({
      ...content,
      clockStatus: content.clockLabel !== null && clock ? clock.text : null,
      clockVerdict: content.clockLabel !== null && clock ? clock.verdict : null,
    });
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
      if (!changed || stopped || !shown) return;
      content = world.content(shown);
      section = content.section;
      render();
    },
    () => {},
  );

  // The words are usually in before the page is first read. When they come later, the page read
  // by its structure alone ("otp-unknown") is read again: a state they change is reported and
  // shown like any page change.
  world.wordsIn?.then(
    () => {
      if (readWith !== undefined && readWith !== world.words()) refresh();
    },
    () => {},
  );

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
      return;
    }
    world.report(page);
    content = world.content(page);
    section = content.section;
    ensureBanner();
    conceal();
    render();
    shown = page;
    place(page);
    // Once per page, on code entry and wrong code: a wrong clock is a common cause there.
    if (content.clockLabel !== null && !autoChecked) {
      autoChecked = true;
      runClockCheck(true);
    }
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

  return {
    refresh,
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      hide();
    },
  };
}
