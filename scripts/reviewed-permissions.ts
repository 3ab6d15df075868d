/**
 * What the extension may ask the browser for, each entry reviewed with its reason. The source
 * manifest (`reviewed-permissions.test.ts`) and the shipped builds (`e2e/shipped-manifest.spec.ts`)
 * must grant exactly this, and the README's "Permissions, and why" names every entry.
 * A feature that needs more adds a row here, with its reason, in the same commit.
 */
import { cloudflareTrace } from '../src/clock/sources';
import { marketplaces, pagePatterns } from '../src/sellercentral/marketplaces';

export const grantKinds = [
  'permission',
  'optional-permission',
  'host',
  'optional-host',
  'content-script',
  'web-accessible',
  'csp',
  'externally-connectable',
] as const;
export type GrantKind = (typeof grantKinds)[number];

export type Grant = { kind: GrantKind; value: string };
export type ReviewedGrant = Grant & { reason: string };

/** Pages of the extension run only their own bundled scripts; no eval, no plugins, no framing. */
export const extensionPagesCsp =
  "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'";

export const reviewed: readonly ReviewedGrant[] = [
  {
    kind: 'permission',
    value: 'storage',
    reason:
      "the options, the marketplace last seen, the guide's marks and the support draft (local); what the banner saw in each tab, its dismissal, the tab's \"you're in\" card, clock-check progress and the last cleanup's record (session only; the cleanup's also copied to local storage until the browser starts again, so an extension update does not lose it)",
  },
  {
    kind: 'permission',
    value: 'cookies',
    reason:
      'cleanup: list and remove the Seller Central site\'s cookies (and, after the seller allows it, the Amazon sign-in cookies); support, diagnosis and the "you\'re in" card: whether a Seller Central session exists. Values are never stored or sent',
  },
  {
    kind: 'permission',
    value: 'browsingData',
    reason:
      "cleanup: clear the Seller Central origin's cache, Cache Storage, local storage, IndexedDB and service workers, for that origin only and never cookies",
  },
  {
    kind: 'permission',
    value: 'scripting',
    reason:
      "run the extension's own content scripts, and nothing else, in Seller Central sign-in and Contact Us tabs that were already open when it was installed or updated (Chrome and Edge do not), and in the sign-in tab the popup is opened over when nothing has read it yet; and the support section's page outline for a bug report, made on the seller's click by one function run in the sign-in tab the popup is over, returning the page's structure only (tags, ids, classes, form field names and types; no text, no values), shown before it is copied. No new warning: it reaches only the hosts above",
  },
  ...marketplaces.map((m) => ({
    kind: 'host' as const,
    value: `*://${m.host}/*`,
    reason:
      'clock check (the Date of its robots.txt, the clock that judges the code) and cleanup: the cookies API shows only cookies of hosts the extension may reach, and a non-Secure cookie\'s address is http://, so both schemes; and, without the tabs permission, the address of a sign-in tab once it reaches Seller Central outside the sign-in (the "you\'re in" card)',
  })),
  {
    kind: 'host',
    value: cloudflareTrace.url,
    reason: 'clock check: a second, independent clock (this one address only; can be switched off)',
  },
  {
    kind: 'optional-host',
    value: 'https://*/*',
    reason:
      "never granted at install; asked for one origin at a time: the seller's own https time source when added in Options, or the marketplace's Amazon domain (https://amazon.<country>/*) when the seller chooses the wider sign-in cleanup",
  },
  ...marketplaces.flatMap((m) =>
    pagePatterns(m.host, 'sign-in').map((value) => ({
      kind: 'content-script' as const,
      value,
      reason:
        'recognise the 2SV sign-in page and show the banner; sign-in pages only (/ap/ and the newer /ax/ "claim" pages)',
    })),
  ),
  ...marketplaces.flatMap((m) =>
    pagePatterns(m.host, 'contact').map((value) => ({
      kind: 'content-script' as const,
      value,
      reason:
        "Contact Us form: a small banner that pastes the seller's own support description into the form, on the seller's click only",
    })),
  ),
  {
    kind: 'csp',
    value: extensionPagesCsp,
    reason: 'extension pages run only the scripts shipped in the package',
  },
];

type Json = Record<string, unknown>;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

/** Everything a manifest (source, Chrome build or Firefox build) asks the browser for. */
export function grantsOf(manifest: Json): Grant[] {
  const list = (kind: GrantKind, values: string[]) => values.map((value) => ({ kind, value }));
  const csp = manifest.content_security_policy;
  const cspValues =
    typeof csp === 'string'
      ? [csp]
      : typeof csp === 'object' && csp !== null
        ? Object.values(csp).filter((s): s is string => typeof s === 'string')
        : [];
  const scripts = Array.isArray(manifest.content_scripts)
    ? (manifest.content_scripts as Json[])
    : [];
  const war = Array.isArray(manifest.web_accessible_resources)
    ? (manifest.web_accessible_resources as Json[])
    : [];
  const external = manifest.externally_connectable as Json | undefined;
  return [
    ...list('permission', strings(manifest.permissions)),
    ...list('optional-permission', strings(manifest.optional_permissions)),
    ...list('host', strings(manifest.host_permissions)),
    ...list('optional-host', strings(manifest.optional_host_permissions)),
    ...list(
      'content-script',
      scripts.flatMap((c) => strings(c.matches)),
    ),
    ...list(
      'web-accessible',
      war.flatMap((w) => strings(w.matches)),
    ),
    ...list('csp', cspValues),
    ...list('externally-connectable', external ? [JSON.stringify(external)] : []),
  ];
}

export const grantKey = (g: Grant) => `${g.kind} ${g.value}`;

/** Sorted keys, for comparing a manifest with the reviewed list in one readable diff. */
export const grantKeys = (grants: readonly Grant[]) => grants.map(grantKey).sort();

/**
 * Rules every manifest must keep whatever the table says: no host wildcard beyond the optional
 * one, content scripts and web-accessible resources only on the reviewed content-script pages,
 * no `unsafe-eval` or remote script source in the CSP. Returns the broken rules, or none.
 */
export function manifestProblems(manifest: Json): string[] {
  const grants = grantsOf(manifest);
  const problems: string[] = [];
  // Pages a content script may run on: the reviewed content-script rows, no others.
  const scriptPages = new Set(
    reviewed.filter((r) => r.kind === 'content-script').map((r) => r.value),
  );
  const text = JSON.stringify(manifest);
  if (text.includes('<all_urls>')) problems.push('asks for <all_urls>');
  for (const g of grants) {
    // `*://` is only "http and https"; a `*` in the host is what widens a pattern.
    const wildHost = /^[^:]+:\/\/\*/.test(g.value);
    if ((g.kind === 'host' || g.kind === 'content-script') && wildHost) {
      problems.push(`${g.kind} with a wildcard host: ${g.value}`);
    }
    if ((g.kind === 'content-script' || g.kind === 'web-accessible') && !scriptPages.has(g.value)) {
      problems.push(`${g.kind} beyond the reviewed content-script pages: ${g.value}`);
    }
    if (g.kind === 'csp') {
      const scriptSrc = /script-src([^;]*)/.exec(g.value)?.[1]?.trim() ?? '';
      if (scriptSrc !== "'self'") problems.push(`script-src other than 'self': ${g.value}`);
      if (/unsafe-eval|unsafe-inline|wasm-unsafe-eval/.test(g.value)) {
        problems.push(`unsafe CSP source: ${g.value}`);
      }
    }
    if (g.kind === 'externally-connectable') {
      problems.push(`web pages or other extensions may message the background: ${g.value}`);
    }
  }
  if (!grants.some((g) => g.kind === 'csp')) problems.push('no extension-page CSP');
  return problems;
}
