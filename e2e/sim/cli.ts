/**
 * `tsx e2e/sim/cli.ts [--port N] [--secret BASE32] [--method sms|voice|app]`: the simulator alone,
 * for poking at it by hand (curl --resolve, or a browser started with host mapping).
 */
import { parseArgs } from 'node:util';
import { isMethod } from './flow';
import { startSim } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    secret: { type: 'string' },
    method: { type: 'string' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be 0-65535, got ${values.port}`);
  process.exit(2);
}
const method = values.method ?? null;
if (method !== null && !isMethod(method)) {
  console.error('--method must be sms, voice or app');
  process.exit(2);
}

const sim = await startSim({
  port,
  log: true,
  ...(values.secret ? { secret: values.secret } : {}),
  ...(method ? { method } : {}),
});
console.log(
  `Simulator on https://127.0.0.1:${sim.port} (every Seller Central host, www.cloudflare.com)`,
);
console.log(`Demo secret (Base32): ${sim.secret}`);
console.log(`Authenticator URI:    ${sim.otpauthUri}`);
console.log(
  `Try: curl -sk --resolve sellercentral.amazon.de:${sim.port}:127.0.0.1 ${sim.origin('sellercentral.amazon.de')}/ap/page/code-sms`,
);
console.log('Ctrl-C stops it.');

const stop = () => {
  void sim.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
