/**
 * `/ap/reference/<file>.html`: Amazon's saved pages, from the folder `scripts/saved-pages.ts`
 * finds, served at a Seller Central host. Read in place, never copied into the repo.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { savedPages } from '../../scripts/saved-pages';
import { htmlReply, type Reply } from './http';

const referenceDir = savedPages().dir;

export async function referenceReply(file: string): Promise<Reply | undefined> {
  // Only plain names: no path can leave the folder.
  if (!/^[a-z0-9-]+\.html$/.test(file)) return undefined;
  try {
    return htmlReply(await readFile(path.join(referenceDir, file), 'utf8'));
  } catch {
    return undefined;
  }
}
