/**
 * www.cloudflare.com/cdn-cgi/trace as the real one answers: `key=value` lines, `ts` in seconds with
 * milliseconds. Its `ts` and `Date` follow the offset the test set for this host.
 */
import type { Reply, SimRequest } from './http';

export const timeSourceHost = 'www.cloudflare.com';

/** Where the trace says the connection leaves from (`loc`) and whether WARP is on. */
export interface TracePlace {
  loc: string;
  warp: 'off' | 'on' | 'plus';
}

/** `XX`: no country, as Cloudflare says when it cannot place the address. */
export const unplaced: TracePlace = { loc: 'XX', warp: 'off' };

export function traceReply(req: SimRequest, place: TracePlace = unplaced): Reply {
  if (req.path !== '/cdn-cgi/trace') {
    return { status: 404, body: 'Not Found\n', type: 'text/plain;charset=UTF-8' };
  }
  const lines = [
    'fl=sim0',
    `h=${timeSourceHost}`,
    'ip=127.0.0.1',
    `ts=${(req.now / 1000).toFixed(3)}`,
    'visit_scheme=https',
    `uag=${req.userAgent}`,
    'colo=SIM',
    'sliver=none',
    'http=http/1.1',
    `loc=${place.loc}`,
    'tls=TLSv1.3',
    'sni=plaintext',
    `warp=${place.warp}`,
    'gateway=off',
    'rbi=off',
    'kex=X25519',
  ];
  return {
    status: 200,
    body: `${lines.join('\n')}\n`,
    type: 'text/plain',
    headers: { 'cache-control': 'no-cache', server: 'cloudflare' },
  };
}
