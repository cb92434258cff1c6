import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONTRACT_PROBLEMS } from '../src/contracts/problems/index.js';
import { CHECKS } from '../src/diff/checks/index.js';
import { LINT_RULES } from '../src/lint/rules/index.js';
import { operabilityRules } from '../src/operability/rules/index.js';
import { resilienceRules } from '../src/resilience/rules/index.js';
import { reviewRules } from '../src/review/rules/index.js';
import { securityRules } from '../src/security/rules/index.js';
import { DESIGN_CHANGES } from '../src/system/changes/index.js';
import { systemRules } from '../src/system/rules/index.js';
import { REPO, withTempDir } from './support/cli.js';

const GENERATOR = join(REPO, 'scripts/gen-registries.mjs');

/** Each registry and the folder it is generated from. */
const REGISTRIES: Array<[string, ReadonlyArray<{ id: string }>]> = [
  ['src/contracts/problems', CONTRACT_PROBLEMS],
  ['src/diff/checks', CHECKS],
  ['src/lint/rules', LINT_RULES],
  ['src/operability/rules', operabilityRules],
  ['src/resilience/rules', resilienceRules],
  ['src/review/rules', reviewRules],
  ['src/security/rules', securityRules],
  ['src/system/changes', DESIGN_CHANGES],
  ['src/system/rules', systemRules],
];

/** The ids of a folder's rule files: its .ts files with a default export. */
function fileIds(dir: string): string[] {
  return readdirSync(join(REPO, dir))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && /^export default /m.test(readFileSync(join(REPO, dir, f), 'utf8')))
    .map((f) => f.slice(0, -3))
    .sort();
}

const generate = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [join(cwd, 'scripts/gen-registries.mjs'), ...args], { encoding: 'utf8' });

for (const [dir, rules] of REGISTRIES) {
  test(`${dir}: the registry holds exactly the folder's rule files, sorted, each exporting the rule its file names`, async () => {
    const ids = rules.map((r) => r.id);
    assert.deepEqual(ids, fileIds(dir));
    for (const id of ids) {
      const module = (await import(`../${dir}/${id}.js`)) as { default: { id: string } };
      assert.equal(module.default.id, id, `${dir}/${id}.ts exports the rule ${id}`);
    }
  });
}

test('the committed registries are what scripts/gen-registries.mjs generates', () => {
  const run = generate(REPO, '--check');
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0);
});

test('a rule file that no registry imports makes --check fail, and generating registers it in order', () => {
  withTempDir((dir) => {
    mkdirSync(join(dir, 'scripts'));
    cpSync(GENERATOR, join(dir, 'scripts/gen-registries.mjs'));
    for (const [folder] of REGISTRIES) mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, 'src/lint/rules/b-rule.ts'), "export default defineLintRule({ id: 'b-rule' });\n");
    writeFileSync(join(dir, 'src/lint/rules/helper.ts'), 'export const helper = 1;\n');
    assert.equal(generate(dir).status, 0);
    assert.equal(generate(dir, '--check').status, 0);

    writeFileSync(join(dir, 'src/lint/rules/a-rule-404.ts'), "export default defineLintRule({ id: 'a-rule-404' });\n");
    const stale = generate(dir, '--check');
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /stale rule registries .*: src\/lint\/rules\n$/);

    assert.equal(generate(dir).status, 0);
    const index = readFileSync(join(dir, 'src/lint/rules/index.ts'), 'utf8');
    assert.deepEqual(
      index.split('\n').filter((l) => l.startsWith('import ')),
      ["import type { LintRule } from '../rule.js';", "import aRule404 from './a-rule-404.js';", "import bRule from './b-rule.js';"],
    );
    assert.ok(index.includes('export const LINT_RULES: readonly LintRule[] = [aRule404, bRule];\n'), index);
  });
});
