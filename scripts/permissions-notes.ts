/**
 * What the store dashboards ask about permissions, written from the reviewed list
 * (scripts/reviewed-permissions.ts, which the source and built manifests are held to): the single
 * purpose (Chrome Web Store policy:
 * https://developer.chrome.com/docs/webstore/program-policies/quality-guidelines), a reason for
 * each permission and host, remote code and data use.
 */
import { type GrantKind, grantKinds, type ReviewedGrant, reviewed } from './reviewed-permissions';

/** The Chrome Web Store's single-purpose statement: one sentence. */
export const singlePurpose =
  'Helps Amazon sellers get through the Two-Step Verification step of the Seller Central sign-in when it fails, by explaining the sign-in page and checking the clock, cookies and authenticator app that the codes depend on.';

const headings: Record<GrantKind, string> = {
  permission: 'Permissions',
  'optional-permission': 'Optional permissions',
  host: 'Host permissions',
  'optional-host': 'Optional host permissions',
  'content-script': 'Content scripts (pages they run on)',
  'web-accessible': 'Web-accessible resources',
  csp: 'Content security policy of the extension pages',
  'externally-connectable': 'Externally connectable',
};

/** Broad grants reviewers look for; each one the list does not hold is named as not asked for. */
const broad = ['<all_urls>', 'tabs', 'scripting', 'webRequest', 'history', 'identity'];

/** Rows of one kind that share their reason become one entry naming all their values. */
function grouped(rows: readonly ReviewedGrant[]): { values: string[]; reason: string }[] {
  const groups = new Map<string, string[]>();
  for (const r of rows) groups.set(r.reason, [...(groups.get(r.reason) ?? []), r.value]);
  return [...groups].map(([reason, values]) => ({ values, reason }));
}

const sentence = (s: string) =>
  `${s.charAt(0).toUpperCase()}${s.slice(1)}${s.endsWith('.') ? '' : '.'}`;

export function permissionsNotes(
  version: string,
  grants: readonly ReviewedGrant[] = reviewed,
): string {
  const present = grantKinds.filter((k) => grants.some((g) => g.kind === k));
  const sections = present.map((kind) => {
    const entries = grouped(grants.filter((g) => g.kind === kind)).map(
      ({ values, reason }) =>
        `- ${values.map((v) => `\`${v}\``).join(', ')}\n\n  ${sentence(reason)}`,
    );
    return `## ${headings[kind]}\n\n${entries.join('\n\n')}`;
  });
  const values = new Set(grants.map((g) => g.value));
  const notAsked = [
    ...broad.filter((b) => !values.has(b)).map((b) => `\`${b}\``),
    ...(['web-accessible', 'externally-connectable'] as const)
      .filter((k) => !present.includes(k))
      .map((k) => headings[k].toLowerCase()),
  ];
  return `# Permissions of 2SV Helper for Seller Central ${version}

For the store reviews (Chrome Web Store, Edge Add-ons, addons.mozilla.org). Written from
\`scripts/reviewed-permissions.ts\`, the list that tests hold the source manifest and both built
manifests to: the extension asks for exactly what is below, and for nothing else.

## Single purpose

${singlePurpose}

${sections.join('\n\n')}

## Not asked for

${notAsked.join(', ')}.

## Remote code

None. Every script ships in the package; the extension pages allow \`'self'\` scripts only, and
the build is checked for \`eval\`, \`new Function\` and remote script addresses.

## Data use

The extension collects and transmits no user data: no personal, authentication or payment
information, no browsing history, no analytics. What it keeps stays in the browser's own storage
(see the privacy policy); the authenticator key a seller may type into the authenticator check
lives in the popup's memory only and is never saved, logged or sent. The Firefox manifest declares
\`data_collection_permissions: { required: ["none"] }\`.
`;
}
