// @vitest-environment happy-dom
/**
 * What the seller sees of the outline: the button only over a sign-in tab, one line otherwise or
 * when the tab cannot be read, the outline read-only before any copy, the note when it was cut.
 * The tab and the injection are the glue's (make-outline.ts, e2e/page-outline.spec.ts).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { OutlineOutcome } from './outline-outcome';

const glue = vi.hoisted(() => ({
  signInUrlOf: vi.fn(async (_tabId: number | null): Promise<string | null> => null),
  makeOutline: vi.fn(
    async (_tabId: number | null): Promise<OutlineOutcome> => ({ kind: 'failed' }),
  ),
}));
vi.mock('./make-outline', () => glue);
vi.mock('../shared/i18n', () => ({ t: (key: string) => key }));

const { PageOutlineMaker } = await import('./PageOutlineMaker');

const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const root = () => document.getElementById('root') as HTMLElement;

async function show(tabId: number | null) {
  await act(async () => {
    render(<PageOutlineMaker tabId={tabId} />, root());
  });
}
async function make() {
  await act(async () => {
    $('page-outline-make')?.click();
  });
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  glue.signInUrlOf.mockResolvedValue('https://sellercentral.amazon.de/ap/mfa');
  glue.makeOutline.mockResolvedValue({ kind: 'failed' });
});
afterEach(() => {
  render(null, root());
  vi.clearAllMocks();
});

test('over a sign-in tab: the button, and no outline before it is asked for', async () => {
  await show(7);
  expect(glue.signInUrlOf).toHaveBeenCalledWith(7);
  expect($('page-outline-make')?.textContent).toBe('pageOutlineMake');
  expect($('page-outline')).toBeNull();
  expect(glue.makeOutline).not.toHaveBeenCalled();
});

test('over any other tab: one line, no button', async () => {
  glue.signInUrlOf.mockResolvedValue(null);
  await show(7);
  expect($('page-outline-unavailable')?.textContent).toBe('pageOutlineNotSignIn');
  expect($('page-outline-make')).toBeNull();
});

test('made: shown read-only with a copy button; the note only when cut', async () => {
  const outline = { url: 'https://sellercentral.amazon.de/ap/mfa', outline: 'path /ap/mfa\nbody' };
  glue.makeOutline.mockResolvedValue({ kind: 'made', outline: { ...outline, cut: false } });
  await show(7);
  await make();
  expect(glue.makeOutline).toHaveBeenCalledWith(7);
  const box = $('page-outline') as HTMLTextAreaElement;
  expect(box.value).toBe('path /ap/mfa\nbody');
  expect(box.readOnly).toBe(true);
  expect($('page-outline-copy')).not.toBeNull();
  expect(document.body.textContent).not.toContain('pageOutlineCut');

  glue.makeOutline.mockResolvedValue({ kind: 'made', outline: { ...outline, cut: true } });
  await make();
  expect($('page-outline')?.dataset.cut).toBe('true');
  expect(document.body.textContent).toContain('pageOutlineCut');
});

test('a tab that cannot be read: one line, the button stays to try again', async () => {
  await show(7);
  await make();
  expect($('page-outline-unavailable')?.dataset.reason).toBe('failed');
  expect($('page-outline-unavailable')?.textContent).toBe('pageOutlineFailed');
  expect($('page-outline-make')).not.toBeNull();
  expect($('page-outline')).toBeNull();
});

test('a rejected injection is the same one line, nothing thrown', async () => {
  glue.makeOutline.mockRejectedValue(new Error('Frame with ID 0 was removed.'));
  await show(7);
  await make();
  expect($('page-outline-unavailable')?.dataset.reason).toBe('failed');
});

test('a page that moved on to another page: the not-a-sign-in-page line', async () => {
  glue.makeOutline.mockResolvedValue({ kind: 'not-sign-in' });
  await show(7);
  await make();
  expect($('page-outline-unavailable')?.dataset.reason).toBe('not-sign-in');
  expect($('page-outline-make')).toBeNull();
});
