/** The text under one heading of a Markdown file, up to the next heading of its level or above. */
export function markdownSection(markdown: string, heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length;
  if (!level) throw new Error(`not a Markdown heading: ${heading}`);
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading.trim());
  if (start < 0) throw new Error(`no "${heading}" section`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => {
    const m = /^(#+)\s/.exec(l);
    return m !== null && (m[1]?.length ?? 0) <= level;
  });
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
}
