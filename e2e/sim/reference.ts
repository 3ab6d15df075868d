/**
 * `/ap/reference/<file>.html`: Amazon's saved pages from the shared reference folder beside the
 * repository, served at a Seller Central host. Read in place, never copied into the repo.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { htmlReply, type Reply } from './http';

export const referenceDir = path.resolve(
  import.meta.dirname,
  '../../../shared/reference/amazon-signin-pages',
);

export async function referenceReply(file: string): Promise<Reply | undefined> {
  // Only plain names: no path can leave the folder.
  if (!/^[a-z0-9-]+\.html$/.test(file)) return undefined;
  try {
    return htmlReply(await readFile(path.join(referenceDir, file), 'utf8'));
  } catch {
    return undefined;
  }
}
