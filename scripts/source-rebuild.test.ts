import { expect, test } from 'vitest';
import { packageDifferences } from './source-rebuild';

const e = (name: string, text: string) => ({ name, data: Buffer.from(text) });

test('the same files in any order: no difference', () => {
  expect(packageDifferences([e('a', '1'), e('b', '2')], [e('b', '2'), e('a', '1')])).toEqual([]);
});

test('names each missing, extra and changed file', () => {
  expect(packageDifferences([e('a', '1'), e('b', '2')], [e('a', '9'), e('c', '3')])).toEqual([
    'different: a',
    'missing from the rebuild: b',
    'only in the rebuild: c',
  ]);
});
