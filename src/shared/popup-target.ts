/**
 * The banner's request for the popup: which section, for which tab. The background writes it just
 * before `action.openPopup()`; the popup takes it once.
 */
import { isSection, type Section } from './sections';
import { item } from './storage-item';

export type PopupTarget = { section: Section | null; tabId: number };

export function parsePopupTarget(raw: unknown): PopupTarget | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.tabId !== 'number' || !(r.section === null || isSection(r.section))) return null;
  return { section: r.section, tabId: r.tabId };
}

export const popupTargetItem = item({
  area: 'session',
  key: 'popupSection',
  parse: parsePopupTarget,
  default: null,
});

/** Read once and removed; the popup need not wait for the removal. */
export async function takePopupTarget(): Promise<PopupTarget | null> {
  const target = await popupTargetItem.get();
  popupTargetItem.remove().catch(() => {});
  return target;
}
