import { describe, expect, test } from 'vitest';
import type { ExpiringCookie } from './expire';
import { removeIsExact } from './remove-is-exact';

const c = (over: Partial<ExpiringCookie> & { name: string; domain: string }): ExpiringCookie => ({
  path: '/',
  storeId: 'firefox-default',
  secure: true,
  hostOnly: !over.domain.startsWith('.'),
  httpOnly: false,
  sameSite: 'unspecified',
  firstPartyDomain: '',
  ...over,
});

const host = 'sellercentral.amazon.com';
const target = c({ name: 'session-id', domain: host });

describe('removeIsExact', () => {
  test.each([
    ['alone in its store', [target], true],
    [
      'beside a shopping cookie of the same name on .amazon.com',
      [target, c({ name: 'session-id', domain: '.amazon.com' })],
      false,
    ],
    [
      'beside a domain cookie of the same name on the host itself',
      [target, c({ name: 'session-id', domain: `.${host}` })],
      false,
    ],
    [
      'beside one of the same name on a path above its own',
      [c({ name: 'a', domain: host, path: '/ap' }), c({ name: 'a', domain: host })],
      false,
    ],
    [
      'beside one on a path below its own (not sent to it)',
      [c({ name: 'a', domain: host }), c({ name: 'a', domain: host, path: '/ap' })],
      true,
    ],
    [
      'beside one on a sibling path (/apx is not under /ap)',
      [c({ name: 'a', domain: host, path: '/ap' }), c({ name: 'a', domain: host, path: '/apx' })],
      true,
    ],
    [
      'beside a host-only one on a subdomain (never sent to the host)',
      [target, c({ name: 'session-id', domain: `www.${host}` })],
      true,
    ],
    [
      'beside one on another site',
      [target, c({ name: 'session-id', domain: 'sellercentral.amazon.de' })],
      true,
    ],
    [
      'beside one of the same name in another store',
      [target, c({ name: 'session-id', domain: '.amazon.com', storeId: 'firefox-container-1' })],
      true,
    ],
    [
      'beside one of another partition',
      [
        target,
        c({
          name: 'session-id',
          domain: '.amazon.com',
          partitionKey: { topLevelSite: 'https://amazon.de', hasCrossSiteAncestor: true },
        }),
      ],
      true,
    ],
    [
      'beside one of another first-party domain',
      [target, c({ name: 'session-id', domain: '.amazon.com', firstPartyDomain: 'amazon.de' })],
      true,
    ],
    [
      'a plain-http cookie beside a Secure one (an http URL is not sent Secure cookies)',
      [c({ name: 'a', domain: host, secure: false }), c({ name: 'a', domain: '.amazon.com' })],
      true,
    ],
    [
      'a Secure cookie beside a plain one (an https URL is sent both)',
      [c({ name: 'a', domain: host }), c({ name: 'a', domain: '.amazon.com', secure: false })],
      false,
    ],
  ])('%s: %s', (_case, store, exact) => {
    const [first] = store;
    if (!first) throw new Error('no cookie');
    expect(removeIsExact(first, store)).toBe(exact);
  });
});
