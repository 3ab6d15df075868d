/**
 * WCAG 2.1 AA by axe-core on every surface the seller sees: each popup section, the options page
 * and the in-page banner (axe walks open shadow roots), in light and dark, per UI language.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sections } from '../src/shared/sections';
import { banner, expect, test } from './harness';
import { submitCode, toCodePage } from './sign-in-flow';

// One simulator serves the whole worker: leave it as found (its request log, clock offsets).
test.afterEach(({ sim }) => sim.reset());

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One row per UI language the axe run covers (Chromium's --lang picks the extension's locale). */
const locales = [{ locale: 'en-US' }, { locale: 'ar' }] as const;
const schemes = ['light', 'dark'] as const;
/** Banner looks differ by state (information, warning, captcha, a blocker with its notes). */
const bannerPages = ['code-sms', 'code-rejected', 'captcha', 'otp-limit'] as const;

async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(tags);
  const { violations, passes } = await (include ? builder.include(include) : builder).analyze();
  // A target given as a list (host, then inner selector) is a node inside a shadow root: proof
  // that axe checked the banner's own content, not only its host element.
  if (include) {
    expect(passes.some((p) => p.nodes.some((n) => n.target.some(Array.isArray)))).toBe(true);
  }
  return violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
}

for (const { locale } of locales) {
  for (const colorScheme of schemes) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });

      test('popup: every section has no axe violations', async ({ openExtensionPage, sim }) => {
        // A slow clock: the verdict with the most on screen (advice, fix, reference clock).
        sim.setClockOffsetMs('*', -120_000);
        const popup = await openExtensionPage('src/popup/index.html');
        await expect(popup.getByTestId('marketplace')).toBeVisible();
        for (const s of sections) {
          await popup.goto(`${popup.url().replace(/#.*$/, '')}#${s}`);
          await expect(popup.locator(`section#${s}`)).toBeVisible();
          if (s === 'clock') {
            await expect(popup.getByTestId('clock-verdict')).toHaveAttribute('data-done', 'true', {
              timeout: 15_000,
            });
            await popup.locator('details summary').first().click();
          }
          expect(await violations(popup), `#${s}`).toEqual([]);
        }
      });

      test('options: no axe violations', async ({ openExtensionPage }) => {
        const options = await openExtensionPage('src/options/index.html');
        await expect(options.getByTestId('default-host')).toBeVisible();
        expect(await violations(options)).toEqual([]);
      });

      test('popup: the "you\'re in" card has no axe violations', async ({
        context,
        sim,
        worker,
        openExtensionPage,
      }) => {
        const page = await context.newPage();
        const tabId = await toCodePage(page, worker, 'sellercentral.amazon.de');
        await submitCode(page, sim, 'sellercentral.amazon.de');
        const popup = await openExtensionPage(`src/popup/index.html?tab=${tabId}`);
        await expect(popup.getByTestId('prevention-item')).toHaveCount(5);
        expect(await violations(popup)).toEqual([]);
      });

      test('banner: no axe violations inside its shadow root', async ({ context }) => {
        const page = await context.newPage();
        for (const name of bannerPages) {
          await page.goto(`https://sellercentral.amazon.com/ap/page/${name}`);
          await expect(banner(page)).toHaveAttribute('data-state', /./);
          // Only the banner: the simulated Amazon page is not ours to fix.
          expect(await violations(page, '[data-sc2sv="banner"]'), name).toEqual([]);
        }
      });
    });
  }
}

// What no sign-in page shows: the network-location finding (WARP on, so whatever the machine's
// zone) and the shared-login step with its message to the owner.
for (const colorScheme of schemes) {
  test.describe(`beyond the page, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test('network finding and shared-login step: no axe violations', async ({
      openExtensionPage,
      sim,
    }) => {
      sim.setTracePlace({ loc: 'US', warp: 'on' });
      const popup = await openExtensionPage('src/popup/index.html');
      await expect(
        popup.locator('[data-testid="finding"][data-id="network-location"]'),
      ).toBeVisible({ timeout: 15_000 });
      expect(await violations(popup), '#diagnosis').toEqual([]);
      await popup.goto(`${popup.url().replace(/#.*$/, '')}#guide`);
      await popup.getByTestId('guide-symptom').selectOption('codes-elsewhere');
      await expect(popup.getByTestId('owner-message')).toBeVisible();
      await popup.getByTestId('owner-message-copy').click();
      await expect(popup.getByTestId('owner-message-outcome')).toBeVisible();
      expect(await violations(popup), '#guide codes-elsewhere').toEqual([]);
    });
  });
}

/**
 * Text at 200%: Chrome's popup is at most 800 device pixels wide, so at 200% zoom the popup has
 * 400 CSS pixels. Each page laid out at that width must not scroll sideways nor clip text
 * (WCAG 1.4.4 https://www.w3.org/WAI/WCAG21/Understanding/resize-text).
 */
test.describe('200% zoom', () => {
  test.use({ viewport: { width: 400, height: 600 } });

  const clipped = (page: Page) =>
    page.evaluate(() => {
      const root = document.documentElement;
      const out: string[] = [];
      if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth}px wide`);
      for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
        if (el.offsetParent === null || !el.textContent?.trim()) continue;
        const r = el.getBoundingClientRect();
        if (r.right > root.clientWidth + 0.5 || r.left < -0.5)
          out.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}" outside`);
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
          out.push(`${el.tagName} clipped`);
      }
      return out;
    });

  test('popup sections and options fit 400 CSS pixels', async ({ openExtensionPage }) => {
    const popup = await openExtensionPage('src/popup/index.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect(popup.getByTestId('marketplace')).toBeVisible();
    for (const s of sections) {
      await popup.goto(`${popup.url().replace(/#.*$/, '')}#${s}`);
      await expect(popup.locator(`section#${s}`)).toBeVisible();
      if (s === 'clock') await popup.locator('details summary').first().click();
      expect(await clipped(popup), `#${s}`).toEqual([]);
    }
    const options = await openExtensionPage('src/options/index.html');
    await options.setViewportSize({ width: 400, height: 600 });
    await expect(options.getByTestId('default-host')).toBeVisible();
    expect(await clipped(options), 'options').toEqual([]);
  });
});
