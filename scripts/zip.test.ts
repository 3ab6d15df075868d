import { chmodSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { packageOf } from './store-packages';
import { unzip, zip } from './zip';

const entries = [
  { name: 'manifest.json', data: Buffer.from('{"name":"x"}\n') },
  { name: '_locales/ja/messages.json', data: Buffer.from('{"a":{"message":"時計"}}'.repeat(40)) },
  { name: 'icons/16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
  { name: 'empty.txt', data: Buffer.alloc(0) },
];

test('reads back exactly what it wrote, sorted by name', () => {
  const back = unzip(zip(entries));
  expect(back.map((e) => e.name)).toEqual([...entries.map((e) => e.name)].sort());
  for (const e of entries) {
    expect(back.find((b) => b.name === e.name)?.data.equals(e.data), e.name).toBe(true);
  }
});

test('the same files give the same bytes, in whatever order they come', () => {
  const a = zip(entries);
  const b = zip([...entries].reverse());
  expect(a.equals(b)).toBe(true);
});

test('no date and no disk mode inside: 1980-01-01 and rw-r--r-- on every entry', () => {
  const archive = zip(entries);
  const endAt = archive.length - 22;
  let at = archive.readUInt32LE(endAt + 16);
  for (let i = 0; i < entries.length; i += 1) {
    expect(archive.readUInt16LE(at + 12)).toBe(0); // time
    expect(archive.readUInt16LE(at + 14)).toBe(0x21); // date
    expect(archive.readUInt32LE(at + 38) >>> 16).toBe(0o100644);
    at += 46 + archive.readUInt16LE(at + 28);
  }
});

test('a folder packs the same whatever its files’ times and modes, and without dot folders', () => {
  const pack = (mtime: number, mode: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'sc2sv-zip-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, '.vite', 'manifest.json'), `{"src":"${dir}"}`);
    for (const [name, text] of [
      ['manifest.json', '{}'],
      ['assets/a.js', 'export {};'],
    ]) {
      const file = join(dir, name as string);
      writeFileSync(file, text as string);
      chmodSync(file, mode);
      utimesSync(file, mtime, mtime);
    }
    try {
      return packageOf(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const first = pack(1_000_000, 0o644);
  expect(pack(2_000_000_000, 0o755).equals(first)).toBe(true);
  expect(unzip(first).map((e) => e.name)).toEqual(['assets/a.js', 'manifest.json']);
});

test.each(['/etc/passwd', '../up', 'a/../../b', 'a\\b', ''])('refuses the path %j', (name) => {
  expect(() => zip([{ name, data: Buffer.alloc(1) }])).toThrow();
});

test('a name whose sorted place the writer cannot keep is refused, not misplaced', () => {
  // An object lists integer-like keys first; the archive must keep byte order or say so.
  expect(() =>
    zip([
      { name: '10', data: Buffer.from('a') },
      { name: '9', data: Buffer.from('b') },
    ]),
  ).toThrow('sorted place');
});
