import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generated.js';

const repo = resolve(fileURLToPath(import.meta.url), '../../..');
const files = generatedFiles();
// Pages of removed rules must go too.
for (const name of readdirSync(join(repo, 'docs/rules'), { withFileTypes: true }).filter((e) => e.isFile())) {
  if (!files.has(`docs/rules/${name.name}`)) rmSync(join(repo, 'docs/rules', name.name));
}
for (const [relative, content] of files) {
  mkdirSync(dirname(join(repo, relative)), { recursive: true });
  writeFileSync(join(repo, relative), content);
}
process.stdout.write(`wrote ${files.size} generated files\n`);
