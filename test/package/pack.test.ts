import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, runCli, withTempDirAsync } from '../support/cli.js';

const NPM = spawnSync('npm', ['--version'], { encoding: 'utf8' });
const SKIP = NPM.error || NPM.status !== 0 ? 'npm is not on PATH: the packed-tarball test needs it to pack and install archway' : false;
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const BAD_CONTRACT = 'openapi: 3.0.3\ninfo: { title: x, version: 1.0.0 }\nservers: [{ url: "http://api.example.com" }]\npaths: {}\n';
/** A Spectral ruleset whose rules run through the JSONPath engines the bundle loads with a ruleset: nimma's traversal and a jsonpath-plus field. */
const SPECTRAL_RULESET = `rules:
  summary-lower-case:
    given: $.paths[*][*]
    then: { field: summary, function: pattern, functionOptions: { match: "^[a-z]" } }
  response-description-short:
    given: $..responses[?(@property >= 200 && @property < 300)]
    then: { field: $.description, function: length, functionOptions: { max: 3 } }
`;

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  // The tests may run under `npm test`: its npm_* settings must not leak into the nested npm.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, timeout: 300_000 });
}

test('the packed tarball installs into an empty folder and runs review, lint and diff', { skip: SKIP, timeout: 600_000 }, async () => {
  await withTempDirAsync(async (dir) => {
    const pack = run('npm', ['pack', '--json', '--pack-destination', dir], REPO);
    assert.equal(pack.status, 0, pack.stderr);
    const [{ filename, files }] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const packed = files.map((f) => f.path);
    assert.ok(packed.includes('dist/bundle/main.js'), 'the bundle bin/archway.js imports is packed');
    assert.deepEqual(
      packed.filter((p) => /^(test|dist\/test|bench|dist\/bench|scripts|dist\/scripts|examples|src)\/|\.map$/.test(p)),
      [],
      'nothing test-only or source-only',
    );

    const app = join(dir, 'app');
    cpSync(join(REPO, 'examples/checkout'), app, { recursive: true });
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    // Dependencies from the npm cache when it has them all, else from the registry.
    let install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, filename)], app);
    if (install.status !== 0) install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, filename)], app);
    assert.equal(install.status, 0, install.stderr);
    const archway = (...args: string[]) => run('npx', ['--no', '--', 'archway', ...args], app);

    assert.equal(archway('--version').stdout, `archway ${VERSION}\n`);

    const review = archway('review', '--date', '2026-11-25', '--out', 'installed-out');
    assert.equal(review.status, 1, review.stderr);
    assert.match(review.stdout, /^archway review: checkout$/m);
    const inProcess = await runCli(['review', '--date', '2026-11-25', '--out', 'library-out'], app);
    assert.equal(inProcess.code, 1, inProcess.stderr);
    for (const file of ['DESIGN.md', 'findings.json', 'decisions.json', 'report.html', 'alerts/prometheus-rules.yaml']) {
      assert.equal(readFileSync(join(app, 'installed-out', file), 'utf8'), readFileSync(join(app, 'library-out', file), 'utf8'), file);
    }
    assert.ok(existsSync(join(app, 'installed-out/runbooks')));

    writeFileSync(join(app, 'bad.yaml'), BAD_CONTRACT);
    writeFileSync(join(app, 'rules.spectral.yaml'), SPECTRAL_RULESET);
    // A revision that renames a path: a breaking change.
    writeFileSync(
      join(app, 'revision.yaml'),
      readFileSync(join(app, 'openapi.yaml'), 'utf8').replace('/v1/orders/{orderId}/cancellation:', '/v1/orders/{orderId}/cancel:'),
    );
    const spectral = ['lint', 'openapi.yaml', '--ruleset', 'rules.spectral.yaml', '--format', 'json'];
    const outputs = new Map<string[], string>();
    for (const args of [
      ['lint', 'bad.yaml', '--format', 'json'],
      ['lint', 'openapi.yaml', 'asyncapi.yaml', '--ruleset', 'strict'],
      spectral,
      ['diff', 'openapi.yaml', 'revision.yaml', '--format', 'json', '--date', '2026-01-15'],
      ['explain', 'servers-https'],
    ]) {
      const installed = archway(...args);
      const library = await runCli(args, app);
      assert.deepEqual([installed.status, installed.stdout, installed.stderr], [library.code, library.stdout, library.stderr], args.join(' '));
      outputs.set(args, installed.stdout);
    }
    assert.equal(archway('lint', 'bad.yaml').status, 1);
    const ruleset = JSON.parse(outputs.get(spectral)!) as {
      findings: Array<{ ruleId: string }>;
    };
    assert.deepEqual(
      [...new Set(ruleset.findings.map((f) => f.ruleId))].sort(),
      ['response-description-short', 'summary-lower-case'],
      'both engines ran in the installed package',
    );
    assert.equal(archway('diff', 'openapi.yaml', 'revision.yaml', '--date', '2026-01-15').status, 1);

    // The library entry point resolves every import from the installed dependencies (not only the bundle's).
    const library = run(
      'node',
      ['--input-type=module', '-e', 'const m = await import("archway"); console.log(typeof m.lintContract, typeof m.loadContract)'],
      app,
    );
    assert.equal(library.status, 0, library.stderr);
    assert.equal(library.stdout, 'function function\n');
  });
});
