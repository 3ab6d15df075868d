/** Stopping the extension's service worker through the browser's own DevTools protocol. */
import type { BrowserContext, Page, Worker } from '@playwright/test';

/**
 * Stops every service worker (`page`: any page of the extension, whose protocol session asks)
 * the way the browser does, and waits until the browser reports ours
 * stopped. (Playwright keeps the same Worker object across a stop: its `close` event does not
 * fire, so the protocol's own status is what is waited for.)
 */
export async function stopWorkers(
  context: BrowserContext,
  page: Page,
  worker: Worker,
): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL === worker.url() && v.runningStatus === 'stopped')) {
        resolve();
      }
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}
