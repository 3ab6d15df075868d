// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://sellercentral.amazon.de/ap/signin"}
import { afterEach, expect, test, vi } from 'vitest';
import { cookiesWork } from './cookies-work';

afterEach(() => vi.restoreAllMocks());

test('a browser that keeps cookies: yes, and the test cookie is gone afterwards', () => {
  // biome-ignore lint/suspicious/noDocumentCookie: a page's own cookie, as Amazon's script sets it.
  document.cookie = 'session-id=123; path=/';
  expect(cookiesWork(document)).toBe(true);
  expect(document.cookie).toBe('session-id=123');
});

test('a browser that drops cookies without a word (Chromium with cookies blocked): no', () => {
  vi.spyOn(Document.prototype, 'cookie', 'set').mockImplementation(() => {});
  vi.spyOn(Document.prototype, 'cookie', 'get').mockReturnValue('');
  expect(cookiesWork(document)).toBe(false);
});

test("a page's own `cookie` on the document cannot fake a yes", () => {
  vi.spyOn(Document.prototype, 'cookie', 'set').mockImplementation(() => {});
  vi.spyOn(Document.prototype, 'cookie', 'get').mockReturnValue('');
  // What `<form name="cookie">` or a page script's property puts in front of the prototype.
  Object.defineProperty(document, 'cookie', { value: 'sc2sv-cookie-test=1', configurable: true });
  try {
    expect(cookiesWork(document)).toBe(false);
  } finally {
    Reflect.deleteProperty(document, 'cookie');
  }
});

test('a browser that throws on cookies: unsure, which counts as yes (no false alarm)', () => {
  vi.spyOn(Document.prototype, 'cookie', 'get').mockImplementation(() => {
    throw new DOMException('sandboxed', 'SecurityError');
  });
  expect(cookiesWork(document)).toBe(true);
});

test('the test cookie is written for the page’s own sign-in path (/ap/ or the newer /ax/)', () => {
  const written: string[] = [];
  vi.spyOn(Document.prototype, 'cookie', 'set').mockImplementation((v: string) => {
    written.push(v);
  });
  vi.spyOn(Document.prototype, 'cookie', 'get').mockReturnValue('sc2sv-cookie-test=1');
  expect(cookiesWork(document, '/ax/')).toBe(true);
  expect(cookiesWork(document)).toBe(true);
  expect(written.map((c) => /path=([^;]+)/.exec(c)?.[1])).toEqual(['/ax/', '/ax/', '/ap/', '/ap/']);
});
