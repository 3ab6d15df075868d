/** The popup's sections, in order; each is reachable as `#<name>` (PRODUCT.md, test contract). */
export const sections = [
  'diagnosis',
  'clock',
  'cleanup',
  'authenticator',
  'guide',
  'support',
] as const;
export type Section = (typeof sections)[number];

export function isSection(value: unknown): value is Section {
  return typeof value === 'string' && (sections as readonly string[]).includes(value);
}

/** The section a URL hash names, if any (`#clock` → `clock`). */
export function sectionFromHash(hash: string): Section | undefined {
  const name = hash.replace(/^#/, '');
  return isSection(name) ? name : undefined;
}
