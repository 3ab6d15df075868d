/** Files with the same bytes, by SHA-256: groups of two or more names, or none. */
import { createHash } from 'node:crypto';

export function sameContent(files: readonly { name: string; data: Buffer }[]): string[][] {
  const byHash = new Map<string, string[]>();
  for (const { name, data } of files) {
    const hash = createHash('sha256').update(data).digest('hex');
    byHash.set(hash, [...(byHash.get(hash) ?? []), name]);
  }
  return [...byHash.values()].filter((names) => names.length > 1);
}
