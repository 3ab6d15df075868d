// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { InputField } from './field';

const root = () => document.getElementById('root') as HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
});
afterEach(() => {
  render(null, root());
});

test('the label points at the input, whose test id is its id', () => {
  render(<InputField id="code" label="Code" inputMode="numeric" value="12" />, root());
  const label = root().querySelector('label');
  const input = root().querySelector('input');
  expect(label?.getAttribute('for')).toBe('code');
  expect(label?.textContent).toBe('Code');
  expect(input?.id).toBe('code');
  expect(input?.getAttribute('data-testid')).toBe('code');
  expect(input?.getAttribute('inputmode')).toBe('numeric');
  expect(input?.value).toBe('12');
});

test('a test id of its own, and what follows the input', () => {
  render(
    <InputField id="custom-source" testId="source-custom" label="Source" type="url">
      {' '}
      <button type="button">Add</button>
    </InputField>,
    root(),
  );
  const input = root().querySelector('input');
  expect(input?.getAttribute('data-testid')).toBe('source-custom');
  expect(input?.type).toBe('url');
  expect(input?.nextSibling?.textContent).toBe(' ');
  expect(input?.nextSibling?.nextSibling?.textContent).toBe('Add');
  expect(root().querySelectorAll('p')).toHaveLength(1);
});
