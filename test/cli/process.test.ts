import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { useColor } from '../../src/cli/main.js';
import { REPO, runCli, withTempDir, withTempDirAsync } from '../support/cli.js';

const BIN = join(REPO, 'bin/archway.js');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

/** A contract with three errors, two warnings and an info finding. */
const BAD_CONTRACT =
  'openapi: 3.0.3\ninfo: { title: x, version: 1.0.0 }\nservers: [{ url: "http://api.example.com" }]\npaths:\n  /a:\n    get:\n      responses:\n        "200": { description: ok }\n';

function bin(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  const clean = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env };
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: clean as NodeJS.ProcessEnv });
}

/** Runs the installed command with its stdout reader closed before it writes, as `| head -1` ends up. */
function withClosedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('a reader that goes away (EPIPE) ends the command quietly, with its own exit code', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'bad.yaml'), BAD_CONTRACT);
    assert.deepEqual(await withClosedStdout(['explain', '--list'], dir), { code: 0, stderr: '' });
    assert.deepEqual(await withClosedStdout(['lint', 'bad.yaml'], dir), { code: 1, stderr: '' });
  });
});

test('any other write error (a full disk) is one line on stderr and exit 2', { skip: existsSync('/dev/full') ? false : 'no /dev/full here' }, () => {
  const full = openSync('/dev/full', 'w');
  try {
    const run = spawnSync(process.execPath, [BIN, 'explain', '--list'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'archway: cannot write the output: ENOSPC: no space left on device, write\n');
  } finally {
    closeSync(full);
  }
});

test('colour follows FORCE_COLOR, then NO_COLOR, then the terminal', () => {
  assert.equal(useColor({}, true), true);
  assert.equal(useColor({}, false), false);
  assert.equal(useColor({ TERM: 'dumb' }, true), false);
  assert.equal(useColor({ NO_COLOR: '1' }, true), false);
  assert.equal(useColor({ NO_COLOR: '' }, true), true, 'an empty NO_COLOR is unset (no-color.org)');
  assert.equal(useColor({ FORCE_COLOR: '1' }, false), true);
  assert.equal(useColor({ FORCE_COLOR: '' }, false), true);
  assert.equal(useColor({ FORCE_COLOR: '0' }, true), false);
  assert.equal(useColor({ FORCE_COLOR: 'false' }, true), false);
  assert.equal(useColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), true, 'FORCE_COLOR wins, as in Node');
  withTempDir((dir) => {
    writeFileSync(join(dir, 'bad.yaml'), BAD_CONTRACT);
    const forced = bin(['lint', 'bad.yaml'], dir, { FORCE_COLOR: '1' });
    assert.equal(forced.status, 1);
    // eslint-disable-next-line no-control-regex -- ANSI colour codes are what is tested
    assert.match(forced.stdout, /\x1b\[31merror\s*\x1b\[39m/, 'errors in red through a pipe when forced');
    for (const env of [{}, { NO_COLOR: '1' }, { FORCE_COLOR: '0' }]) {
      const plain = bin(['lint', 'bad.yaml'], dir, env);
      assert.equal(plain.status, 1);
      // eslint-disable-next-line no-control-regex -- ANSI colour codes are what is tested
      assert.doesNotMatch(plain.stdout, /\x1b\[/, JSON.stringify(env));
      assert.match(plain.stdout, /3:11 {5}error {2}server http:\/\/api\.example\.com is plain http {2}servers-https\n/);
    }
  });
});

test('--version prints package.json’s version, from the bundle and from the modules', async () => {
  assert.equal(bin(['--version'], REPO).stdout, `archway ${VERSION}\n`);
  assert.deepEqual(await runCli(['--version']), { code: 0, stdout: `archway ${VERSION}\n`, stderr: '' });
});

test('--help names every command with its usage, the options and the exit codes', async () => {
  const help = await runCli(['--help']);
  assert.equal(help.code, 0);
  for (const name of ['review', 'lint', 'diff', 'slo', 'init', 'explain']) {
    const command = (await import(`../../src/cli/commands/${name}.js`)).default as { meta: { description: string; usage: string } };
    assert.ok(help.stdout.includes(`  ${name.padEnd(9)} ${command.meta.description}\n            ${command.meta.usage}\n`), name);
  }
  assert.match(help.stdout, /NO_COLOR/);
  assert.match(help.stdout, /Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage\./);
});
