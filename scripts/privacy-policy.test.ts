import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { markdownSection } from './markdown-section';
import { contactedAddresses, privacyPolicy } from './privacy-policy';
import { reviewed } from './reviewed-permissions';

const readme = readFileSync(resolve(import.meta.dirname, '..', 'README.md'), 'utf8');
const policy = privacyPolicy(readme, { version: '0.1.0', date: '2026-12-01' });
const section = markdownSection(readme, '## Privacy');

test("is the README's Privacy section, word for word", () => {
  // Paragraphs and list items, each as the README writes it.
  const paragraphs = section.split(/\n\n+|\n(?=- )/).filter((p) => !p.includes(']('));
  expect(paragraphs.length).toBeGreaterThan(3);
  for (const p of paragraphs) expect(policy).toContain(p);
  expect(policy).toContain('For version 0.1.0 (2026-12-01)');
});

test('keeps no link into the repository', () => {
  expect(policy).not.toMatch(/\]\((?![a-z]+:)/);
  expect(policy).toContain('See SECURITY.md for');
});

test('lists the addresses the clock check may reach, each one a reviewed host permission', () => {
  const hosts = reviewed.filter((r) => r.kind === 'host').map((r) => r.value);
  const allowed = (url: string) =>
    hosts.some((h) => url === h || new URL(url).host === /^\*:\/\/([^/]+)\//.exec(h)?.[1]);
  expect(contactedAddresses().length).toBe(hosts.length);
  for (const url of contactedAddresses()) {
    expect(allowed(url), url).toBe(true);
    expect(policy).toContain(`- ${url}\n`);
  }
});

test('a missing section stops the policy', () => {
  expect(() => privacyPolicy('# x\n\n## Other\n', { version: '1', date: '2027-01-01' })).toThrow(
    'no "## Privacy" section',
  );
});
