import { expect, test } from 'vitest';
import { marketplaces } from '../sellercentral/marketplaces';
import { parentDomain, parentOrigin } from './parent-domain';
import { isSignInCookie } from './sign-in-cookie';

test.each([
  ['sellercentral.amazon.com', 'amazon.com'],
  ['sellercentral-europe.amazon.com', 'amazon.com'],
  ['sellercentral.amazon.co.uk', 'amazon.co.uk'],
  ['sellercentral.amazon.com.mx', 'amazon.com.mx'],
] as const)('%s → %s', (host, parent) => {
  expect(parentDomain(host)).toBe(parent);
  expect(parentOrigin(host)).toBe(`https://${parent}/*`);
});

test('every listed host has an amazon.* parent', () => {
  for (const m of marketplaces) expect(parentDomain(m.host)).toMatch(/^amazon\.[a-z.]+$/);
});

test.each([
  ['at-main', true],
  ['x-acbuk', true],
  ['sess-at-acbde', true],
  ['session-token', true],
  ['session-id', false],
  ['ubid-main', false],
  ['i18n-prefs', false],
  ['lc-main', false],
  ['at-main-evil', false],
])('sign-in cookie %s: %s', (name, yes) => {
  expect(isSignInCookie(name)).toBe(yes);
});
