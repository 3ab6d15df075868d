// @vitest-environment happy-dom
/**
 * The section's hold on the key: it answers from memory, writes nothing anywhere, and lets go of
 * the key after 2 minutes without use and when the page is hidden (popup closing). Masking is
 * checked in Chromium (e2e/authenticator.spec.ts): happy-dom drops -webkit-text-security.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const storage = vi.hoisted(() => ({
  get: vi.fn(async (_key: string) => ({})),
  set: vi.fn(async (_items: object) => {}),
}));
vi.mock('webextension-polyfill', () => ({
  default: { storage: { session: storage, local: storage, sync: storage } },
}));
vi.mock('../shared/i18n', () => ({
  t: (key: string, subs?: string | string[]) => (subs ? `${key}(${subs})` : key),
  uiLanguage: () => ({ lang: 'en', dir: 'ltr' }),
}));

const { AuthenticatorSection, idleClearMs } = await import('./AuthenticatorSection');
const { TOTP, Secret } = await import('otpauth');

const key = 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP';
const $ = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement;
const field = (id: string) => $(id) as HTMLInputElement;

async function type(id: string, value: string) {
  await act(() => {
    const input = field(id);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(Date.UTC(2026, 10, 27, 6, 0, 10));
  storage.get.mockClear();
  storage.set.mockClear();
  document.body.innerHTML = '<div id="root"></div>';
  act(() => render(<AuthenticatorSection host="sellercentral.amazon.com" />, $root()));
});
afterEach(() => {
  act(() => render(null, $root()));
  vi.useRealTimers();
});
const $root = () => document.getElementById('root') as HTMLElement;

async function checkNow() {
  await act(async () => {
    $('totp-check').click();
  });
  // The clock result is read from storage.session before the answer.
  await act(async () => {
    await Promise.resolve();
  });
}

describe('the authenticator section', () => {
  test('answers from memory and writes only the answer, never the key or the code', async () => {
    const code = TOTP.generate({ secret: Secret.fromBase32(key.replaceAll(' ', '')) });
    await type('totp-secret', key);
    await type('totp-code', code);
    await checkNow();
    await vi.waitFor(() => expect($('totp-result').dataset.driftSteps).toBe('0'));
    expect(storage.get).toHaveBeenCalledWith('clock:sellercentral.amazon.com');
    expect(storage.set).toHaveBeenCalledTimes(1);
    expect(storage.set).toHaveBeenCalledWith({
      'totp:sellercentral.amazon.com': { driftSeconds: 0, at: expect.any(Number) },
    });
    const written = JSON.stringify(storage.set.mock.calls);
    expect(written).not.toContain(key.replaceAll(' ', '').slice(0, 8));
    expect(written).not.toContain(code);
    expect($('totp-result').dataset.timeBasis).toBe('local');
  });

  test('clears the key and code after 2 minutes without use, and says so', async () => {
    await type('totp-secret', key);
    await type('totp-code', '123456');
    await act(() => {
      vi.advanceTimersByTime(idleClearMs - 1_000);
    });
    expect(field('totp-secret').value).toBe(key);
    // Typing again restarts the 2 minutes.
    await type('totp-code', '12345');
    await act(() => {
      vi.advanceTimersByTime(idleClearMs - 1_000);
    });
    expect(field('totp-secret').value).toBe(key);
    await act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(field('totp-secret').value).toBe('');
    expect(field('totp-code').value).toBe('');
    expect($('totp-result').textContent).toBe('totpCleared');
    expect(idleClearMs).toBe(120_000);
  });

  test('clears the key when the page is hidden (the popup closing)', async () => {
    await type('totp-secret', key);
    await act(() => {
      dispatchEvent(new Event('pagehide'));
    });
    expect(field('totp-secret').value).toBe('');
  });

  test('a bad key gets its message under the field and no answer', async () => {
    await type('totp-secret', 'JBSW 0000');
    await type('totp-code', '123456');
    await checkNow();
    expect($('totp-secret-error').textContent).toBe('totpErrBase32(0)');
    expect($('totp-result').hasAttribute('data-drift-steps')).toBe(false);
    expect(storage.get).not.toHaveBeenCalled();
  });
});
