/**
 * Keeps the banner in step with the page: classify, report, show or hide, and again whenever the
 * page changes without a reload. Everything it touches is passed in, so tests drive it with a
 * plain DOM and fake messaging.
 */
import type { Classification } from '../detect/classify';
import type { Section } from '../shared/sections';
import type { Banner, BannerContent } from './banner';

export interface World {
  doc: Document;
  url(): string;
  classify(root: ParentNode, url: string): Classification | null;
  anchorFor(root: ParentNode, state: Classification['state']): Element | null;
  /** Whether the banner may show in this tab; asked once, as early as the page allows. */
  status: Promise<boolean>;
  /** Tells the background what the page shows (for the popup, the guide and support). */
  report(page: Classification): void;
  dismiss(): void;
  open(section: Section): void;
  content(page: Classification): BannerContent & { section: Section };
  createBanner(actions: { open(): void; dismiss(): void }): Banner;
  /** Milliseconds between two looks at a changing page. */
  throttleMs?: number;
}

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
  /** The background's answer; unknown until it arrives. */
  let allowed: boolean | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const hide = () => {
    banner?.remove();
    shown = null;
  };

  const ensureBanner = (): Banner => {
    banner ??= world.createBanner({
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
  // banner does not wait for it: it shows at once and steps back if the answer is no. The banner is
  // help, not a gate: if the background cannot answer at all, it stays.
  world.status.then(
    (show) => {
      allowed = show;
      if (!show) {
        dismissed = true;
        hide();
      }
    },
    () => {
      allowed = true;
    },
  );

  function refresh(): void {
    if (stopped) return;
    const page = world.classify(world.doc, world.url());
    if (!page || dismissed || allowed === false) {
      hide();
      return;
    }
    if (sameView(page, shown)) {
      place(page);
      return;
    }
    world.report(page);
    const content = world.content(page);
    section = content.section;
    ensureBanner().update(content);
    shown = page;
    place(page);
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
