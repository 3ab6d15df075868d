/** Glue: the toolbar button says when the clock is off, and goes quiet once it is right. */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { ClockResult } from './estimate';

export async function setClockBadge(result: ClockResult): Promise<void> {
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
