import { expect, test } from 'vitest';
import { networkLocation } from './network-location';

const at = (country: string | null, warp = false) => ({ country, warp });

test.each([
  // The trace's country is a country of the zone: nothing to say.
  ['NL from Amsterdam', at('NL'), 'Europe/Amsterdam', null],
  ['US from New York', at('US'), 'America/New_York', null],
  ['LI from Zurich (a shared zone)', at('LI'), 'Europe/Zurich', null],
  ['OM from Dubai (a shared zone)', at('OM'), 'Asia/Dubai', null],
  ['IN from an alias zone', at('IN'), 'Asia/Calcutta', null],
  ['US from US/Eastern', at('US'), 'US/Eastern', null],
  // Another country: a VPN, a proxy, or a traveller.
  ['US from Amsterdam', at('US'), 'Europe/Amsterdam', { case: 'elsewhere', country: 'US' }],
  ['NL from New York', at('NL'), 'America/New_York', { case: 'elsewhere', country: 'NL' }],
  ['FR from Zurich', at('FR'), 'Europe/Zurich', { case: 'elsewhere', country: 'FR' }],
  ['SG from Calcutta', at('SG'), 'Asia/Calcutta', { case: 'elsewhere', country: 'SG' }],
  // WARP on says so itself, whatever the zone, even one of the same country or none.
  ['WARP on, same country', at('NL', true), 'Europe/Amsterdam', { case: 'warp', country: 'NL' }],
  ['WARP on, zone UTC', at('US', true), 'UTC', { case: 'warp', country: 'US' }],
  ['WARP on, unknown country', at('XX', true), 'Europe/Amsterdam', { case: 'warp', country: null }],
  // Either side unknown: no finding.
  ['no trace', null, 'Europe/Amsterdam', null],
  ['no country in the trace', at(null), 'Europe/Amsterdam', null],
  ['XX', at('XX'), 'Europe/Amsterdam', null],
  ['T1 (Tor) as parsed', at(null), 'Europe/Amsterdam', null],
  ['ZZ', at('ZZ'), 'America/New_York', null],
  ['zone UTC', at('US'), 'UTC', null],
  ['zone Etc/UTC', at('US'), 'Etc/UTC', null],
  ['zone Etc/GMT+5', at('US'), 'Etc/GMT+5', null],
  ['empty zone', at('US'), '', null],
  ['no zone', at('US'), null, null],
  ['an odd zone', at('US'), 'Somewhere/Else', null],
  ['a retired alias', at('CA'), 'Canada/East-Saskatchewan', null],
] as const)('%s', (_name, trace, zone, expected) => {
  expect(networkLocation(trace, zone)).toEqual(expected);
});
