import { expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { contentScriptsOf } from './content-scripts';
import { planTabRead } from './plan-tab-read';

const scripts = contentScriptsOf(manifest);
const tab = { id: 5, hasRecord: false, isPopupTab: false, scripts };

test.each([
  [
    'a sign-in page nothing reported: read it with the banner script',
    { url: 'https://sellercentral.amazon.de/ap/mfa?arb=1' },
    { kind: 'read', files: ['src/content/index.ts'] },
  ],
  [
    'a page already reported: nothing to do',
    { url: 'https://sellercentral.amazon.de/ap/mfa', hasRecord: true },
    { kind: 'none' },
  ],
  [
    'a Seller Central page outside the sign-in: its marketplace only',
    { url: 'https://sellercentral.amazon.de/home' },
    { kind: 'none' },
  ],
  [
    'Contact Us: the paste banner is not a reader of pages',
    { url: 'https://sellercentral.amazon.de/cu/contact-us' },
    { kind: 'none' },
  ],
  [
    'a Seller Central host over http: no content script runs there',
    { url: 'http://sellercentral.amazon.de/ap/mfa' },
    { kind: 'none' },
  ],
  [
    'another site or a browser page (its address is hidden from the extension)',
    { url: undefined },
    { kind: 'elsewhere' },
  ],
  [
    'the popup opened as a page in this very tab',
    { url: undefined, isPopupTab: true },
    { kind: 'none' },
  ],
  ['no tab at all', { url: undefined, id: null }, { kind: 'none' }],
] as const)('%s', (_case, known, expected) => {
  expect(planTabRead({ ...tab, ...known })).toEqual(expected);
});
