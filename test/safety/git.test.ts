import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, runCli, withTempDirAsync } from '../support/cli.js';

/** A git repository holding the checkout example, committed once. */
function makeRepo(dir: string): void {
  for (const name of ['archway.yaml', 'openapi.yaml', 'asyncapi.yaml']) cpSync(join(REPO, 'examples/checkout', name), join(dir, name));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'first');
}

test('a git ref starting with "-" never reaches git as an option: diff and review --base exit 2, the target file survives', async () => {
  await withTempDirAsync(async (dir) => {
    makeRepo(dir);
    const target = join(dir, 'precious.txt');
    writeFileSync(target, 'keep me\n');
    const runs: Array<[string[], string]> = [
      [
        ['diff', `git:--output=${target}:openapi.yaml`, 'openapi.yaml'],
        `git:--output=${target}:openapi.yaml:1:1: "--output=${target}" is not a git ref (refs cannot start with "-")\n`,
      ],
      [
        ['diff', `git:--output=${target}:HEAD/openapi.yaml`, 'openapi.yaml'],
        `git:--output=${target}:HEAD/openapi.yaml:1:1: "--output=${target}" is not a git ref (refs cannot start with "-")\n`,
      ],
      [
        ['diff', `git:--remote=${dir}:openapi.yaml`, 'openapi.yaml'],
        `git:--remote=${dir}:openapi.yaml:1:1: "--remote=${dir}" is not a git ref (refs cannot start with "-")\n`,
      ],
      [
        ['review', 'archway.yaml', `--base=--output=${target}`, '--out', 'out'],
        `git:--output=${target}:openapi.yaml:1:1: "--output=${target}" is not a git ref (refs cannot start with "-")\n`,
      ],
    ];
    for (const [args, stderr] of runs) {
      const run = await runCli(args, dir);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stderr, stderr);
      assert.equal(readFileSync(target, 'utf8'), 'keep me\n', args.join(' '));
    }
    assert.ok(!readdirSync(dir).includes('out'));
  });
});

test('a ref that is not a commit is a located error; a real one still diffs', async () => {
  await withTempDirAsync(async (dir) => {
    makeRepo(dir);
    const bad = await runCli(['diff', 'git:no-such-ref:openapi.yaml', 'openapi.yaml'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^git:no-such-ref:openapi\.yaml:1:1: cannot read openapi\.yaml at no-such-ref: fatal: /);
    const good = await runCli(['diff', 'git:HEAD:openapi.yaml', 'openapi.yaml', '--format', 'json'], dir);
    assert.equal(good.code, 0, good.stderr);
    assert.deepEqual(JSON.parse(good.stdout).changes, []);
    const base = await runCli(['review', 'archway.yaml', '--base', 'HEAD', '--out', 'out', '--fail-on', 'never'], dir);
    assert.equal(base.code, 0, base.stderr);
    assert.match(readFileSync(join(dir, 'out/DESIGN.md'), 'utf8'), /Contract changes since `HEAD`/);
  });
});
