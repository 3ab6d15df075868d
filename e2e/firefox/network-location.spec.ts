/**
 * Where the connection leaves from, in Firefox ESR run in Amsterdam's time zone: the trace in the
 * US is a check in the diagnosis, the trace in the Netherlands says nothing.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from './harness';

test.use({ firefoxTimeZone: 'Europe/Amsterdam' });
test.afterEach(({ sim }) => sim.reset());

const finding = '[data-testid="finding"][data-id="network-location"]';

/** The diagnosis once the clock check's answer, with the location, is in. */
async function networkFindings(page: Page): Promise<number> {
  await page.waitForSelector('[data-testid="diagnosis"][data-network-done="true"]', {
    timeout: 20_000,
  });
  return page.$$eval(finding, (found) => found.length);
}

test('trace in the US from Amsterdam: a check; in the Netherlands: none', async ({
  openFirefoxExtensionPage,
  sim,
}) => {
  sim.setTracePlace({ loc: 'US' });
  const away = await openFirefoxExtensionPage('src/popup/index.html');
  expect(await networkFindings(away)).toBe(1);
  expect(await away.$eval(finding, (f) => f.textContent)).toContain('United States');
  await away.close();

  sim.setTracePlace({ loc: 'NL' });
  const here = await openFirefoxExtensionPage('src/popup/index.html');
  expect(await networkFindings(here)).toBe(0);
});
