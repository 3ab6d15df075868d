/**
 * The banner's request for the popup: which section, for which tab. The background writes it just
 * before `action.openPopup()`; the popup reads it once.
 */
import browser from 'webextension-polyfill';
import { isSection, type Section } from './sections';

export const pendingSectionKey = 'popupSection';

export type PopupTarget = { section: Section | null; tabId: number };

export function parsePopupTarget(raw: unknown): PopupTarget | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.tabId !== 'number' || !(r.section === null || isSection(r.section))) return null;
  return { section: r.section, tabId: r.tabId };
}

export async function setPopupTarget(target: PopupTarget): Promise<void> {
  await browser.storage.session.set({ [pendingSectionKey]: target });
}

export async function takePopupTarget(): Promise<PopupTarget | null> {
  const got = await browser.storage.session.get(pendingSectionKey);
  // Taken once; the popup need not wait for the removal.
  browser.storage.session.remove(pendingSectionKey).catch(() => {});
  return parsePopupTarget(got[pendingSectionKey]);
}
