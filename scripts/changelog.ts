/**
 * The release's entry in CHANGELOG.md (Keep a Changelog 1.1.0, https://keepachangelog.com): a
 * version is released only with an entry that says what changed.
 */

export interface ReleaseEntry {
  version: string;
  /** ISO date of the release, as the heading gives it. */
  date: string;
  /** The entry's text under its heading, trimmed. */
  notes: string;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The entry for `version`, or an error that says what to write. */
export function releaseEntry(changelog: string, version: string): ReleaseEntry {
  const heading = new RegExp(`^## \\[${literal(version)}\\](.*)$`, 'm');
  const found = heading.exec(changelog);
  const how = `add "## [${version}] - YYYY-MM-DD" with what changed (### Added, ### Fixed, …; https://keepachangelog.com)`;
  if (!found) throw new Error(`CHANGELOG.md has no entry for ${version}: ${how}`);
  const date = /^ - (\d{4}-\d{2}-\d{2})\s*$/.exec(found[1] ?? '')?.[1];
  if (!date) {
    throw new Error(`CHANGELOG.md: the ${version} heading needs its date: ${how}`);
  }
  const rest = changelog.slice(found.index + found[0].length);
  const notes =
    rest
      .split(/^## /m)[0]
      ?.replace(/^\[[^\]]+\]: .*$/gm, '')
      .trim() ?? '';
  if (!/^\s*[-*] \S/m.test(notes)) {
    throw new Error(`CHANGELOG.md: the ${version} entry lists no change: ${how}`);
  }
  return { version, date, notes };
}
