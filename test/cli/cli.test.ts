import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, withTempDirAsync } from '../support/cli.js';

const FIXTURES = 'test/fixtures/designs';

test('exit 1: a finding at or above --fail-on (default error)', async () => {
  await withTempDirAsync(async (dir) => {
    const run = await runCli(['review', `${FIXTURES}/timeout-missing.archway.yaml`, '--out', join(dir, 'out')]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /1 error/);
    const findings = JSON.parse(readFileSync(join(dir, 'out/findings.json'), 'utf8')).findings;
    const timeout = findings.find((f: { ruleId: string }) => f.ruleId === 'dependency-timeout-missing');
    assert.deepEqual(timeout.location, { file: `${FIXTURES}/timeout-missing.archway.yaml`, pointer: '/dependencies/0', line: 8, column: 5 });
  });
});

test('exit 0: the same design with --fail-on never, and findings in json on stdout', async () => {
  await withTempDirAsync(async (dir) => {
    const run = await runCli(['review', `${FIXTURES}/timeout-missing.archway.yaml`, '--out', join(dir, 'out'), '--fail-on', 'never', '--format', 'json']);
    assert.equal(run.code, 0);
    assert.ok(JSON.parse(run.stdout).findings.length > 0);
  });
});

test('exit 2: bad input gives one located line per problem and writes nothing', async () => {
  await withTempDirAsync(async (dir) => {
    const out = join(dir, 'out');
    const run = await runCli(['review', `${FIXTURES}/bad-duration.archway.yaml`, '--out', out]);
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      `${FIXTURES}/bad-duration.archway.yaml:5:14: \`dependencies[0].timeout\` must be a duration such as 400ms, 30s, 5m, 2h or 28d (units ms, s, m, h, d, w, y), got "2 seconds"\n`,
    );
    assert.equal(run.stdout, '');
    assert.equal(existsSync(out), false, 'no output directory');
  });
});

test('exit 2: a failed run leaves the previous output untouched', async () => {
  await withTempDirAsync(async (dir) => {
    const out = join(dir, 'out');
    assert.equal((await runCli(['review', `${FIXTURES}/timeout-missing.archway.yaml`, '--out', out])).code, 1);
    const before = readFileSync(join(out, 'DESIGN.md'), 'utf8');
    assert.equal((await runCli(['review', `${FIXTURES}/bad-duration.archway.yaml`, '--out', out])).code, 2);
    assert.equal(readFileSync(join(out, 'DESIGN.md'), 'utf8'), before);
  });
});

test('exit 2: usage errors', async () => {
  const unknownFlag = await runCli(['review', '--colour']);
  assert.equal(unknownFlag.code, 2);
  assert.match(unknownFlag.stderr, /^archway review: Unknown option '--colour'/);
  assert.doesNotMatch(unknownFlag.stderr, /\n\s+at /, 'no stack trace');
  assert.equal((await runCli(['frobnicate'])).code, 2);
  const badFormat = await runCli(['review', '--format', 'xml']);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /--format must be one of stylish, json, sarif, junit, github, markdown/);
  const missing = await runCli(['review', 'nope/archway.yaml']);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'nope/archway.yaml:1:1: nope/archway.yaml does not exist\n');
});

test('--check fails on a stale DESIGN.md and passes on a fresh one', async () => {
  await withTempDirAsync(async (dir) => {
    const out = join(dir, 'out');
    const args = ['review', `${FIXTURES}/timeout-missing.archway.yaml`, '--out', out, '--fail-on', 'never'];
    assert.equal((await runCli([...args, '--check'])).code, 1, 'missing output is stale');
    await runCli(args);
    assert.equal((await runCli([...args, '--check'])).code, 0);
    writeFileSync(join(out, 'DESIGN.md'), 'edited by hand\n');
    const stale = await runCli([...args, '--check']);
    assert.equal(stale.code, 1);
    assert.match(stale.stderr, /stale.*DESIGN\.md/);
  });
});

test('a directory input reviews every design file in it as one system', async () => {
  await withTempDirAsync(async (dir) => {
    const run = await runCli(['review', 'examples/checkout', '--out', join(dir, 'out'), '--fail-on', 'never']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^archway review: checkout\n/m);
  });
});

test('explain prints a rule’s docs; an unknown id exits 2 with a suggestion', async () => {
  const known = await runCli(['explain', 'dependency-timeout-missing']);
  assert.equal(known.code, 0);
  assert.match(known.stdout, /^# dependency-timeout-missing\n/);
  assert.match(known.stdout, /## Bad\n\n```yaml\n/);
  assert.match(known.stdout, /Source: `src\/review\/rules\/dependency-timeout-missing\.ts`/);
  const unknown = await runCli(['explain', 'dependency-timeout-mising']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /did you mean "dependency-timeout-missing"/);
});
