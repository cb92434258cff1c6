import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { generatedFiles } from '../scripts/generated.js';
import { REPO } from './support/cli.js';

test('docs/rules and schema/archway.schema.json match the metadata (run `npm run docs`)', () => {
  const files = generatedFiles();
  const stale = [...files]
    .filter(([relative, content]) => !existsSync(join(REPO, relative)) || readFileSync(join(REPO, relative), 'utf8') !== content)
    .map(([r]) => r);
  assert.deepEqual(stale, []);
  const extra = readdirSync(join(REPO, 'docs/rules')).filter((name) => !files.has(`docs/rules/${name}`));
  assert.deepEqual(extra, [], 'pages of rules that no longer exist');
});
