import { expect, test } from 'vitest';
import { permissionsNotes, singlePurpose } from './permissions-notes';
import { reviewed } from './reviewed-permissions';

const notes = permissionsNotes('0.1.0');

test('names every reviewed permission, host and page with its reason', () => {
  for (const r of reviewed) {
    expect(notes, r.value).toContain(`\`${r.value}\``);
    expect(notes, r.value).toContain(r.reason.slice(1));
  }
});

test('the single purpose is one sentence', () => {
  expect(singlePurpose.match(/[.!?](\s|$)/g)).toHaveLength(1);
  expect(notes).toContain(`## Single purpose\n\n${singlePurpose}\n`);
});

test('what is not asked for follows the list', () => {
  expect(notes).toMatch(/## Not asked for\n\n`<all_urls>`, `tabs`, `webRequest`/);
  const withTabs = permissionsNotes('0.1.0', [
    ...reviewed,
    { kind: 'permission', value: 'tabs', reason: 'for the test' },
  ]);
  expect(withTabs).not.toMatch(/Not asked for\n\n[^#]*`tabs`/);
  expect(withTabs).toContain('- `tabs`\n\n  For the test.');
});
