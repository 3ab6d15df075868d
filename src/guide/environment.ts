/**
 * The seller's browser and OS, for the "updates" step and the support description. Pure: the
 * caller passes `navigator.userAgent` and what `navigator.userAgentData` gives, since user-agent
 * reduction freezes parts of the string (https://www.chromium.org/updates/ua-reduction/).
 */
import { detectOs, type OperatingSystem } from '../clock/describe';

export interface UaData {
  brands?: readonly { brand: string; version: string }[];
  platform?: string;
  /** High-entropy hint (`getHighEntropyValues(['platformVersion'])`), when the glue has it. */
  platformVersion?: string;
}

export const browserNames = ['Edge', 'Opera', 'Firefox', 'Chrome', 'Chromium', 'Safari'] as const;
export type BrowserName = (typeof browserNames)[number];

export interface Environment {
  browser: BrowserName | null;
  /** The major version, e.g. "131". */
  browserVersion: string | null;
  os: OperatingSystem;
  osVersion: string | null;
}

/** Product names as their makers write them (not translated). */
export const osNames = {
  windows: 'Windows',
  macos: 'macOS',
  chromeos: 'ChromeOS',
  linux: 'Linux',
  android: 'Android',
  ios: 'iOS',
  unknown: null,
} as const satisfies Record<OperatingSystem, string | null>;

// Most specific first: Edge and Opera also say "Chrome", Chrome also says "Safari".
const brandNames = [
  ['Microsoft Edge', 'Edge'],
  ['Opera', 'Opera'],
  ['Google Chrome', 'Chrome'],
  ['Chromium', 'Chromium'],
] as const satisfies readonly (readonly [string, BrowserName])[];

const uaPatterns = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/\bOPR\/(\d+)/, 'Opera'],
  [/\b(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
  [/\b(?:Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/\bVersion\/(\d+).*Safari\//, 'Safari'],
] as const satisfies readonly (readonly [RegExp, BrowserName])[];

function fromBrands(brands: UaData['brands']): { browser: BrowserName; version: string } | null {
  for (const [brand, name] of brandNames) {
    const hit = brands?.find((b) => b.brand === brand);
    if (hit && /^\d+/.test(hit.version))
      return { browser: name, version: hit.version.split('.')[0] ?? '' };
  }
  return null;
}

/** Windows 11 reports platformVersion 13 or more (https://learn.microsoft.com/microsoft-edge/web-platform/how-to-detect-win11). */
function osVersionOf(os: OperatingSystem, platformVersion: string | undefined): string | null {
  if (!platformVersion || !/^\d+(\.\d+)*$/.test(platformVersion)) return null;
  if (os === 'windows') {
    const major = Number(platformVersion.split('.')[0]);
    return major >= 13 ? '11' : major > 0 ? '10' : null;
  }
  // Linux reports its kernel version, which says nothing a seller could act on.
  return os === 'macos' || os === 'chromeos' || os === 'android' ? platformVersion : null;
}

export function detectEnvironment(userAgent: string, data: UaData | null | undefined): Environment {
  const os = detectOs(userAgent, data?.platform);
  const brand = fromBrands(data?.brands);
  let browser: BrowserName | null = brand?.browser ?? null;
  let browserVersion: string | null = brand?.version ?? null;
  if (!browser) {
    for (const [re, name] of uaPatterns) {
      const m = re.exec(userAgent);
      if (m) {
        browser = name;
        browserVersion = m[1] ?? null;
        break;
      }
    }
  }
  return { browser, browserVersion, os, osVersion: osVersionOf(os, data?.platformVersion) };
}

/** "Chrome 131 on Windows 11", or the parts known; null when nothing is. */
export function environmentWords(env: Environment): { browser: string | null; os: string | null } {
  const browser = env.browser ? [env.browser, env.browserVersion].filter(Boolean).join(' ') : null;
  const osName = osNames[env.os];
  const os = osName ? [osName, env.osVersion].filter(Boolean).join(' ') : null;
  return { browser, os };
}
