import { describe, expect, test } from 'vitest';
import { isRobotsTxt, parseDateHeader, parseTrace } from './parse';

const at = (iso: string) => Date.parse(iso);

describe('parseDateHeader', () => {
  test.each([
    ['IMF-fixdate', 'Wed, 27 Nov 2024 09:33:20 GMT', at('2024-11-27T09:33:20Z')],
    ['IMF-fixdate, leap day', 'Thu, 29 Feb 2024 23:59:59 GMT', at('2024-02-29T23:59:59Z')],
    [
      'IMF-fixdate, surrounding spaces',
      '  Wed, 27 Nov 2024 09:33:20 GMT ',
      at('2024-11-27T09:33:20Z'),
    ],
    ['IMF-fixdate, lower case', 'wed, 27 nov 2024 09:33:20 gmt', at('2024-11-27T09:33:20Z')],
    ['RFC 850', 'Wednesday, 27-Nov-24 09:33:20 GMT', at('2024-11-27T09:33:20Z')],
    ['asctime, padded day', 'Sat Nov  2 09:33:20 2024', at('2024-11-02T09:33:20Z')],
    ['asctime, two-digit day', 'Wed Nov 27 09:33:20 2024', at('2024-11-27T09:33:20Z')],
    ['leap second', 'Sat, 31 Dec 2016 23:59:60 GMT', at('2017-01-01T00:00:00Z')],
    ['year 2000', 'Sat, 01 Jan 2000 00:00:00 GMT', at('2000-01-01T00:00:00Z')],
    ['year 2100', 'Fri, 31 Dec 2100 23:59:59 GMT', at('2100-12-31T23:59:59Z')],
  ])('%s', (_form, header, expected) => {
    expect(parseDateHeader(header)).toBe(expected);
  });

  test.each([
    ['missing', null],
    ['empty', ''],
    ['HTML', '<html><body>Login to the hotel Wi-Fi</body></html>'],
    ['huge', `Wed, 27 Nov 2024 09:33:20 GMT${' '.repeat(100_000)}`],
    ['ISO 8601', '2024-11-27T09:33:20Z'],
    ['epoch number', '1732700000'],
    ['other zone', 'Wed, 27 Nov 2024 09:33:20 +0100'],
    ['no zone', 'Wed, 27 Nov 2024 09:33:20'],
    ['single-digit day in IMF-fixdate', 'Wed, 7 Nov 2024 09:33:20 GMT'],
    ['unknown month', 'Wed, 27 Nov 2024 09:33:20 GMT'.replace('Nov', 'Nom')],
    ['unknown weekday', 'Wdn, 27 Nov 2024 09:33:20 GMT'],
    ['31 February', 'Mon, 31 Feb 2025 10:00:00 GMT'],
    ['29 February of a common year', 'Sat, 29 Feb 2025 10:00:00 GMT'],
    ['day zero', 'Sat, 00 Feb 2025 10:00:00 GMT'],
    ['hour 24', 'Wed, 27 Nov 2024 24:00:00 GMT'],
    ['minute 60', 'Wed, 27 Nov 2024 09:60:00 GMT'],
    ['second 61', 'Wed, 27 Nov 2024 09:33:61 GMT'],
    ['before 2000', 'Sun, 06 Nov 1994 08:49:37 GMT'],
    ['RFC 850 in the 1990s', 'Sunday, 06-Nov-94 08:49:37 GMT'],
    ['asctime before 2000', 'Sun Nov  6 08:49:37 1994'],
    ['the Unix epoch', 'Thu, 01 Jan 1970 00:00:00 GMT'],
    ['after 2100', 'Sat, 01 Jan 2101 00:00:00 GMT'],
    ['negative year', 'Wed, 27 Nov -024 09:33:20 GMT'],
    ['NaN', 'NaN'],
  ])('%s → null', (_case, header) => {
    expect(parseDateHeader(header)).toBeNull();
  });
});

// As www.cloudflare.com/cdn-cgi/trace answers (abridged, with a real-looking user agent).
const trace = (ts: string) =>
  [
    'fl=466f45',
    'h=www.cloudflare.com',
    'ip=203.0.113.7',
    `ts=${ts}`,
    'visit_scheme=https',
    'uag=Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'colo=FRA',
    'sliver=none',
    'http=http/2',
    'loc=DE',
    'tls=TLSv1.3',
    'sni=plaintext',
    'warp=off',
    'gateway=off',
    'rbi=off',
    'kex=X25519MLKEM768',
    '',
  ].join('\n');

describe('parseTrace', () => {
  test.each([
    ['milliseconds', trace('1732700000.123'), 1732700000123],
    ['no fraction', trace('1732700000'), 1732700000000],
    ['one decimal', trace('1732700000.5'), 1732700000500],
    ['microseconds', trace('1732700000.123456'), 1732700000123.456],
    ['no float error', trace('1732700000.001'), 1732700000001],
    ['CRLF lines', trace('1732700000.123').replaceAll('\n', '\r\n'), 1732700000123],
    ['only ts', 'ts=1732700000.123', 1732700000123],
  ])('%s', (_case, body, expected) => {
    expect(parseTrace(body)).toBe(expected);
  });

  test.each([
    ['empty', ''],
    ['missing ts', trace('x').replace('ts=x\n', '')],
    ['empty ts', trace('')],
    ['HTML (captive portal)', '<!DOCTYPE html><html><body><p>ts=1732700000.123</p></body></html>'],
    ['HTML with a ts line', `<html>\nts=1732700000.123\n</html>`],
    ['huge', trace('1732700000.123') + 'x=y\n'.repeat(100_000)],
    ['negative', trace('-1732700000.123')],
    ['NaN', trace('NaN')],
    ['Infinity', trace('Infinity')],
    ['exponent', trace('1.7327e9')],
    ['milliseconds instead of seconds', trace('1732700000123')],
    ['before 2000', trace('915148800.000')],
    ['after 2100', trace('4133980800.000')],
    ['two ts lines', `${trace('1732700000.123')}ts=1732700099.000\n`],
    ['JSON', '{"ts":1732700000.123}'],
  ])('%s → null', (_case, body) => {
    expect(parseTrace(body)).toBeNull();
  });
});

describe('isRobotsTxt', () => {
  test.each([
    ['Seller Central-like', 'User-agent: *\nAllow: /seller-forums\nDisallow: /\n', true],
    ['comments, blank lines, CRLF', '# hi\r\n\r\nuser-agent: *  # all\r\ndisallow:\r\n', true],
    ['other records (Sitemap, Host)', 'User-agent: *\nSitemap: https://x/s.xml\nHost: x\n', true],
    ['no User-agent', 'Disallow: /\n', false],
    ['empty', '', false],
    ['a portal page', '<!doctype html><html><body>User-agent: *</body></html>', false],
    ['a JSON error', '{"error":"blocked by policy"}', false],
    ['text with a colon mid-line', 'User-agent: *\nthis is: not a record\n', false],
  ])('%s', (_name, body, expected) => {
    expect(isRobotsTxt(body)).toBe(expected);
  });
});
