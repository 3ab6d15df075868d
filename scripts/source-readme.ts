/**
 * The README of the source package for AMO's reviewers, who rebuild the Firefox package and
 * compare it with the upload. AMO asks for the build steps, the operating system and environment,
 * and each tool with its version
 * (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/Source_Code_Submission).
 * Only facts of the build machine that do not change between two releases from it: no date, no path.
 */

export interface BuildMachine {
  os: string;
  node: string;
  npm: string;
}

export interface SourceReadmeInput {
  version: string;
  /** package.json `engines.node`. */
  nodeRange: string;
  machine: BuildMachine;
  /** Build tools from the lock file, name → version. */
  tools: Record<string, string>;
  /** What the package ships from npm, name → version. */
  libraries: Record<string, string>;
  firefoxZip: string;
}

export const sourceReadmeName = 'README-SOURCE.md';

export function sourceReadme(i: SourceReadmeInput): string {
  const list = (r: Record<string, string>) =>
    Object.entries(r)
      .map(([name, v]) => `- \`${name}\` ${v}: https://www.npmjs.com/package/${name}/v/${v}`)
      .join('\n');
  return `# 2SV Helper for Seller Central ${i.version}: building from source

This archive is the source of the add-on uploaded as \`${i.firefoxZip}\`: every file of the
project's repository at that release (its own README.md describes the product). The TypeScript
and JSX in \`src/\` are bundled and minified by Vite; nothing is obfuscated.

## Two commands

\`\`\`sh
npm ci
npm run build
\`\`\`

(\`npm run build-for-amo\` runs the same build.) It writes \`dist-firefox/\`, the Firefox add-on
file for file, and zips it again as \`artifacts/${i.firefoxZip}\`.

## Requirements

- Node.js ${i.nodeRange} with its npm (https://nodejs.org). Nothing else: no browser, no global
  package, no network but the npm registry for \`npm ci\`.
- Any operating system Node.js runs on. This release was built on:
  - ${i.machine.os}
  - Node.js ${i.machine.node}, npm ${i.machine.npm}
- \`npm ci\` installs the exact versions in \`package-lock.json\`. The build tools among them:

${list(i.tools)}

## Compare with the upload

\`\`\`sh
mkdir upload && cd upload && unzip ../${i.firefoxZip} && cd ..
diff -r upload dist-firefox && echo identical
\`\`\`

A copy signed by AMO also holds \`META-INF/\` (the signature), which the build does not make.
The build is reproducible: the same sources give the same files, byte for byte. Before the
upload, this archive was unpacked into an empty folder and built with the two commands above,
and its \`dist-firefox/\` compared with the package: every file identical.

## What is bundled

\`scripts/firefox.ts\` makes \`dist-firefox/\` from Vite's \`dist/\` (same files, the Firefox
manifest from \`scripts/firefox-manifest.ts\`); \`scripts/ship-locales.ts\` writes the locale files
without translator notes. Third-party code in the package, unmodified, from npm:

${list(i.libraries)}
`;
}
