// @vitest-environment happy-dom
/**
 * The card as the popup draws it from storage: what the page showed, what the seller did in this
 * sign-in (the guide's marks, a cleanup), the five ways to avoid the next lockout on the card's
 * own marketplace, and the dismissal that removes it.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
vi.mock('../shared/i18n', () => ({
  t: (key: string, subs?: string | string[]) => (subs ? `${key}(${subs})` : key),
  uiLanguage: () => ({ lang: 'en', dir: 'ltr' }),
}));

const { SignedInCard } = await import('./SignedInCard');
const { signedInCardItem } = await import('./signed-in-card');
const { guideItem, markStep, emptyGuideState } = await import('../guide/guide-state');
const { runItem } = await import('../cleanup/run');

const host = 'sellercentral.amazon.co.jp';
const card = { host, state: 'code-rejected', method: 'app', at: 10 * 3_600_000 } as const;
const root = () => document.getElementById('root') as HTMLElement;
const $ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
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

test('what the page showed, the five items, every link on the card’s marketplace', async () => {
  act(() => render(<SignedInCard card={card} tabId={4} onDismissed={() => {}} />, root()));
  await settle();
  expect($('[data-testid="signed-in"]')[0]?.textContent).toContain(
    'signedInWasWrong(stateCodeRejected)',
  );
  expect($('[data-testid="prevention-item"]').map((e) => e.dataset.id)).toEqual([
    'app-preferred',
    'backup-method',
    'backup-codes',
    'remember-browser',
    'phone-time-auto',
  ]);
  const links = $('[data-testid="signed-in"] a').map((a) => new URL((a as HTMLAnchorElement).href));
  expect(links).toHaveLength(5);
  for (const url of links) expect(url.host).toBe(host);
  // Nothing stored of this sign-in: nothing said about what helped.
  expect($('[data-testid="signed-in-helped"]')).toHaveLength(0);
  expect($('[data-testid="signed-in-cleanup"]')).toHaveLength(0);
});

test('what the seller did in this sign-in: steps marked done, in order, and a cleanup', async () => {
  let guide = markStep(emptyGuideState(), 'phone-time', 'done', card.at - 60_000);
  guide = markStep(guide, 'clock', 'done', card.at - 300_000);
  guide = markStep(guide, 'which-entry', 'no-help', card.at - 200_000);
  await guideItem(host).set(guide);
  await runItem(host).set({
    scope: 'seller-central',
    host,
    startedAt: card.at - 120_000,
    planned: [],
    removed: [],
    failed: [],
    siteData: 'done',
    cleared: [],
    skipped: [],
    finishedAt: card.at - 110_000,
  });
  act(() => render(<SignedInCard card={card} tabId={4} onDismissed={() => {}} />, root()));
  await settle();
  expect($('[data-testid="signed-in-helped"] li').map((e) => e.dataset.id)).toEqual([
    'clock',
    'phone-time',
  ]);
  expect($('[data-testid="signed-in-cleanup"]')).toHaveLength(1);
});

test('dismissed: the card is removed from storage, then the focus is handed on', async () => {
  await signedInCardItem(4).set(card);
  const onDismissed = vi.fn();
  act(() => render(<SignedInCard card={card} tabId={4} onDismissed={onDismissed} />, root()));
  await settle();
  await act(async () => {
    $('[data-testid="signed-in-dismiss"]')[0]?.click();
  });
  await settle();
  expect(await signedInCardItem(4).get()).toBeNull();
  expect(onDismissed).toHaveBeenCalledTimes(1);
});
