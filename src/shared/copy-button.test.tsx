// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

vi.mock('./i18n', () => ({ t: (key: string) => key }));

const { CopyButton } = await import('./copy-button');

const root = () => document.getElementById('root') as HTMLElement;
const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
});
afterEach(() => {
  render(null, root());
  vi.restoreAllMocks();
});

const button = (text: string) => (
  <CopyButton
    text={text}
    testIds={{ button: 'copy', outcome: 'copy-outcome' }}
    words={{ label: 'guideOwnerCopy', copied: 'guideOwnerCopied', failed: 'guideOwnerCopyFailed' }}
  />
);

test.each([
  ['the clipboard takes it', true, 'copied', 'guideOwnerCopied'],
  ['the clipboard refuses it', false, 'copy-failed', 'guideOwnerCopyFailed'],
] as const)(
  '%s: the text as shown is copied, and the line says %s',
  async (_c, ok, outcome, words) => {
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockImplementation(() => (ok ? Promise.resolve() : Promise.reject(new Error('denied'))));
    render(button('the message'), root());
    expect($('copy')?.textContent).toBe('guideOwnerCopy');
    expect($('copy-outcome')).toBeNull();
    $('copy')?.click();
    await settle();
    expect(writeText).toHaveBeenCalledWith('the message');
    expect($('copy-outcome')?.getAttribute('data-outcome')).toBe(outcome);
    expect($('copy-outcome')?.getAttribute('role')).toBe('status');
    expect($('copy-outcome')?.textContent).toBe(words);
  },
);
