/**
 * Firefox has no `--host-resolver-rules`: the tests point its HTTPS proxy here instead. This
 * CONNECT proxy tunnels the simulated hostnames to the local simulator and refuses every other
 * host, so Firefox's own background traffic never reaches the network nor the simulator.
 * https://httpwg.org/specs/rfc9110.html#CONNECT
 */

import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface ConnectProxy {
  port: number;
  /** Hosts asked for and refused (e.g. Firefox's update and telemetry services). */
  refused: string[];
  close(): Promise<void>;
}

export async function startConnectProxy(
  hosts: readonly string[],
  targetPort: number,
): Promise<ConnectProxy> {
  const allowed = new Set(hosts);
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.once('data', (head) => {
      const line = head.toString('latin1').split('\r\n', 1)[0] ?? '';
      const [verb, authority] = line.split(' ');
      const host = (authority ?? '').replace(/:443$/, '');
      if (verb !== 'CONNECT' || !allowed.has(host)) {
        refused.push(host);
        client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
