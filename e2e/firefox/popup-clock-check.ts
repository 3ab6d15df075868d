/**
 * The popup page's clock check as a seller runs it, with the verdict's figures. storage.session
 * outlives a test (one Firefox per worker), so a verdict already shown is rechecked with the
 * page's own button.
 */
import type { Page } from 'puppeteer-core';

export interface ShownVerdict {
  verdict: string;
  skewMs: number;
  uncertaintyMs: number;
}

export async function popupClockCheck(page: Page): Promise<ShownVerdict> {
  const done = '[data-testid="clock-verdict"][data-done="true"]';
  await page.waitForSelector(done, { timeout: 20_000 });
  await page.click('[data-testid="clock-verdict"] ~ p button');
  await page.waitForSelector('[data-testid="clock-verdict"][data-done="false"]', {
    timeout: 5_000,
  });
  const shown = await page.waitForSelector(done, { timeout: 20_000 });
  const read = (e: Element) => ({
    verdict: e.getAttribute('data-verdict') ?? '',
    skewMs: Number(e.getAttribute('data-skew-ms') ?? Number.NaN),
    uncertaintyMs: Number(e.getAttribute('data-uncertainty-ms') ?? Number.NaN),
  });
  if (!shown) throw new Error('no clock verdict');
  return shown.evaluate(read);
}
