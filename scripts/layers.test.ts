import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

test('imports in src/ run down only, and one file touches extension storage', () => {
  const out = execFileSync(process.execPath, ['scripts/layers.mjs'], {
    cwd: resolve(import.meta.dirname, '..'),
    encoding: 'utf8',
  });
  expect(out).toContain('files reaching extension storage (1): src/shared/storage-item.ts');
  expect(out).toContain('value imports running up (0)');
  expect(out).toContain('entry folders importing another (0)');
});
