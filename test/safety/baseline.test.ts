import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, withTempDirAsync } from '../support/cli.js';
import { makeProject, snapshot } from './support.js';

/** Five findings: info-contact, operation-error-responses, operation-id-unique, operation-security-defined, operation-summary. */
const SMALL = 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /pets:\n    get:\n      responses:\n        "200": { description: OK }\n';

test('lint --write-baseline exits 0, writes a baseline it can read back and update; the next run passes', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'openapi.yaml'), SMALL);
    assert.equal((await runCli(['lint', 'openapi.yaml'], dir)).code, 1, 'two errors without a baseline');
    const first = await runCli(['lint', 'openapi.yaml', '--write-baseline', 'lint-baseline.json'], dir);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, 'wrote a baseline of 5 findings to lint-baseline.json\n');
    const written = JSON.parse(readFileSync(join(dir, 'lint-baseline.json'), 'utf8'));
    assert.deepEqual(
      written.findings.map((f: { ruleId: string }) => f.ruleId),
      ['info-contact', 'operation-error-responses', 'operation-id-unique', 'operation-security-defined', 'operation-summary'],
    );
    assert.equal((await runCli(['lint', 'openapi.yaml', '--write-baseline', 'lint-baseline.json'], dir)).code, 0, 'its own baseline is overwritten');
    assert.equal((await runCli(['lint', 'openapi.yaml', '--baseline', 'lint-baseline.json', '--write-baseline', 'lint-baseline.json'], dir)).code, 0);
    const next = await runCli(['lint', 'openapi.yaml', '--baseline', 'lint-baseline.json', '--fail-on', 'info'], dir);
    assert.equal(next.code, 0, next.stdout);
  });
});

test('lint --write-baseline refuses an input, a file that is no baseline, and a path leading outside through a link', async () => {
  await withTempDirAsync(async (root) => {
    const dir = join(root, 'project');
    mkdirSync(dir);
    makeProject(dir);
    writeFileSync(join(dir, 'package.json'), '{ "name": "x" }\n');
    writeFileSync(join(dir, 'findings-like.json'), '{ "findings": [], "summary": {} }\n');
    writeFileSync(join(root, 'outside.json'), '{ "findings": [] }\n');
    symlinkSync(join(root, 'outside.json'), join(dir, 'out-link.json'));
    symlinkSync(join(root, 'created-outside.json'), join(dir, 'dangling.json'));
    mkdirSync(join(root, 'elsewhere'));
    symlinkSync(join(root, 'elsewhere'), join(dir, 'linked-folder'));
    const before = snapshot(root);
    const cases: Array<[string, string]> = [
      ['openapi.yaml', 'openapi.yaml:1:1: is an input of this run; name a baseline file of its own'],
      ['archway.config.yaml', 'archway.config.yaml:1:1: is an input of this run; name a baseline file of its own'],
      ['package.json', 'package.json:1:1: exists and is not a baseline archway wrote; refusing to overwrite it'],
      ['findings-like.json', 'findings-like.json:1:1: exists and is not a baseline archway wrote; refusing to overwrite it'],
      ['out-link.json', 'out-link.json:1:1: leads outside the working folder (through a symbolic link or `..`); write the baseline inside it'],
      ['dangling.json', 'dangling.json:1:1: leads outside the working folder (through a symbolic link or `..`); write the baseline inside it'],
      ['linked-folder/b.json', 'linked-folder/b.json:1:1: leads outside the working folder (through a symbolic link or `..`); write the baseline inside it'],
      ['../b.json', '../b.json:1:1: leads outside the working folder (through a symbolic link or `..`); write the baseline inside it'],
    ];
    writeFileSync(join(dir, 'archway.config.yaml'), 'extends: recommended\n');
    before.set('project/archway.config.yaml', readFileSync(join(dir, 'archway.config.yaml'), 'base64'));
    for (const [target, message] of cases) {
      const run = await runCli(['lint', 'openapi.yaml', '--write-baseline', target], dir);
      assert.equal(run.code, 2, target);
      assert.equal(run.stderr, `${message}\n`);
      assert.deepEqual(snapshot(root), before, target);
    }
    const empty = await runCli(['lint', 'openapi.yaml', '--write-baseline', ''], dir);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /^archway lint: --write-baseline is empty/);
  });
});
