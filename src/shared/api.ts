/**
 * The two extension APIs the content script needs, without webextension-polyfill: both browsers
 * already give promise-returning `runtime.sendMessage` in MV3 and a synchronous `i18n`, and the
 * polyfill would be half of the content script's size budget.
 * `chrome` first: a page can put an element at `window.browser` (`<form id="browser">`), and such
 * named elements are visible to content scripts; `chrome` is the extension's own binding.
 */
export interface MinimalApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  i18n: {
    getMessage(key: string, substitutions?: string | string[]): string;
    getUILanguage(): string;
  };
}

const g = globalThis as { chrome?: Partial<MinimalApi>; browser?: Partial<MinimalApi> };

function pick(): MinimalApi {
  for (const candidate of [g.chrome, g.browser]) {
    if (candidate?.runtime?.id && candidate.i18n) return candidate as MinimalApi;
  }
  throw new Error('not running as an extension');
}

export const api: MinimalApi = pick();
