import { expect, test } from 'vitest';
import recorded from './fixtures/cookies-sim.json' with { type: 'json' };
import { type CookieLike, isSignedIn } from './signed-in';

const host = 'sellercentral.amazon.com';
const now = Date.parse('2026-11-27T05:00:00Z');
const cookie = (name: string, extra: Partial<CookieLike> = {}): CookieLike => ({
  name,
  value: 'Atza|x',
  domain: host,
  session: true,
  ...extra,
});

test.each([
  ['recorded before sign-in (session-id, ubid-main only)', recorded.signedOut, host, false],
  ['recorded after sign-in (at-main, sess-at-main …)', recorded.signedIn, host, true],
  ['no cookies', [], host, false],
  [
    'the UK token',
    [cookie('at-acbuk', { domain: '.amazon.co.uk' })],
    'sellercentral.amazon.co.uk',
    true,
  ],
  [
    'a session token alone',
    [cookie('sess-at-acbde', { domain: 'sellercentral.amazon.de' })],
    'sellercentral.amazon.de',
    true,
  ],
  ['a token of another domain', [cookie('at-main', { domain: '.amazon.de' })], host, false],
  ['a token on a look-alike domain', [cookie('at-main', { domain: 'zon.com' })], host, false],
  ['a parent-domain token applies', [cookie('at-main', { domain: '.amazon.com' })], host, true],
  ['an empty token', [cookie('at-main', { value: '""' })], host, false],
  [
    'an expired token',
    [cookie('at-main', { session: false, expirationDate: now / 1000 - 60 })],
    host,
    false,
  ],
  [
    'a token valid for a year',
    [cookie('at-main', { session: false, expirationDate: now / 1000 + 3.15e7 })],
    host,
    true,
  ],
  ['a name that only contains "at-"', [cookie('cat-main'), cookie('at-main-x!')], host, false],
] as [string, CookieLike[], string, boolean][])('%s', (_case, cookies, h, expected) => {
  expect(isSignedIn(cookies, h, now)).toBe(expected);
});
