import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { globMatches, loadLintConfig } from '../../src/lint/config.js';
import { REPO, runCli, withTempDirAsync } from '../support/cli.js';

const API = 'openapi: 3.0.3\ninfo: { title: T, version: "1.0" }\npaths: {}\n';

async function ruleIds(args: string[], cwd: string): Promise<string[]> {
  const run = await runCli([...args, '--format', 'json', '--fail-on', 'never'], cwd);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
}

test('config: one loader — a rule turned off in archway.config.yaml is silent in lint and in review', async () => {
  await withTempDirAsync(async (dir) => {
    cpSync(join(REPO, 'examples/checkout'), dir, { recursive: true });
    // The example is clean: give its contract a version that is not semver.
    const contract = join(dir, 'openapi.yaml');
    writeFileSync(contract, readFileSync(contract, 'utf8').replace('version: 1.4.0', 'version: "release 1.4"'));
    const lintBefore = await ruleIds(['lint', 'openapi.yaml'], dir);
    const reviewBefore = await ruleIds(['review', 'archway.yaml', '--out', 'out'], dir);
    const id = 'info-version-semver';
    assert.ok(lintBefore.includes(id) && reviewBefore.includes(id), `${lintBefore} / ${reviewBefore}`);
    writeFileSync(join(dir, 'archway.config.yaml'), `rules:\n  ${id}: off\n`);
    assert.ok(!(await ruleIds(['lint', 'openapi.yaml'], dir)).includes(id));
    assert.ok(!(await ruleIds(['review', 'archway.yaml', '--out', 'out'], dir)).includes(id));
  });
});

const BAD_CONFIGS: Array<[string, string, string]> = [
  ['ignore: [null]', 'ignore:\n  - null\n', 'archway.config.yaml:2:5: ignore[0] must be a mapping'],
  ['overrides: [null]', 'overrides: [null]\n', 'archway.config.yaml:1:13: overrides[0] must be a mapping'],
  ['ignore: [{files: 5}]', 'ignore:\n  - { files: 5 }\n', 'archway.config.yaml:2:14: ignore[0].files must be a glob string'],
  ['an unknown key', 'extends: strict\nrulez: {}\n', 'archway.config.yaml:2:1: unknown key (expected extends, rules, ignore, overrides, plugins)'],
  ['an unknown key in an entry', 'ignore:\n  - { file: "a/**" }\n', 'archway.config.yaml:2:7: ignore[0]: unknown key (expected files, pointer, rules)'],
  [
    'an unknown rule, its name not echoed',
    'rules:\n  secret-token-123: off\n',
    'archway.config.yaml:2:3: rules: unknown rule id (archway explain --list shows them)',
  ],
  ['a bad severity', 'rules:\n  info-contact: loud\n', 'archway.config.yaml:2:17: rules: severity must be one of error, warn, info, hint, off'],
  ['a glob over the length cap', `ignore:\n  - { files: "${'a'.repeat(1001)}" }\n`, 'archway.config.yaml:2:14: ignore[0].files is longer than 1000 characters'],
  ['not a mapping', '- a\n', 'archway.config.yaml:1:1: config must be a mapping of extends, rules, ignore, overrides'],
  ['a huge file', `# ${'x'.repeat(1024 * 1024)}\n`, 'archway.config.yaml:1:1: is larger than the limit of 1 MiB per file'],
];

for (const [name, text, expected] of BAD_CONFIGS) {
  test(`config: ${name} is a located input problem (exit 2), never an internal error`, async () => {
    await withTempDirAsync(async (dir) => {
      writeFileSync(join(dir, 'api.yaml'), API);
      writeFileSync(join(dir, 'archway.config.yaml'), text);
      const run = await runCli(['lint', 'api.yaml'], dir);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.equal(run.stderr, `${expected}\n`);
    });
  });
}

test('config: globs are picomatch — braces, classes, `api/**` matches `api`, `./` prefixes', () => {
  assert.ok(globMatches('specs/*.{yaml,json}', 'specs/a.json'));
  assert.ok(!globMatches('specs/*.{yaml,json}', 'specs/a.yml'));
  assert.ok(globMatches('[ab].yaml', 'b.yaml'));
  assert.ok(!globMatches('[ab].yaml', 'c.yaml'));
  assert.ok(globMatches('api/**', 'api'));
  assert.ok(globMatches('api/**', 'api/v1/orders.yaml'));
  assert.ok(globMatches('./legacy/*.yaml', 'legacy/a.yaml'));
  assert.ok(globMatches('legacy/*.yaml', './legacy/a.yaml'));
  assert.ok(!globMatches('legacy/*.yaml', 'legacy/x/a.yaml'));
});

test('config: a planted `**/**/…` ignore pattern costs milliseconds', async () => {
  await withTempDirAsync(async (dir) => {
    const planted = `${'**/'.repeat(300)}x.yaml`;
    writeFileSync(join(dir, 'archway.config.yaml'), `ignore:\n  - { files: "${planted}" }\n`);
    const config = loadLintConfig(join(dir, 'archway.config.yaml'), undefined, dir);
    const start = performance.now();
    for (let i = 0; i < 100; i++) assert.ok(!globMatches(config.ignore[0].files!, `${'a/'.repeat(40)}y.yaml`));
    assert.ok(performance.now() - start < 250, `${performance.now() - start} ms`);
  });
});

test('inputs: CLI globs are picomatch, and skip node_modules, .git, staging folders and files an output manifest lists', async () => {
  await withTempDirAsync(async (dir) => {
    for (const sub of ['specs/v1', 'node_modules/x', '.git', '.archway-out.tmp-123', 'out']) mkdirSync(join(dir, sub), { recursive: true });
    for (const file of [
      'specs/a.yaml',
      'specs/v1/b.json',
      'specs/c.yml',
      'node_modules/x/n.yaml',
      '.archway-out.tmp-123/s.yaml',
      'out/mine.yaml',
      'out/theirs.yaml',
    ])
      writeFileSync(join(dir, file), file.endsWith('.json') ? JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1.0' }, paths: {} }) : API);
    writeFileSync(join(dir, 'out/.archway-manifest.json'), JSON.stringify({ archway: 1, files: ['theirs.yaml'] }));
    const files = async (input: string) => {
      const run = await runCli(['lint', input, '--format', 'json', '--fail-on', 'never'], dir);
      assert.equal(run.code, 0, run.stderr);
      return [...new Set(JSON.parse(run.stdout).findings.map((f: { location: { file: string } }) => f.location.file))].sort();
    };
    assert.deepEqual(await files('./specs/**/*.{yaml,json}'), ['specs/a.yaml', 'specs/v1/b.json']);
    assert.deepEqual(await files('specs/[a-b].yaml'), ['specs/a.yaml']);
    assert.deepEqual(await files('.'), ['out/mine.yaml', 'specs/a.yaml', 'specs/c.yml', 'specs/v1/b.json']);
  });
});
