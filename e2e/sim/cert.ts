/** A throwaway certificate for every simulated host, made at start (nothing kept on disk). */
import { generate } from 'selfsigned';

export interface KeyPair {
  key: string;
  cert: string;
}

export async function makeCertificate(hosts: readonly string[]): Promise<KeyPair> {
  const day = 24 * 60 * 60 * 1000;
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: 'sc2sv simulator' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    // Valid well around now: tests shift clocks, not the certificate.
    notBeforeDate: new Date(now - 7 * day),
    notAfterDate: new Date(now + 30 * day),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...hosts.map((value) => ({ type: 2 as const, value })),
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
