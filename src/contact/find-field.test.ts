// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { findDescriptionField, pasteInto } from './find-field';

const doc = (body: string) => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');

test.each([
  [
    'the older form (#<topic>_info, as public scripts filled it)',
    '<input id="subject_account_access"><textarea id="account_access_info"></textarea>',
    'account_access_info',
  ],
  [
    'a field named description among others',
    '<textarea id="notes"></textarea><textarea name="description" id="d"></textarea>',
    'd',
  ],
  ['the only textarea', '<textarea id="x"></textarea>', 'x'],
  [
    'two unnamed textareas: no guess',
    '<textarea id="a"></textarea><textarea id="b"></textarea>',
    null,
  ],
  [
    'a disabled description is skipped',
    '<textarea id="description" disabled></textarea><textarea id="y"></textarea>',
    'y',
  ],
  ['a hidden one is skipped', '<div hidden><textarea id="details"></textarea></div>', null],
  ['none', '<input id="description">', null],
])('%s', (_case, body, id) => {
  expect(findDescriptionField(doc(body))?.id ?? null).toBe(id);
});

test('pasting sets text (never markup) and fires input and change', () => {
  const d = doc('<textarea id="account_access_info"></textarea>');
  const field = findDescriptionField(d);
  if (!field) throw new Error('no field');
  const seen = vi.fn();
  field.addEventListener('input', seen);
  field.addEventListener('change', seen);
  pasteInto(field, '<b>Hello</b>\nline 2');
  expect(field.value).toBe('<b>Hello</b>\nline 2');
  expect(d.querySelector('b')).toBeNull();
  expect(seen).toHaveBeenCalledTimes(2);
});

test('what the seller already typed is kept', () => {
  const d = doc('<textarea id="account_access_info">My own words  </textarea>');
  const field = findDescriptionField(d);
  if (!field) throw new Error('no field');
  pasteInto(field, 'Prepared text');
  expect(field.value).toBe('My own words\n\nPrepared text');
});
