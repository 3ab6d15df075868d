/**
 * The popup by keyboard only: Tab reaches every action in a sensible order with a visible focus
 * ring (WCAG 2.4.7, 1.4.11: 3:1 against the background), and Enter or Space operates each.
 */
import type { Page } from '@playwright/test';
import { sections } from '../src/shared/sections';
import { expect, test } from './harness';

// One simulator serves the whole worker: leave it as found (its request log, clock offsets).
test.afterEach(({ sim }) => sim.reset());

interface Stop {
  tag: string;
  text: string;
  href: string | null;
  focusVisible: boolean;
  outline: string;
  outlineWidth: number;
  contrast: number;
}

/** What has focus now, and how its focus ring stands out from the page background. */
function focused(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(el);
    const bg = getComputedStyle(document.body).backgroundColor;
    const [hi, lo] = [lum(style.outlineColor), lum(bg)].sort((a, b) => b - a) as [number, number];
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
      href: el.getAttribute('href'),
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      contrast: (hi + 0.05) / (lo + 0.05),
    };
  });
}

/**
 * Starts the next Tab at the top of the page. A `#section` URL moves the browser's sequential
 * focus starting point to that section (https://html.spec.whatwg.org/#sequential-focus-navigation-starting-point),
 * so the run begins from the heading instead, as a seller who clicked the popup's title would.
 */
async function fromTop(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('h1').click();
}

/** Every Tab stop from the top of the page until focus comes round again. */
async function tabStops(page: Page): Promise<Stop[]> {
  await fromTop(page);
  const stops: Stop[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (
      stop.tag === 'body' ||
      (stops[0] && stop.text === stops[0].text && stop.tag === stops[0].tag)
    )
      break;
    stops.push(stop);
  }
  return stops;
}

async function tabTo(page: Page, match: (s: Stop) => boolean): Promise<void> {
  await fromTop(page);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error('not reachable by Tab');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test('Tab reaches every popup action in order, each with a visible focus ring', async ({
      openExtensionPage,
    }) => {
      const popup = await openExtensionPage('src/popup/index.html#clock');
      await expect(popup.getByTestId('clock-verdict')).toHaveAttribute('data-done', 'true', {
        timeout: 15_000,
      });
      const stops = await tabStops(popup);
      // Sections menu first, in the menu's order; the section's own actions; Options last.
      expect(stops.slice(0, sections.length).map((s) => s.href)).toEqual(
        sections.map((s) => `#${s}`),
      );
      expect(stops.map((s) => s.tag)).toContain('summary');
      expect(stops.some((s) => s.tag === 'button' && s.text === 'Check again')).toBe(true);
      expect(stops.at(-1)?.text).toBe('Options');
      for (const stop of stops) {
        expect(stop.focusVisible, stop.text).toBe(true);
        expect(stop.outline, stop.text).not.toBe('none');
        expect(stop.outlineWidth, stop.text).toBeGreaterThanOrEqual(2);
        expect(stop.contrast, `${stop.text} focus ring contrast`).toBeGreaterThanOrEqual(3);
      }
    });
  });
}

test('Enter and Space operate every popup action', async ({ openExtensionPage, context }) => {
  const popup = await openExtensionPage('src/popup/index.html#clock');
  const verdict = popup.getByTestId('clock-verdict');
  await expect(verdict).toHaveAttribute('data-done', 'true', { timeout: 15_000 });

  // Every section by Enter on its menu link, ending on the clock, whose own actions come next.
  for (const s of [...sections.filter((x) => x !== 'clock'), 'clock' as const]) {
    await tabTo(popup, (f) => f.href === `#${s}`);
    await popup.keyboard.press('Enter');
    await expect(popup.locator(`section#${s}`)).toBeVisible();
    await expect(popup.locator(`nav a[href="#${s}"]`)).toHaveAttribute('aria-current', 'page');
  }

  await tabTo(popup, (f) => f.tag === 'summary');
  await popup.keyboard.press('Space');
  await expect(popup.locator('#clock details')).toHaveAttribute('open', '');

  await tabTo(popup, (f) => f.text === 'Check again');
  await popup.keyboard.press('Enter');
  await expect(verdict).toHaveAttribute('data-done', 'false');
  await expect(verdict).toHaveAttribute('data-done', 'true', { timeout: 15_000 });

  await tabTo(popup, (f) => f.text === 'Options');
  const opened = context.waitForEvent('page');
  await popup.keyboard.press('Enter');
  expect((await opened).url()).toMatch(/options/);
});

test('the shared-login step by keyboard: the symptom, the User Permissions link and the copy button', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('src/popup/index.html#guide');
  await expect(popup.getByTestId('guide-symptom')).toBeVisible();
  await tabTo(popup, (f) => f.tag === 'select');
  // The shared login is the last symptom of the list.
  await popup.keyboard.press('End');
  await expect(popup.getByTestId('guide-symptom')).toHaveValue('codes-elsewhere');
  await expect(popup.getByTestId('guide-step').first()).toHaveAttribute(
    'data-step',
    'user-permissions',
  );
  const stops = await tabStops(popup);
  const link = stops.find((s) => s.href?.endsWith('/gp/account-manager/home.html'));
  const copy = stops.find((s) => s.tag === 'button' && s.text === 'Copy the message');
  expect(link, 'User Permissions link').toBeDefined();
  expect(copy, 'copy button').toBeDefined();
  expect(stops.map((s) => s.tag)).toContain('textarea');
  for (const stop of [link, copy]) {
    expect(stop?.focusVisible, stop?.text).toBe(true);
    expect(stop?.outlineWidth, stop?.text).toBeGreaterThanOrEqual(2);
    expect(stop?.contrast, stop?.text).toBeGreaterThanOrEqual(3);
  }
  await tabTo(popup, (f) => f.tag === 'button' && f.text === 'Copy the message');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('owner-message-outcome')).toBeVisible();
});

test('a new clock verdict lands in a polite live region', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('src/popup/index.html#clock');
  const verdict = popup.getByTestId('clock-verdict');
  // The region exists before the verdict, so screen readers announce the change.
  await expect(verdict).toHaveAttribute('role', 'status');
  await expect(verdict).toHaveAttribute('aria-live', 'polite');
  await expect(verdict).toHaveAttribute('data-done', 'true', { timeout: 15_000 });
  await expect(verdict).toContainText(/clock/i);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`banner, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('Tab reaches the banner buttons, each with a ring that stands out', async ({
      context,
    }) => {
      const page = await context.newPage();
      await page.goto('https://sellercentral.amazon.com/ap/page/code-app');
      const host = page.locator('[data-sc2sv="banner"]');
      await expect(host).toHaveAttribute('data-state', 'otp-app');
      const seen: string[] = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const root = document.activeElement?.shadowRoot;
          const el = root?.activeElement as HTMLElement | null | undefined;
          if (!el) return null;
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const lum = (c: string) => {
            const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
              const s = v / 255;
              return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const box = root?.querySelector('.box') as HTMLElement;
          const ring = lum(getComputedStyle(el).outlineColor);
          const ratio = (bg: string) => {
            const [hi, lo] = [ring, lum(bg)].sort((a, b) => b - a) as [number, number];
            return (hi + 0.05) / (lo + 0.05);
          };
          return {
            name: el.getAttribute('aria-label') ?? el.textContent ?? '',
            focusVisible: el.matches(':focus-visible'),
            // The ring (3px, offset 2px) lies inside the box's padding, on the banner's background.
            contrast: ratio(getComputedStyle(box).backgroundColor),
          };
        });
        if (!stop) {
          if (seen.length) break;
          continue;
        }
        expect(stop.focusVisible, stop.name).toBe(true);
        expect(stop.contrast, `${stop.name} focus ring contrast`).toBeGreaterThanOrEqual(3);
        seen.push(stop.name);
      }
      expect(seen).toEqual(['Hide this hint in this tab', 'Open 2SV Helper', 'Check my clock']);
    });
  });
}
