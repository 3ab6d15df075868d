/**
 * Ways a time source can fail, per host (`sim.setFault(host, fault)`), as the clock check meets
 * them in the field: a dead host, a refusal, silence, a captive portal, a missing or garbled clock,
 * an endless body, a redirect loop. Each reply here is what the server sends instead of the page.
 */
import type { ServerResponse } from 'node:http';
import type { Reply } from './http';
import { timeSourceHost } from './timesource';

export const faults = [
  /** Connection closed at once, before any byte of HTTP: what a refused connection looks like. */
  'down',
  /** HTTP 403. */
  'refuse',
  /** Never answers (the socket stays open). */
  'hang',
  /** Status 200 with a captive portal's HTML and the portal's own clock, 7 hours off. */
  'portal-html',
  /** No `Date` header; the trace body has no `ts=`. */
  'no-date',
  /** `Date: yesterday-ish`; the trace says `ts=banana`. */
  'bad-date',
  /** Status 200, the right `Date`, and 50 MB of body streamed (the trace's `ts=` comes first). */
  'huge-body',
  /** 302 to the same URL, forever. */
  'redirect-loop',
] as const;

export type Fault = (typeof faults)[number];

export const isFault = (v: unknown): v is Fault => (faults as readonly unknown[]).includes(v);

/** How far the portal's clock is off real time. */
export const portalClockOffsetMs = 7 * 3600_000;

export const hugeBodyBytes = 50 * 1024 * 1024;

const portalPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Welcome to Airport Free Wi-Fi</title></head>
<body><h1>Welcome!</h1><p>Please accept the terms of use to connect to the Internet.</p>
<form method="post" action="/login"><label><input type="checkbox" name="tos"> I accept</label>
<button>Connect</button></form></body></html>
`;

/**
 * What a faulty host sends, given the reply it would have sent and the time it stamped. `date` is
 * the `Date` header to send (null: none). `stream` asks for the huge body instead of `reply.body`.
 */
export function faultyReply(
  fault: Exclude<Fault, 'down' | 'hang'>,
  o: { host: string; url: string; reply: Reply; stampedAt: number },
): { reply: Reply; date: string | null; stream?: boolean } {
  const isTrace = o.host === timeSourceHost;
  const rightDate = new Date(o.stampedAt).toUTCString();
  switch (fault) {
    case 'refuse':
      return {
        reply: { status: 403, body: 'Forbidden\n', type: 'text/plain' },
        date: rightDate,
      };
    case 'portal-html':
      return {
        reply: { status: 200, body: portalPage, type: 'text/html;charset=UTF-8' },
        date: new Date(Date.now() + portalClockOffsetMs).toUTCString(),
      };
    case 'no-date':
      return {
        reply: isTrace ? withTraceTs(o.reply, null) : o.reply,
        date: null,
      };
    case 'bad-date':
      return {
        reply: isTrace ? withTraceTs(o.reply, 'banana') : o.reply,
        date: 'yesterday-ish',
      };
    case 'huge-body':
      return {
        reply: isTrace
          ? { status: 200, body: o.reply.body ?? '', type: 'text/plain' }
          : {
              status: 200,
              body: '<!doctype html>\n<html><body>\n',
              type: 'text/html;charset=UTF-8',
            },
        date: rightDate,
        stream: true,
      };
    case 'redirect-loop':
      return {
        reply: { status: 302, headers: { location: o.url }, body: '', type: 'text/plain' },
        date: rightDate,
      };
  }
}

/** The trace body with its `ts=` line replaced (`null`: removed). */
function withTraceTs(reply: Reply, ts: string | null): Reply {
  const lines = (reply.body ?? '').split('\n');
  const body = lines
    .flatMap((l) => (l.startsWith('ts=') ? (ts === null ? [] : [`ts=${ts}`]) : [l]))
    .join('\n');
  return { ...reply, body };
}

/**
 * Streams `prefix` and then filler up to `hugeBodyBytes`, honouring back-pressure and stopping
 * when the client goes away. Headers must already be set; no Content-Length (chunked).
 */
export function streamHugeBody(res: ServerResponse, prefix: string, isHead: boolean): void {
  if (isHead) {
    res.end();
    return;
  }
  const chunk = Buffer.alloc(64 * 1024, 'x\n');
  let sent = 0;
  const head = Buffer.from(prefix, 'utf8');
  res.write(head);
  sent += head.length;
  const pump = () => {
    while (sent < hugeBodyBytes) {
      if (res.destroyed) return;
      const piece = chunk.subarray(0, Math.min(chunk.length, hugeBodyBytes - sent));
      sent += piece.length;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}
