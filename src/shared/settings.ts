/**
 * Stored settings: the defaults are the type, and anything read from storage is normalised
 * against them, so a missing, corrupted or older value loads as the default instead of crashing.
 */
import {
  defaultHost,
  isSellerCentralHost,
  type SellerCentralHost,
} from '../sellercentral/marketplaces';

export const defaultSettings = {
  bannerEnabled: true as boolean,
  defaultHost: defaultHost as SellerCentralHost,
};

export type Settings = typeof defaultSettings;

export const settingsKey = 'settings';

export function parseSettings(raw: unknown): Settings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    bannerEnabled:
      typeof r.bannerEnabled === 'boolean' ? r.bannerEnabled : defaultSettings.bannerEnabled,
    defaultHost:
      typeof r.defaultHost === 'string' && isSellerCentralHost(r.defaultHost)
        ? r.defaultHost
        : defaultSettings.defaultHost,
  };
}
