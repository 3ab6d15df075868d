/**
 * Where Cloudflare's trace (the clock check's second source) says the connection leaves from:
 * `loc=` (a two-letter country code) and `warp=` (`off`, `on`, `plus`: Cloudflare's WARP VPN).
 * Only from a body that is a trace at all (every line `key=value`, a single `loc` and `warp`);
 * anything else is null, as for the clock. The country is format-checked only here: whether it
 * is a real country is for the rule (network-location.ts).
 */

export interface TraceLocation {
  /** Upper-case two-letter code as the trace gave it; null when absent or not two letters. */
  country: string | null;
  warp: boolean;
}

const traceLine = /^[a-z0-9_-]+=/i;

export function parseTraceLocation(body: string): TraceLocation | null {
  if (body.length > 16_384) return null;
  let loc: string | undefined;
  let warp: string | undefined;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (!traceLine.test(line)) return null;
    const value = line.slice(line.indexOf('=') + 1);
    if (line.startsWith('loc=')) {
      if (loc !== undefined) return null; // two answers in one body: trust neither
      loc = value;
    } else if (line.startsWith('warp=')) {
      if (warp !== undefined) return null;
      warp = value;
    }
  }
  if (loc === undefined && warp === undefined) return null;
  return {
    country: loc !== undefined && /^[A-Z]{2}$/.test(loc) ? loc : null,
    warp: warp === 'on' || warp === 'plus',
  };
}
