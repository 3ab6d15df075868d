/**
 * Deterministic zips (and the reader that checks them), written by fflate: the same files give the
 * same bytes, whenever and wherever they are packed. `web-ext build` stores each file's mtime and
 * mode, so two builds of the same tree gave different zips; here every entry gets one fixed date
 * and mode, and the entries go in name order. No directory entries (Chrome and Firefox read paths,
 * not folders).
 */
import { unzipSync, type Zippable, zipSync } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, no leading `/`. */
  name: string;
  data: Buffer;
}

/**
 * 1980-01-01 00:00:00, the earliest date a zip can hold: no build date inside the archive. Local
 * time, because fflate writes the MS-DOS date from the local fields.
 */
const fixedDate = new Date(1980, 0, 1, 0, 0, 0);
/** Made by Unix, a regular file, rw-r--r--, whatever the disk said. */
const unix = 3;
const fileMode = (0o100644 << 16) >>> 0;

function checkName(name: string): void {
  if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
    throw new Error(`not a relative archive path: ${name}`);
  }
}

/** The archive of `entries`, sorted by name (byte order), deflated at the highest level. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) =>
    Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)),
  );
  const files: Zippable = {};
  for (const { name, data } of sorted) {
    checkName(name);
    if (name in files) throw new Error(`twice in the archive: ${name}`);
    files[name] = [data, { level: 9, mtime: fixedDate, os: unix, attrs: fileMode }];
  }
  // fflate packs in key order, and an object puts integer-like keys first: keep the sort.
  const order = Object.keys(files);
  if (order.some((name, i) => name !== sorted[i]?.name)) {
    throw new Error(`a name would leave its sorted place: ${order.join(', ')}`);
  }
  return Buffer.from(zipSync(files));
}

/** The files of an archive, in the archive's order. */
export function unzip(archive: Buffer): ZipEntry[] {
  const names: string[] = [];
  const files = unzipSync(archive, {
    filter: ({ name }) => {
      names.push(name);
      return true;
    },
  });
  return names.map((name) => {
    const data = files[name];
    if (!data) throw new Error(`${name}: not in the archive`);
    return { name, data: Buffer.from(data) };
  });
}
