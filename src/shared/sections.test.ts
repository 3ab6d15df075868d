import { expect, test } from 'vitest';
import { sectionFromHash } from './sections';

test.each([
  ['#clock', 'clock'],
  ['#support', 'support'],
  ['clock', 'clock'],
  ['#Clock', undefined],
  ['#constructor', undefined],
  ['', undefined],
])('%s names %s', (hash, section) => {
  expect(sectionFromHash(hash)).toBe(section);
});
