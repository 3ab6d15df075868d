/**
 * The support description draft per marketplace, in `storage.local` so that it survives closing
 * the popup. It holds only what the seller would send Amazon anyway (no secret, no full number:
 * see compose-description.ts), so keeping it on disk is safe.
 */
import { itemFamily } from '../shared/storage-item';

export interface Draft {
  text: string;
  /** The seller changed the text; until then it follows the latest facts. */
  edited: boolean;
  at: number;
}

/** Far beyond any real description; a bigger value is corruption, not a draft. */
export const maxDraftLength = 20_000;

export function parseDraft(raw: unknown): Draft | null {
  // A bare string is read as the seller's own text rather than dropped (bad input loses nothing).
  if (typeof raw === 'string')
    return raw.length <= maxDraftLength ? { text: raw, edited: true, at: 0 } : null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.text !== 'string' || r.text.length > maxDraftLength) return null;
  return {
    text: r.text,
    edited: r.edited === true,
    at: typeof r.at === 'number' && Number.isFinite(r.at) ? r.at : 0,
  };
}

export const draftItem = itemFamily({
  area: 'local',
  key: (host: string) => `support:${host}`,
  parse: parseDraft,
  default: null,
});
