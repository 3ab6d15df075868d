/**
 * Issue 8, item 4 (cleanup half): the browser stops the extension's service worker in the middle
 * of a cleanup. The popup recovers, the cleanup finishes, the count is exact, nothing beyond the
 * scope is touched. The stop is the browser's own: CDP `Target.closeTarget` on the worker's
 * target (`ServiceWorker.stopWorker` was tried: Chromium restarts the worker at once while the
 * popup holds a message to it, so the run is not cut).
 * https://chromedevtools.github.io/devtools-protocol/tot/Target/#method-closeTarget
 */
import { host, isSellerCentral, manyHostCookies, sorted, unrelatedCookies } from './cleanup-world';
import { expect, test } from './harness';

const many = 3000;

test('a worker stopped mid-cleanup: the popup recovers and reports exactly what went', async ({
  context,
  openExtensionPage,
}) => {
  await context.addCookies([...unrelatedCookies(), ...manyHostCookies(many)]);
  const before = sorted(await context.cookies());
  const others = before.filter((c) => !isSellerCentral(c));
  expect(before.length - others.length).toBe(many);

  const popup = await openExtensionPage('src/popup/index.html#cleanup');
  await expect(popup.getByTestId('cleanup-count')).toHaveAttribute('data-cookies', String(many));
  await popup.getByTestId('cleanup-run').click();
  // Wait until the run is under way (some removed, not finished), then stop the worker.
  await expect
    .poll(
      () =>
        popup.evaluate(async (key) => {
          const run = (await chrome.storage.session.get(key))[key] as
            | { removed: string[]; finishedAt: number | null }
            | undefined;
          return run ? run.removed.length > 0 && run.finishedAt === null : false;
        }, `cleanup:${host}`),
      { intervals: [5], timeout: 10_000 },
    )
    .toBe(true);
  const cdp = await context.newCDPSession(popup);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions)
      if (v.scriptURL.startsWith('chrome-extension://')) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
  );
  if (!target) throw new Error('no extension service worker target');
  await cdp.send('Target.closeTarget', { targetId: target.targetId });
  const cut = await popup.evaluate(async (key) => {
    const run = (await chrome.storage.session.get(key))[key] as {
      removed: string[];
      finishedAt: number | null;
    };
    return { removed: run.removed.length, finished: run.finishedAt !== null };
  }, `cleanup:${host}`);
  expect(cut.finished).toBe(false);
  expect(cut.removed).toBeLessThan(many);
  // The stop was real: the browser reports the worker stopped (the popup's retry starts it again).
  await expect.poll(() => statuses.includes('stopped')).toBe(true);

  const result = popup.getByTestId('cleanup-result');
  await expect(result).toHaveAttribute('data-finished', 'true', { timeout: 20_000 });
  await expect(result).toHaveAttribute('data-removed-cookies', String(many));
  await expect(result).toHaveAttribute('data-not-removed-cookies', '0');
  const after = sorted(await context.cookies());
  expect(after).toEqual(others);
});
