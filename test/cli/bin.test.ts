import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, runCli, withTempDir } from '../support/cli.js';

/** The installed command: bin/archway.js loads the bundle in dist/bundle, not the modules the other tests import. */
function bin(args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO, 'bin/archway.js'), ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('the bundled command writes the checkout review byte for byte like the golden files', () => {
  withTempDir((dir) => {
    const run = bin(['review', 'examples/checkout/archway.yaml', '--out', dir, '--fail-on', 'never', '--date', '2026-11-25']);
    assert.equal(run.code, 0, run.stderr);
    for (const file of ['DESIGN.md', 'findings.json']) {
      assert.equal(readFileSync(join(dir, file), 'utf8'), readFileSync(join(REPO, 'test/golden/checkout', file), 'utf8'), file);
    }
  });
});

test('the bundled command lints and diffs exactly as the library does, with the same exit codes', async () => {
  for (const args of [
    ['lint', 'examples/checkout/openapi.yaml', 'examples/checkout/asyncapi.yaml', '--format', 'json', '--ruleset', 'strict'],
    ['diff', 'examples/checkout/openapi.yaml', 'examples/payments/openapi.yaml', '--format', 'json', '--date', '2026-01-15'],
    ['explain', 'avro-field-type-changed'],
    ['lint', 'no-such-file.yaml'],
  ]) {
    const viaBin = bin(args);
    const inProcess = await runCli(args);
    assert.deepEqual([viaBin.code, viaBin.stdout, viaBin.stderr], [inProcess.code, inProcess.stdout, inProcess.stderr], args.join(' '));
  }
  assert.ok(execFileSync(process.execPath, [join(REPO, 'bin/archway.js'), '--help'], { encoding: 'utf8' }).includes('archway'));
});
