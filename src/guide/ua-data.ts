/** Glue: what `navigator.userAgentData` says, where the browser has it (Chromium; not Firefox). */
import type { UaData } from './environment';

type NavigatorUaData = {
  brands?: { brand: string; version: string }[];
  platform?: string;
  getHighEntropyValues?(hints: string[]): Promise<{ platformVersion?: string }>;
};

const data = (): NavigatorUaData | undefined =>
  (navigator as Navigator & { userAgentData?: NavigatorUaData }).userAgentData;

export function uaData(): UaData | null {
  const d = data();
  return d ? { brands: d.brands ?? [], platform: d.platform ?? '' } : null;
}

/** Adds the OS version, which only the high-entropy call gives. */
export async function uaDataWithVersion(): Promise<UaData | null> {
  const d = data();
  const base = uaData();
  if (!d?.getHighEntropyValues || !base) return base;
  try {
    const { platformVersion } = await d.getHighEntropyValues(['platformVersion']);
    return platformVersion ? { ...base, platformVersion } : base;
  } catch {
    return base;
  }
}
