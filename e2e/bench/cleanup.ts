/**
 * Cleanup figure for `npm run bench` (issue 4): time to clear 1,000 cookies of the Seller Central
 * host (plus its site data), from the run's own record in storage.session: `finishedAt - startedAt`,
 * measured in the extension's service worker. Median of 3, each on freshly made cookies.
 */
import type { BrowserContext } from '@playwright/test';
import { extensionWorker } from '../browser';
import { host, manyHostCookies, unrelatedCookies } from '../cleanup-world';

export interface CleanupFigure {
  name: string;
  value: number;
  unit: string;
  target: number;
}

export async function cleanupBench(context: BrowserContext): Promise<CleanupFigure[]> {
  const worker = await extensionWorker(context);
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await context.addCookies(unrelatedCookies());
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    await context.addCookies(manyHostCookies(1000));
    await page.goto(`chrome-extension://${id}/src/popup/index.html?run=${i}#cleanup`);
    await page.getByTestId('cleanup-count').and(page.locator('[data-cookies="1000"]')).waitFor();
    await page.getByTestId('cleanup-run').click();
    await page
      .getByTestId('cleanup-result')
      .and(page.locator('[data-finished="true"][data-removed-cookies="1000"]'))
      .waitFor({ timeout: 30_000 });
    times.push(
      await page.evaluate(async (key) => {
        const run = (await chrome.storage.session.get(key))[key] as {
          startedAt: number;
          finishedAt: number;
        };
        return run.finishedAt - run.startedAt;
      }, `cleanup:${host}`),
    );
  }
  await page.close();
  times.sort((a, b) => a - b);
  return [
    {
      name: 'clear 1,000 cookies of the host + its site data, median of 3',
      value: times[1] ?? Number.NaN,
      unit: 'ms',
      target: 1000,
    },
  ];
}
