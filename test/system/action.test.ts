import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import diff from '../../src/cli/commands/diff.js';
import lint from '../../src/cli/commands/lint.js';
import review from '../../src/cli/commands/review.js';
import { REPO, withTempDir } from '../support/cli.js';

interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Array<{ id?: string; run?: string; env?: Record<string, string>; if?: string; uses?: string }> };
}

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
const step = action.runs.steps.find((s) => s.id === 'run')!;

test('every input of action.yml reaches the script as an environment variable or a step condition', () => {
  assert.deepEqual(Object.keys(action.inputs), ['command', 'paths', 'base', 'fail-on', 'out', 'upload-sarif']);
  const used = new Set([...JSON.stringify(step.env), ...action.runs.steps.map((s) => s.if ?? '')].join('').match(/inputs\.[a-z-]+/g));
  for (const name of Object.keys(action.inputs)) assert.ok(used.has(`inputs.${name}`), `input ${name} is used`);
  assert.doesNotMatch(step.run!, /\$\{\{/, 'no input is spliced into the shell script');
});

test('the flags the script passes exist on the command it runs', () => {
  const commands = { review, lint, diff };
  for (const [name, command] of Object.entries(commands)) {
    const branch = step.run!.split(/^ {0,10}(?=review\)|lint\)|diff\))/m).find((part) => part.startsWith(`${name})`))!;
    const flags = [...new Set([...branch.matchAll(/ --([a-z-]+)/g)].map((m) => m[1]))];
    const base = name === 'review' && step.run!.includes('base=(--base') ? ['base'] : [];
    for (const flag of [...flags, ...base]) assert.ok(flag in command.options!, `archway ${name} has --${flag}`);
    assert.ok(flags.includes('fail-on') && flags.includes('format'), `${name} passes --fail-on and --format`);
  }
});

/** Runs the action's script as the runner would, with archway from this repository. */
function runStep(dir: string, inputs: Record<string, string>) {
  const output = join(dir, 'github-output');
  writeFileSync(output, '');
  const env = { PATH: process.env.PATH!, HOME: dir, GITHUB_ACTION_PATH: REPO, GITHUB_OUTPUT: output, RUNNER_TEMP: dir };
  for (const [name, input] of Object.entries(action.inputs)) {
    const variable = Object.entries(step.env!).find(([, value]) => value.includes(`inputs.${name}`))?.[0];
    if (variable) Object.assign(env, { [variable]: inputs[name] ?? input.default });
  }
  const run = spawnSync('bash', ['-e', '-c', step.run!], { cwd: REPO, env, encoding: 'utf8' });
  return { ...run, outputs: readFileSync(output, 'utf8') };
}

test('the action’s review annotates, writes SARIF for upload and fails on findings at the threshold', () => {
  withTempDir((dir) => {
    const out = join(dir, 'out');
    const failing = runStep(dir, { paths: 'examples/system', out });
    assert.equal(failing.status, 1, failing.stderr);
    assert.match(failing.stdout, /^::error file=examples\/system\/orders\/archway\.yaml,line=\d+/m, 'GitHub annotations');
    assert.equal(failing.outputs, `sarif=${join(dir, 'archway.sarif')}\n`);
    assert.equal(JSON.parse(readFileSync(join(dir, 'archway.sarif'), 'utf8')).version, '2.1.0');
    const passing = runStep(dir, { paths: 'examples/system', out, 'fail-on': 'never' });
    assert.equal(passing.status, 0, passing.stderr);
  });
});

test('the action’s lint writes SARIF; a bad command is a usage error', () => {
  withTempDir((dir) => {
    const lintRun = runStep(dir, { command: 'lint', paths: 'examples/checkout/openapi.yaml', 'fail-on': 'never' });
    assert.equal(lintRun.status, 0, lintRun.stderr);
    assert.ok(existsSync(join(dir, 'archway.sarif')));
    const bad = runStep(dir, { command: 'deploy' });
    assert.equal(bad.status, 2);
    assert.match(bad.stdout, /::error::command must be review, lint or diff, not deploy/);
  });
});
