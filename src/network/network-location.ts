/**
 * The network-location rule: whether the connection seems to leave from somewhere other than the
 * computer's time zone says, or through Cloudflare's WARP. Amazon asks for more (robot checks,
 * approvals, codes) from an unfamiliar place. Pure: the trace's answer and the time zone are
 * passed in. Nothing here is stored.
 */
import type { TraceLocation } from './trace-location';
import { isZoneCountry, zoneCountries } from './zone-countries';

export type NetworkLocation =
  /** The trace's country is none of the time zone's countries. */
  | { case: 'elsewhere'; country: string }
  /** WARP is on: a VPN by its own word, wherever it leaves from (country when known). */
  | { case: 'warp'; country: string | null };

export function networkLocation(
  trace: TraceLocation | null,
  timeZone: string | null,
): NetworkLocation | null {
  if (!trace) return null;
  const country = trace.country !== null && isZoneCountry(trace.country) ? trace.country : null;
  // WARP says so itself: no guess from the time zone is needed.
  if (trace.warp) return { case: 'warp', country };
  if (country === null || !timeZone) return null;
  const countries = zoneCountries(timeZone);
  if (!countries || countries.includes(country)) return null;
  return { case: 'elsewhere', country };
}
