/**
 * Stored settings: the defaults are the type, and anything read from storage is normalised
 * against them, so a missing, corrupted or older value loads as the default instead of crashing.
 */
import {
  defaultHost,
  isSellerCentralHost,
  type SellerCentralHost,
} from '../sellercentral/marketplaces';
import { item } from './storage-item';

export const defaultSettings = {
  bannerEnabled: true as boolean,
  defaultHost: defaultHost as SellerCentralHost,
  /** Clock check: ask Cloudflare's trace endpoint as well as Seller Central. */
  cloudflareSource: true as boolean,
  /** Clock check: one extra https source of the seller's choice (its permission asked then). */
  customSource: null as string | null,
};

/** A custom time source must be an https URL; anything else is dropped. */
export function parseCustomSource(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

export type Settings = typeof defaultSettings;

export function parseSettings(raw: unknown): Settings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    bannerEnabled:
      typeof r.bannerEnabled === 'boolean' ? r.bannerEnabled : defaultSettings.bannerEnabled,
    defaultHost:
      typeof r.defaultHost === 'string' && isSellerCentralHost(r.defaultHost)
        ? r.defaultHost
        : defaultSettings.defaultHost,
    cloudflareSource:
      typeof r.cloudflareSource === 'boolean'
        ? r.cloudflareSource
        : defaultSettings.cloudflareSource,
    customSource: parseCustomSource(r.customSource),
  };
}

export const settingsItem = item({
  area: 'local',
  key: 'settings',
  parse: parseSettings,
  default: defaultSettings,
});
