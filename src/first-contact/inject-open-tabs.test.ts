import { expect, test, vi } from 'vitest';
import { type InjectWorld, injectOpenTabs, type OpenTab } from './inject-open-tabs';

const signIn = { matches: ['https://sellercentral.amazon.de/ap/*'], js: ['assets/content.js'] };
const contact = { matches: ['https://sellercentral.amazon.de/cu/*'], js: ['assets/contact.js'] };

function world(overrides: Partial<InjectWorld> = {}) {
  const open = new Map<readonly string[], OpenTab[]>([
    [signIn.matches, [{ id: 1 }, { id: 2, discarded: true }, { id: 3 }, {}]],
    [contact.matches, [{ id: 4 }]],
  ]);
  const inject = vi.fn(async (tabId: number, _files: readonly string[]) => {
    if (tabId === 3) throw new Error('Frame with ID 0 is showing error page');
  });
  const w: InjectWorld = {
    scripts: [signIn, contact],
    selfInjects: false,
    tabsMatching: async (matches) => open.get(matches) ?? [],
    inject,
    ...overrides,
  };
  return { w, inject };
}

test("each open tab gets its own page's scripts; a discarded tab loads them itself", async () => {
  const { w, inject } = world();
  const result = await injectOpenTabs(w);
  expect(inject.mock.calls.map(([id, files]) => [id, files])).toEqual([
    [1, signIn.js],
    [3, signIn.js],
    [4, contact.js],
  ]);
  expect(result.injected.sort()).toEqual([1, 4]);
  // A tab that refuses (an error page, a crashed tab) is named, and nothing is thrown.
  expect(result.failed).toEqual([3]);
});

test('Firefox injects them itself: nothing is injected twice', async () => {
  const { w, inject } = world({ selfInjects: true });
  expect(await injectOpenTabs(w)).toEqual({ injected: [], failed: [] });
  expect(inject).not.toHaveBeenCalled();
});

test('a query that fails leaves the other scripts to be injected', async () => {
  const { w, inject } = world({
    tabsMatching: async (matches) => {
      if (matches === signIn.matches) throw new Error('no');
      return [{ id: 4 }];
    },
  });
  expect(await injectOpenTabs(w)).toEqual({ injected: [4], failed: [] });
  expect(inject).toHaveBeenCalledTimes(1);
});
