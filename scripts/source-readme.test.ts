import { expect, test } from 'vitest';
import { sourceReadme } from './source-readme';

const readme = sourceReadme({
  version: '1.2.3',
  nodeRange: '>=20.19',
  machine: { os: 'Debian GNU/Linux 12 (bookworm) (Linux x64)', node: 'v20.20.2', npm: '11.19.1' },
  tools: { vite: '8.3.8' },
  libraries: { preact: '11.2.0' },
  firefoxZip: 'sc-2sv-helper-firefox-1.2.3.zip',
});

test('gives the two commands, the environment and the tools with their versions', () => {
  expect(readme).toContain('```sh\nnpm ci\nnpm run build\n```');
  expect(readme).toContain('Node.js >=20.19');
  expect(readme).toContain('Debian GNU/Linux 12 (bookworm) (Linux x64)');
  expect(readme).toContain('Node.js v20.20.2, npm 11.19.1');
  expect(readme).toContain('- `vite` 8.3.8: https://www.npmjs.com/package/vite/v/8.3.8');
  expect(readme).toContain('- `preact` 11.2.0:');
  expect(readme).toContain('unzip ../sc-2sv-helper-firefox-1.2.3.zip');
});

test('holds no date and no path of the build machine', () => {
  expect(readme).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(readme).not.toContain(process.cwd());
  expect(readme).not.toMatch(/\/(home|root|tmp|work)\//);
});
