import { expect, test } from 'vitest';
import { markdownSection } from './markdown-section';

const doc = `# Title

## A

a text

### A.1

deeper

## B

b text
`;

test('reads a section with its subsections, up to the next one of its level', () => {
  expect(markdownSection(doc, '## A')).toBe('a text\n\n### A.1\n\ndeeper');
  expect(markdownSection(doc, '### A.1')).toBe('deeper');
  expect(markdownSection(doc, '## B')).toBe('b text');
});

test('names a section that is not there', () => {
  expect(() => markdownSection(doc, '## C')).toThrow('no "## C" section');
  expect(() => markdownSection(doc, 'C')).toThrow('not a Markdown heading');
});
