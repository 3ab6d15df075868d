/**
 * WCAG 2.1 AA by axe-core on every surface the seller sees: each popup section, the options page
 * and the in-page banner (axe walks open shadow roots), in light and dark, per UI language.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sections } from '../src/shared/sections';
import { banner, expect, test } from './harness';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One row per UI language the axe run covers (Chromium's --lang picks the extension's locale). */
const locales = [{ locale: 'en-US' }] as const;
const schemes = ['light', 'dark'] as const;
/** Banner looks differ by state (information, warning, captcha). */
const bannerPages = ['code-sms', 'code-rejected', 'captcha'] as const;

async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(tags);
  const { violations, passes } = await (include ? builder.include(include) : builder).analyze();
  // A target of more than one selector is a node inside a shadow root: the banner's own content.
  if (include) expect(passes.some((p) => p.nodes.some((n) => n.target.length > 1))).toBe(true);
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
          await popup.goto(popup.url().replace(/#.*$/, '') + `#${s}`);
          await expect(popup.locator(`section#${s}`)).toBeVisible();
          if (s === 'clock') {
            await expect(popup.getByTestId('clock-verdict')).toHaveAttribute('data-done', 'true', {
              timeout: 15_000,
            });
            await popup.locator('details summary').first().click();
          }
          expect(await violations(popup), `#${s}`).toEqual([]);
        }
        sim.setClockOffsetMs('*', 0);
      });

      test('options: no axe violations', async ({ openExtensionPage }) => {
        const options = await openExtensionPage('src/options/index.html');
        await expect(options.getByTestId('default-host')).toBeVisible();
        expect(await violations(options)).toEqual([]);
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
