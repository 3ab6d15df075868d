/**
 * The browser stops the extension's service worker whenever it likes (idle 30 s, or at once under
 * memory pressure). Here it is stopped through the browser's own DevTools protocol
 * (`ServiceWorker.stopAllWorkers`, see stop-workers.ts) in the middle of a clock check: the popup
 * must recover.
 * https://chromedevtools.github.io/devtools-protocol/tot/ServiceWorker/#method-stopAllWorkers
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { stopWorkers } from './stop-workers';

// It stops the worker and times its recovery: a browser of its own.
test.use({ freshProfile: true });

test.afterEach(({ sim }) => sim.reset());

const verdict = (page: Page) => page.getByTestId('clock-verdict');

test('the worker stopped in the middle of a clock check: the popup still ends with a verdict', async ({
  context,
  sim,
  worker,
  openExtensionPage,
}) => {
  sim.setClockOffsetMs('*', 133_000);
  // Cloudflare holds its answer, so the check is still running when the worker is stopped.
  sim.setDelayMs('www.cloudflare.com', 30_000);
  const popup = await openExtensionPage('src/popup/index.html#clock');
  await expect
    .poll(
      () =>
        worker.evaluate(async () => {
          const got = await chrome.storage.session.get('clock:sellercentral.amazon.com');
          const state = got['clock:sellercentral.amazon.com'] as
            | { result: { done: boolean } | null }
            | undefined;
          return state ? (state.result?.done ?? false) : null;
        }),
      { timeout: 10_000 },
    )
    .toBe(false);
  await expect(verdict(popup)).toHaveAttribute('data-done', 'false');

  await stopWorkers(context, popup, worker);
  const requestsAtStop = sim.requests.length;
  sim.setDelayMs('www.cloudflare.com', 0);

  // The popup asked again, a new worker started the check anew and finished it.
  await expect(verdict(popup)).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
  await expect(verdict(popup)).toHaveAttribute('data-verdict', 'bad');
  await expect(verdict(popup)).toContainText('2 min 13 s behind');
  // Asked anew by the new worker: the stopped one's answer was lost with it.
  expect(sim.requests.length).toBeGreaterThan(requestsAtStop);
});

test('a check left unfinished by a stopped worker is started anew when the popup opens later', async ({
  context,
  sim,
  worker,
  openExtensionPage,
}) => {
  sim.setDelayMs('www.cloudflare.com', 30_000);
  const first = await openExtensionPage('src/popup/index.html#clock');
  await expect(verdict(first)).toHaveAttribute('data-verdict', 'ok', { timeout: 10_000 });
  await expect(verdict(first)).toHaveAttribute('data-done', 'false');
  await first.close();
  const other = await openExtensionPage('src/options/index.html');
  await stopWorkers(context, other, worker);
  sim.setDelayMs('www.cloudflare.com', 0);

  // storage.session still holds the unfinished progress; the new popup must not show it forever.
  const popup = await openExtensionPage('src/popup/index.html#clock');
  await expect(verdict(popup)).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
  await expect(verdict(popup)).toHaveAttribute('data-verdict', 'ok');
  await expect(
    popup.getByTestId('clock-sources').locator('li[data-source="www.cloudflare.com"]'),
  ).toHaveAttribute('data-status', 'ok');
});
