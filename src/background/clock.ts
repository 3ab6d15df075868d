/**
 * Runs clock checks for the popup and the banner: one at a time per marketplace, progress written
 * to the clock state item for the pages to render, and the toolbar badge while the clock is off.
 */
import browser from 'webextension-polyfill';
import { browserWorld } from '../clock/browser-world';
import type { ClockResult } from '../clock/estimate';
import { runClockCheck } from '../clock/probe';
import { sourcesFor } from '../clock/sources';
import { type ClockState, clockItem, needsNewCheck } from '../clock/state';
import { t } from '../shared/i18n';
import { settingsItem } from '../shared/settings';

const running = new Map<string, Promise<ClockResult>>();

async function updateBadge(result: ClockResult): Promise<void> {
  if (result.verdict === 'unknown') return;
  const off = result.verdict === 'warn' || result.verdict === 'bad';
  await browser.action.setBadgeText({ text: off ? '!' : '' });
  if (off) {
    await browser.action.setBadgeBackgroundColor({
      color: result.verdict === 'bad' ? '#b3261e' : '#8a5300',
    });
  }
  await browser.action.setTitle({ title: off ? t('badgeClockOff') : t('actionTitle') });
}

export function checkClock(
  host: string,
  want: { scope: ClockState['scope']; force: boolean },
): Promise<ClockResult> {
  const key = `${host} ${want.scope}`;
  const existing = running.get(key) ?? running.get(`${host} all`);
  if (existing) return existing;
  const job = (async () => {
    const [stored, settings] = await Promise.all([clockItem(host).get(), settingsItem.get()]);
    if (stored?.result && !needsNewCheck(stored, Date.now(), want)) return stored.result;
    const { sources, primary } = sourcesFor(host, settings);
    const startedAt = Date.now();
    // The writes go one after another, in order, while the requests are already out: the popup
    // waits for the first verdict, not for storage.
    let saved: Promise<void> = Promise.resolve();
    const save = (result: ClockResult | null) => {
      saved = saved
        .then(() => clockItem(host).set({ host, scope: want.scope, startedAt, result }))
        .catch(() => {});
      return saved;
    };
    void save(null);
    const result = await runClockCheck({
      sources: want.scope === 'primary' ? sources.filter((s) => s.id === primary) : sources,
      primary,
      ...browserWorld,
      onProgress: (progress) => void save(progress),
    });
    await save(result);
    await updateBadge(result).catch(() => {});
    return result;
  })().finally(() => running.delete(key));
  running.set(key, job);
  return job;
}
