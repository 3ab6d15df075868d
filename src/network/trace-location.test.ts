import { expect, test } from 'vitest';
import { parseTraceLocation } from './trace-location';

/** A trace body as www.cloudflare.com/cdn-cgi/trace answers (keys in its order). */
const trace = (loc: string, warp = 'off') =>
  [
    'fl=123abc',
    'h=www.cloudflare.com',
    'ip=203.0.113.9',
    'ts=1732700000.123',
    'visit_scheme=https',
    'uag=Mozilla/5.0',
    'colo=AMS',
    'sliver=none',
    'http=http/2',
    `loc=${loc}`,
    'tls=TLSv1.3',
    'sni=plaintext',
    `warp=${warp}`,
    'gateway=off',
    'rbi=off',
    'kex=X25519',
    '',
  ].join('\n');

test.each([
  [trace('NL'), { country: 'NL', warp: false }],
  [trace('US', 'on'), { country: 'US', warp: true }],
  [trace('DE', 'plus'), { country: 'DE', warp: true }],
  // Placeholders keep their shape: the rule decides they are no country.
  [trace('XX'), { country: 'XX', warp: false }],
  // Not two capital letters: no country, the WARP answer still stands.
  [trace('T1'), { country: null, warp: false }],
  [trace('nl'), { country: null, warp: false }],
  [trace(''), { country: null, warp: false }],
  [trace('NLD', 'on'), { country: null, warp: true }],
  ['loc=NL\r\nwarp=off\r\n', { country: 'NL', warp: false }],
])('%j', (body, expected) => {
  expect(parseTraceLocation(body)).toEqual(expected);
});

test.each([
  ['a portal page', '<html><body>Sign in to the Wi-Fi</body></html>'],
  ['an empty body', ''],
  ['a trace without loc or warp', 'ts=1732700000.123\nh=x\n'],
  ['two countries', `${trace('NL')}loc=US\n`],
  ['two WARP answers', `${trace('NL')}warp=on\n`],
  ['a huge body', `loc=NL\n${'x=y\n'.repeat(5_000)}`],
  ['a line that is not key=value', `${trace('NL')}hello\n`],
])('%s is no answer', (_name, body) => {
  expect(parseTraceLocation(body)).toBeNull();
});
