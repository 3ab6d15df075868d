/** Taking the extension's service worker offline through the browser's own DevTools protocol. */
import type { BrowserContext, Page, Worker } from '@playwright/test';

/**
 * Emulates "no network" in the service worker that runs the clock check, as the browser's
 * DevTools do (navigator.onLine false, every request fails). Playwright's `setOffline` reaches the
 * worker's `navigator.onLine` but not always its requests, so the protocol is spoken directly:
 * `page` (any extension page) gives a session, which attaches to the worker's target.
 * https://chromedevtools.github.io/devtools-protocol/tot/Network/#method-emulateNetworkConditions
 */
export async function takeWorkerOffline(
  context: BrowserContext,
  page: Page,
  worker: Worker,
): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === worker.url());
  if (!target) throw new Error(`no service worker target for ${worker.url()}`);
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let id = 0;
  const send = (method: string, params: object = {}) =>
    cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: ++id, method, params }),
    });
  await send('Network.enable');
  await send('Network.emulateNetworkConditions', {
    offline: true,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}
