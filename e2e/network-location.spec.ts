/**
 * Where the connection leaves from, on the shipping build: the browser runs in Amsterdam's time
 * zone and the simulated Cloudflare trace names a country. A country of that zone says nothing; another
 * country, or WARP, is a check in the diagnosis; the country is never stored nor written into the
 * support description; a broken trace says nothing and leaves the clock verdict alone.
 */
import type { Page } from '@playwright/test';
import { launchChromium } from './browser';
import { test as base, expect } from './harness';

const zone = 'Europe/Amsterdam';

const test = base.extend({
  context: async ({ sim }, use) => {
    const context = await launchChromium({ port: sim.port, timeZone: zone });
    await use(context);
    await context.close();
  },
});

test.afterEach(({ sim }) => sim.reset());

const popupPath = 'src/popup/index.html';
const diagnosis = (p: Page) => p.getByTestId('diagnosis');
const network = (p: Page) =>
  p.locator('[data-testid="diagnosis"] [data-testid="finding"][data-id="network-location"]');

/** Opens the popup and waits until the clock check's answer (with the location) is in. */
async function openDiagnosis(openExtensionPage: (path: string) => Promise<Page>): Promise<Page> {
  const popup = await openExtensionPage(popupPath);
  await expect(diagnosis(popup)).toHaveAttribute('data-network-done', 'true', { timeout: 15_000 });
  return popup;
}

test('the browser runs in the zone the test set', async ({ worker, openExtensionPage }) => {
  expect(await worker.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(zone);
  const popup = await openExtensionPage(popupPath);
  expect(await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(zone);
});

test('trace in NL from Amsterdam: no finding; then in the US: a check naming it, nowhere kept', async ({
  sim,
  worker,
  openExtensionPage,
}) => {
  sim.setTracePlace({ loc: 'NL' });
  const here = await openDiagnosis(openExtensionPage);
  await expect(diagnosis(here).getByTestId('finding').first()).toBeVisible();
  await expect(network(here)).toHaveCount(0);
  await here.close();

  sim.setTracePlace({ loc: 'US' });
  const away = await openDiagnosis(openExtensionPage);
  await expect(network(away)).toHaveCount(1);
  await expect(network(away)).toHaveAttribute('data-severity', 'check');
  await expect(network(away)).toContainText('United States');
  await expect(network(away)).toContainText(/VPN or proxy/);
  await expect(network(away)).toContainText(/travelling/);

  // Not in the support description, and in no storage area.
  await away.goto(`${away.url().replace(/#.*$/, '')}#support`);
  await expect(away.getByTestId('support-description')).toHaveValue(/Hello Seller Support/);
  await expect(away.getByTestId('support-description')).not.toHaveValue(/United States|VPN/);
  const stored = await worker.evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]),
  );
  expect(stored).toContain('clock:');
  expect(stored).not.toMatch(/United States|"loc"|"US"|elsewhere|warp/i);
});

test('WARP on, even from a country of the zone: a check that names WARP', async ({
  sim,
  openExtensionPage,
}) => {
  sim.setTracePlace({ loc: 'NL', warp: 'on' });
  const popup = await openDiagnosis(openExtensionPage);
  await expect(network(popup)).toHaveCount(1);
  await expect(network(popup)).toContainText('Cloudflare WARP');
});

test('bad input: an unknown country, a garbled, huge or silent trace say nothing and leave the verdict', async ({
  sim,
  openExtensionPage,
}) => {
  for (const loc of ['T1', 'XX']) {
    sim.setTracePlace({ loc });
    const popup = await openDiagnosis(openExtensionPage);
    await expect(network(popup)).toHaveCount(0);
    await popup.close();
  }

  sim.setTracePlace({ loc: 'US' });
  // Huge, garbled, or never answering (the check ends at its budget without it).
  for (const fault of ['huge-body', 'bad-date', 'hang'] as const) {
    sim.setFault('www.cloudflare.com', fault);
    const popup = await openDiagnosis(openExtensionPage);
    await expect(network(popup)).toHaveCount(0);
    // Seller Central's clock still decides: the verdict is a verdict, and no error is shown.
    await expect(
      popup.locator('[data-testid="finding"][data-id="computer-clock"]'),
    ).toHaveAttribute('data-severity', 'ok');
    await expect(popup.getByRole('alert')).toHaveCount(0);
    await popup.close();
  }
});
