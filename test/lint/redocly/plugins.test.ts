import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Finding } from '../../../src/core/diagnostic.js';
import { runCli, withTempDirAsync } from '../../support/cli.js';
import { OPERATION_OWNER_PLUGIN as RULE } from '../../support/plugins.js';

const API = `openapi: 3.1.0
info: { title: T, version: 1.0.0 }
paths:
  /orders:
    get:
      operationId: listOrders
      responses: { "200": { description: OK } }
`;

async function lintWith(dir: string, config: string, modules: Record<string, string>) {
  mkdirSync(join(dir, 'rules'), { recursive: true });
  for (const [name, text] of Object.entries(modules)) writeFileSync(join(dir, 'rules', name), text);
  writeFileSync(join(dir, 'archway.config.yaml'), config);
  writeFileSync(join(dir, 'api.yaml'), API);
  return runCli(['lint', 'api.yaml', '--format', 'json', '--fail-on', 'never'], dir);
}

test('plugins: a rule module named in archway.config.yaml runs in the walk and reports located findings', async () => {
  await withTempDirAsync(async (dir) => {
    const run = await lintWith(dir, 'plugins: [./rules/my-rules.mjs]\n', { 'my-rules.mjs': RULE });
    assert.equal(run.code, 0, run.stderr);
    const found = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'acme/operation-owner');
    assert.deepEqual(
      found.map(
        (f: Finding) => `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.severity} ${f.message} ${JSON.stringify(f.data)}`,
      ),
      ['acme/operation-owner@/paths/~1orders/get 5:5 warn GET /orders names no owner {"path":"/orders"}'],
    );
  });
});

test('plugins: the config sets a plugin rule severity; a CommonJS module exporting a list works too', async () => {
  await withTempDirAsync(async (dir) => {
    const cjs = RULE.replace('export const operationOwner =', 'module.exports = [').replace(/};\n$/, '}];\n');
    const run = await lintWith(dir, 'plugins: [rules/owner.cjs]\nrules:\n  acme/operation-owner: error\n', { 'owner.cjs': cjs });
    assert.equal(run.code, 0, run.stderr);
    const found = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'acme/operation-owner');
    assert.deepEqual(
      found.map((f: Finding) => f.severity),
      ['error'],
    );
  });
});

const BAD: Array<[string, string, Record<string, string>, string]> = [
  [
    'a module that throws',
    'plugins:\n  - ./rules/boom.mjs\n',
    { 'boom.mjs': "throw new Error('boom');\n" },
    'archway.config.yaml:2:5: plugin module failed to load: boom',
  ],
  ['a missing module', 'plugins: [./rules/none.mjs]\n', {}, 'archway.config.yaml:1:11: plugin module not found (paths are relative to the config file)'],
  [
    'an export that is not a rule',
    'plugins: [./rules/junk.mjs]\n',
    { 'junk.mjs': 'export const answer = 42;\n' },
    'archway.config.yaml:1:11: plugin export `answer` is not a rule object',
  ],
  [
    'a rule without create',
    'plugins: [./rules/half.mjs]\n',
    { 'half.mjs': RULE.replace(/create: [\s\S]*\n\};/, '};') },
    'archway.config.yaml:1:11: plugin export `operationOwner` (acme/operation-owner) has no `create` function',
  ],
  [
    'an id a built-in has',
    'plugins: [./rules/clash.mjs]\n',
    { 'clash.mjs': RULE.replace('acme/operation-owner', 'operation-summary') },
    'archway.config.yaml:1:11: plugin rule id operation-summary is already taken',
  ],
  [
    'a rule id no one defines',
    'plugins: [./rules/ok.mjs]\nrules:\n  acme/other: off\n',
    { 'ok.mjs': RULE },
    'archway.config.yaml:1:11: the config names a rule id that neither the built-ins nor these plugins define (archway explain --list shows the built-ins)',
  ],
  ['plugins not a list', 'plugins: ./rules/ok.mjs\n', {}, 'archway.config.yaml:1:10: plugins must be a list of module paths'],
];

for (const [name, config, modules, expected] of BAD) {
  test(`plugins: ${name} is a located input error (exit 2)`, async () => {
    await withTempDirAsync(async (dir) => {
      const run = await lintWith(dir, config, modules);
      assert.equal(run.code, 2, run.stdout);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.trim().split('\n')[0], expected);
    });
  });
}
