import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { formatMessage } from '../src/shared/catalogue';
import { isStoreOnly, shippedMessages } from './ship-locales';

const en = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '..', 'public/_locales/en/messages.json'), 'utf8'),
);

test('only what translators read goes: every message formats exactly as before', () => {
  const shipped = shippedMessages(en);
  expect(Object.keys(shipped)).toEqual(Object.keys(en).filter((k) => !isStoreOnly(k)));
  for (const key of Object.keys(shipped)) {
    const subs = ['A1', 'B2', 'C3', 'D4'];
    expect(formatMessage(shipped, key, subs)).toBe(formatMessage(en, key, subs));
  }
  const text = JSON.stringify(shipped);
  expect(text).not.toContain('"description"');
  expect(text).not.toContain('"example"');
  expect(text.length).toBeLessThan(JSON.stringify(en).length * 0.8);
});

test('the store listing words stay out of the package', () => {
  const storeKeys = Object.keys(en).filter(isStoreOnly);
  expect(storeKeys).toContain('storeIntro');
  expect(storeKeys.length).toBeGreaterThan(5);
  const text = JSON.stringify(shippedMessages(en));
  for (const key of storeKeys) expect(text).not.toContain(`"${key}"`);
  expect(text).not.toContain(en.storeIntro.message);
  // The product's own keys are not caught by the rule.
  expect(isStoreOnly('storageFull')).toBe(false);
  expect(isStoreOnly('store')).toBe(false);
});
