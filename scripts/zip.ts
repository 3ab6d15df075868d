/**
 * A small deterministic zip writer (and the reader that checks it): the same files give the same
 * bytes, whenever and wherever they are packed. `web-ext build` stores each file's mtime and mode,
 * so two builds of the same tree gave different zips. Format: PKWARE APPNOTE 6.3.10
 * (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT), no zip64 (a package is far
 * below 4 GB), no directory entries (Chrome and Firefox read paths, not folders).
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, no leading `/`. */
  name: string;
  data: Buffer;
}

/** 1980-01-01 00:00:00, the earliest MS-DOS date: no build date inside the archive. */
const dosTime = 0;
const dosDate = (1 << 5) | 1;
/** Bit 11: names are UTF-8. */
const utf8Flag = 0x0800;
/** Made by Unix (3), spec 2.0; a regular file, rw-r--r--, whatever the disk said. */
const madeBy = (3 << 8) | 20;
const fileMode = 0o100644;
const deflated = 8;
const stored = 0;

function checkName(name: string): void {
  if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
    throw new Error(`not a relative archive path: ${name}`);
  }
}

/** The archive of `entries`, sorted by name (byte order), each deflated unless that grows it. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) =>
    Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)),
  );
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let previous: string | undefined;
  for (const { name, data } of sorted) {
    checkName(name);
    if (name === previous) throw new Error(`twice in the archive: ${name}`);
    previous = name;
    const nameBytes = Buffer.from(name, 'utf8');
    // Fixed options: the same input deflates to the same bytes with the same zlib.
    const packed = deflateRawSync(data, { level: 9, memLevel: 9, strategy: 0 });
    const [method, body] = packed.length < data.length ? [deflated, packed] : [stored, data];
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(utf8Flag, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(madeBy, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(utf8Flag, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // Extra field, comment, disk number, internal attributes: none.
    central.writeUInt32LE((fileMode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The files of an archive `zip` wrote (or any plain one: stored or deflated, no zip64). */
export function unzip(archive: Buffer): ZipEntry[] {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('not a zip archive: no end of central directory');
  const count = archive.readUInt16LE(endAt + 10);
  let at = archive.readUInt32LE(endAt + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const local = archive.readUInt32LE(at + 42);
    const bodyAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(bodyAt, bodyAt + size);
    if (method !== stored && method !== deflated) throw new Error(`${name}: method ${method}`);
    const data = method === stored ? Buffer.from(body) : inflateRawSync(body);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, data });
    at += 46 + skip;
  }
  return entries;
}
