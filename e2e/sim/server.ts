/**
 * The local stand-in for every Seller Central host and the clock source: one HTTPS server on
 * 127.0.0.1; the Host header picks the marketplace. Tests and the demo map the real hostnames here
 * (e2e/browser.ts), so nothing ever reaches the network.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { Secret, TOTP } from 'otpauth';
import { marketplaces } from '../../src/sellercentral/marketplaces';
import { makeCertificate } from './cert';
import { type Fault, faultyReply, streamHugeBody } from './faults';
import { createFlow, type Session } from './flow';
import { parseCookies, type Reply, type SimRequest } from './http';
import type { Method } from './pages';
import { marketplaceReply } from './routes';
import { type TracePlace, timeSourceHost, traceReply, unplaced } from './timesource';

export type { Fault } from './faults';
export { faults } from './faults';
export type { Method } from './pages';

/** Network delay around the server reading its clock (a round trip of outMs + backMs). */
export interface Latency {
  /** Before the server stamps its time (the request's way out). */
  outMs: number;
  /** After the stamp, before the reply leaves (the way back). */
  backMs: number;
}

export interface StartOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** The demo account's TOTP secret in Base32 (spaces allowed); random when absent. */
  secret?: string;
  /** Print each request and each "sent" SMS/call code. */
  log?: boolean;
  /** The demo account's 2SV method when /ap/signin has no `?method=` (default `app`). */
  method?: Method;
}

export interface RequestRecord {
  host: string;
  method: string;
  /** Path without the query. */
  path: string;
  /** Path with the query. */
  url: string;
  /** Real time the request arrived (ms). */
  time: number;
  /** The Cookie header, if the client sent one. */
  cookie: string | null;
}

export interface Sim {
  port: number;
  /** `https://<host>:<port>`, for clients that do not map hostnames (curl, fetch). */
  origin(host: string): string;
  /** The demo secret, Base32. */
  secret: string;
  /** `otpauth://totp/...` for an authenticator app. */
  otpauthUri: string;
  /** The code the demo account's app shows now by this host's clock (default: any host). */
  code(host?: string): string;
  requests: RequestRecord[];
  sessions: ReadonlyMap<string, Session>;
  /** Shift what `host` (or `'*'`: every host without its own offset) reports as the time. */
  setClockOffsetMs(hostOrAll: string, ms: number): void;
  /** Hold `host`'s (or `'*'`) replies for `ms` before answering (as `setLatency` with `outMs`). */
  setDelayMs(hostOrAll: string, ms: number): void;
  /**
   * Asymmetric latency for `host` (or `'*'`): `outMs` before the server stamps its time, `backMs`
   * between the stamp and the reply. Replaces any `setDelayMs` for that host.
   */
  setLatency(hostOrAll: string, latency: Latency): void;
  /** Make `host` (or `'*'`) fail in one of the ways of `faults.ts`; null heals it. */
  setFault(hostOrAll: string, fault: Fault | null): void;
  /** Where the trace places the connection from now on (`loc`, `warp`). */
  setTracePlace(place: Partial<TracePlace>): void;
  /** Forget offsets, delays, latencies, faults, requests and sessions (one sim, many tests). */
  reset(): void;
  close(): Promise<void>;
}

const all = '*';
const maxBody = 1024 * 1024;
const knownHosts: ReadonlySet<string> = new Set(marketplaces.map((m) => m.host));

function hostOf(req: IncomingMessage): string {
  const raw = (req.headers.host ?? '').toLowerCase();
  return raw.startsWith('[') ? raw.slice(0, raw.indexOf(']') + 1) : raw.replace(/:\d+$/, '');
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  if (req.method !== 'POST') return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > maxBody) throw new Error('request body too large');
    chunks.push(b);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startSim(opts: StartOptions = {}): Promise<Sim> {
  const secret = opts.secret
    ? Secret.fromBase32(opts.secret.replace(/[\s-]+/g, '').toUpperCase())
    : new Secret({ size: 32 });
  const totp = new TOTP({
    issuer: 'Amazon Seller Central (simulator)',
    label: 'seller@example.com',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret,
  });
  const log = opts.log ? (line: string) => console.log(line) : () => {};
  const flow = createFlow({ totp, defaultMethod: opts.method ?? 'app', log });

  const offsets = new Map<string, number>();
  const latencies = new Map<string, Latency>();
  const faultsSet = new Map<string, Fault>();
  /** Replies held open (`hang`, a huge body in flight), ended at reset and close. */
  const held = new Set<ServerResponse>();
  const requests: RequestRecord[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const setting = (m: Map<string, number>, host: string) => m.get(host) ?? m.get(all) ?? 0;
  const latencyOf = (host: string): Latency =>
    latencies.get(host) ?? latencies.get(all) ?? { outMs: 0, backMs: 0 };
  const faultOf = (host: string): Fault | null => faultsSet.get(host) ?? faultsSet.get(all) ?? null;
  const hold = (res: ServerResponse) => {
    held.add(res);
    res.once('close', () => held.delete(res));
  };
  const now = (host: string) => Date.now() + setting(offsets, host);

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  let tracePlace = unplaced;
  const route = async (req: SimRequest): Promise<Reply> => {
    if (req.host === timeSourceHost) return traceReply(req, tracePlace);
    // localhost and 127.0.0.1 act as the US marketplace, for a quick look without host mapping.
    if (knownHosts.has(req.host) || req.host === 'localhost' || req.host === '127.0.0.1') {
      return marketplaceReply(req, flow);
    }
    return { status: 421, body: 'Misdirected Request\n', type: 'text/plain' };
  };

  const send = (
    res: ServerResponse,
    reply: Reply,
    date: string | null,
    stream?: { isHead: boolean },
  ) => {
    res.statusCode = reply.status;
    // Sent explicitly (or left out on purpose): the Date header is a clock the extension reads,
    // and tests shift it; Node's own Date must never replace or add to it.
    res.sendDate = false;
    if (date !== null) res.setHeader('date', date);
    res.setHeader('server', 'Server');
    res.setHeader('cache-control', 'no-cache, no-store, must-revalidate');
    if (reply.type) res.setHeader('content-type', reply.type);
    for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
    if (reply.cookies?.length) res.setHeader('set-cookie', reply.cookies);
    if (stream) {
      hold(res);
      streamHugeBody(res, reply.body ?? '', stream.isHead);
      return;
    }
    const body = Buffer.from(reply.body ?? '', 'utf8');
    res.setHeader('content-length', body.length);
    res.end(body);
  };

  const cert = await makeCertificate([...knownHosts, timeSourceHost, 'localhost']);
  const server = createServer({ ...cert, keepAliveTimeout: 2_000 }, (req, res) => {
    const host = hostOf(req);
    const fault = faultOf(host);
    if (fault === 'down') {
      // A keep-alive connection opened before the fault: drop it without a byte of HTTP.
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'https://sim.invalid');
    requests.push({
      host,
      method: req.method ?? 'GET',
      path: url.pathname,
      url: url.pathname + url.search,
      time: Date.now(),
      cookie: req.headers.cookie ?? null,
    });
    if (fault === 'hang') {
      hold(res);
      req.resume();
      log(`[sim] ${req.method} ${host}${url.pathname}${url.search} → (hangs)`);
      return;
    }
    void (async () => {
      let reply: Reply;
      const { outMs, backMs } = latencyOf(host);
      let stampedAt = now(host);
      try {
        const form = await readForm(req);
        if (outMs > 0) await wait(outMs);
        stampedAt = now(host);
        reply = await route({
          method: req.method ?? 'GET',
          host,
          path: url.pathname,
          query: url.searchParams,
          cookies: parseCookies(req.headers.cookie),
          form,
          now: stampedAt,
          userAgent: req.headers['user-agent'] ?? '',
        });
      } catch (err) {
        reply = { status: 500, body: `${String(err)}\n`, type: 'text/plain' };
      }
      let date: string | null = new Date(stampedAt).toUTCString();
      let stream: { isHead: boolean } | undefined;
      if (fault) {
        const f = faultyReply(fault, { host, url: url.pathname + url.search, reply, stampedAt });
        ({ reply, date } = f);
        if (f.stream) stream = { isHead: req.method === 'HEAD' };
      }
      if (backMs > 0) await wait(backMs);
      if (res.destroyed) return;
      send(res, reply, date, stream);
      log(
        `[sim] ${req.method} ${host}${url.pathname}${url.search} → ${reply.status}${fault ? ` (${fault})` : ''}`,
      );
    })();
  });

  // A host that is `down` drops new connections as soon as TLS tells which host they are for.
  server.on('secureConnection', (socket: TLSSocket) => {
    const name = typeof socket.servername === 'string' ? socket.servername.toLowerCase() : '';
    if (name && faultOf(name) === 'down') socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    port,
    origin: (host) => `https://${host}:${port}`,
    secret: secret.base32,
    otpauthUri: totp.toString(),
    code: (host = all) => totp.generate({ timestamp: now(host) }),
    requests,
    sessions: flow.sessions,
    setClockOffsetMs: (host, ms) => void offsets.set(host.toLowerCase(), ms),
    setDelayMs: (host, ms) => void latencies.set(host.toLowerCase(), { outMs: ms, backMs: 0 }),
    setLatency: (host, { outMs, backMs }) =>
      void latencies.set(host.toLowerCase(), {
        outMs: Math.max(0, outMs),
        backMs: Math.max(0, backMs),
      }),
    setFault: (host, fault) => {
      if (fault === null) faultsSet.delete(host.toLowerCase());
      else faultsSet.set(host.toLowerCase(), fault);
    },
    setTracePlace: (place) => {
      tracePlace = { ...tracePlace, ...place };
    },
    reset: () => {
      tracePlace = unplaced;
      offsets.clear();
      latencies.clear();
      faultsSet.clear();
      for (const res of held) res.destroy();
      held.clear();
      requests.length = 0;
      flow.sessions.clear();
      flow.blocked.clear();
    },
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        for (const res of held) res.destroy();
        held.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets would hold close() open; nothing in flight matters at shutdown.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
