/**
 * The privacy policy the stores link to: the README's Privacy section itself (one text, so the
 * two cannot drift apart), with the addresses the clock check may contact listed from the code.
 */
import { cloudflareTrace, sellerCentralSource } from '../src/clock/sources';
import { marketplaces } from '../src/sellercentral/marketplaces';
import { markdownSection } from './markdown-section';

/** Every address the extension itself may send a request to, from the clock sources. */
export const contactedAddresses = (): string[] => [
  ...marketplaces.map((m) => sellerCentralSource(m.host).url),
  cloudflareTrace.url,
];

// A link into the repository means nothing on a store page: keep its words, drop the target.
const withoutRelativeLinks = (text: string) =>
  text.replace(/\[([^\]]+)\]\((?![a-z]+:)[^)]*\)/g, '$1');

export function privacyPolicy(readme: string, release: { version: string; date: string }): string {
  const section = withoutRelativeLinks(markdownSection(readme, '## Privacy'));
  return `# Privacy policy: 2SV Helper for Seller Central

For version ${release.version} (${release.date}) of the extension from the Chrome Web Store, Edge
Add-ons and addons.mozilla.org.

${section}

## Addresses the extension contacts

Only for the clock check, without cookies: the marketplace's Seller Central \`robots.txt\` and
Cloudflare's trace address (which Options can turn off):

${contactedAddresses()
  .map((a) => `- ${a}`)
  .join('\n')}

and a time source of your own, only if you add one in Options (the browser asks you first).
`;
}
