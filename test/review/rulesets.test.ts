import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import type { Finding } from '../../src/core/diagnostic.js';
import { DEFAULT_SETUP } from '../../src/lint/setup.js';
import { review } from '../../src/review/pipeline.js';
import { runCli, withTempDirAsync } from '../support/cli.js';
import { OPERATION_OWNER_PLUGIN as PLUGIN } from '../support/plugins.js';

/** Clean under the recommended built-ins but for one 429 without Retry-After; `order_items` breaks the style guide's kebab-case. */
const OPENAPI = `openapi: 3.1.0
info:
  title: Orders
  version: 1.0.0
  contact: { name: Team, email: team@example.com }
  description: Orders API.
servers: [{ url: "https://api.example.com/v1" }]
security: [{ bearer: [] }]
paths:
  /order_items/{orderId}:
    get:
      operationId: getOrder
      summary: Get an order
      description: Returns one order.
      tags: [orders]
      parameters:
        - { name: orderId, in: path, required: true, schema: { type: string, maxLength: 64 } }
      responses:
        "200":
          description: OK
          content: { application/json: { schema: { $ref: "#/components/schemas/Order" } } }
        "401": { $ref: "#/components/responses/Problem" }
        "403": { $ref: "#/components/responses/Problem" }
        "404": { $ref: "#/components/responses/Problem" }
        "429": { $ref: "#/components/responses/Problem" }
        default: { $ref: "#/components/responses/Problem" }
tags: [{ name: orders, description: Orders. }]
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
  responses:
    Problem:
      description: An error.
      content: { application/problem+json: { schema: { $ref: "#/components/schemas/Problem" } } }
  schemas:
    Order:
      type: object
      additionalProperties: false
      properties:
        id: { type: string, maxLength: 64 }
    Problem:
      type: object
      properties:
        type: { type: string, maxLength: 200 }
        title: { type: string, maxLength: 200 }
        status: { type: integer, minimum: 100, maximum: 599 }
`;

const DESIGN = `archway: 1
service: { name: orders, owner: team-orders }
api:
  - { name: public, contract: ./openapi.yaml, stability: stable }
`;

/** A team's style guide: a custom (asynchronous) JS function with Spectral's signature, and a core function with a message template. */
const RULESET = (severity = 'error') => `functions: [kebab-path]
rules:
  paths-kebab:
    description: Path segments are kebab-case.
    severity: ${severity}
    given: $.paths
    then: { field: "@key", function: kebab-path }
  operation-summary-short:
    message: "{{property}} is longer than 10 characters"
    given: $.paths[*][*]
    then: { field: summary, function: length, functionOptions: { max: 10 } }
`;

const KEBAB =
  "export default async (path) => (path.split('/').some((s) => s && !s.startsWith('{') && !/^[a-z0-9-]+$/.test(s)) ? [{ message: `${path}` }] : []);\n";

const CONFIG = 'extends: [recommended, ./style/ruleset.yaml]\nplugins: [./rules/owner.mjs]\n';

/** Writes each file; a null leaves it out. */
function write(dir: string, files: Record<string, string | null>): void {
  for (const [name, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** The design, its contract, a config extending the style guide and naming the plugin; `extra` adds, replaces or (null) leaves out files. */
function project(dir: string, extra: Record<string, string | null> = {}): void {
  write(dir, {
    'openapi.yaml': OPENAPI,
    'archway.yaml': DESIGN,
    'archway.config.yaml': CONFIG,
    'style/ruleset.yaml': RULESET(),
    'style/functions/kebab-path.js': KEBAB,
    'rules/owner.mjs': PLUGIN,
    ...extra,
  });
}

const located = (f: Finding) => `${f.ruleId} ${f.location.file}${f.location.pointer} ${f.location.line}:${f.location.column} ${f.severity} ${f.fingerprint}`;
const findingsOf = (stdout: string): Finding[] => JSON.parse(stdout).findings;

/** What the config adds beyond the built-ins, pinned exactly. */
const FROM_CONFIG = [
  'paths-kebab openapi.yaml/paths/~1order_items~1{orderId} 10:26 error',
  'acme/operation-owner openapi.yaml/paths/~1order_items~1{orderId}/get 11:5 warn',
  'operation-summary-short openapi.yaml/paths/~1order_items~1{orderId}/get/summary 13:16 warn',
];

test("review runs the config's Spectral ruleset (custom async function) and TS plugin: its contract findings are lint's, located alike", async () => {
  await withTempDirAsync(async (dir) => {
    project(dir);
    const lint = await runCli(['lint', 'openapi.yaml', '--format', 'json'], dir);
    const reviewed = await runCli(['review', '--format', 'json', '--out', 'out'], dir);
    assert.equal(lint.stderr, '');
    assert.equal(reviewed.stderr, '');
    const fromLint = findingsOf(lint.stdout).map(located);
    const fromReview = findingsOf(reviewed.stdout)
      .filter((f) => f.location.file === 'openapi.yaml')
      .map(located);
    assert.deepEqual(fromReview, fromLint);
    assert.deepEqual(
      fromReview.map((line) => line.replace(/ [0-9a-f]{16}$/, '')).filter((line) => !line.startsWith('rate-limit-retry-after')),
      FROM_CONFIG,
    );
    // The verdict: the ruleset's error fails both at the default --fail-on error; nothing else in this project is an error.
    assert.equal(lint.code, 1);
    assert.equal(reviewed.code, 1);
    assert.equal(findingsOf(reviewed.stdout).filter((f) => f.severity === 'error').length, 1);
  });
});

test('a ruleset finding weighs as its severity: at warn, neither lint nor review fails at --fail-on error, both fail at warn', async () => {
  await withTempDirAsync(async (dir) => {
    project(dir, { 'style/ruleset.yaml': RULESET('warn') });
    assert.equal((await runCli(['lint', 'openapi.yaml'], dir)).code, 0);
    assert.equal((await runCli(['review', '--out', 'out'], dir)).code, 0);
    assert.equal((await runCli(['lint', 'openapi.yaml', '--fail-on', 'warn'], dir)).code, 1);
    assert.equal((await runCli(['review', '--out', 'out', '--force', '--fail-on', 'warn'], dir)).code, 1);
    const design = readFileSync(join(dir, 'out/DESIGN.md'), 'utf8');
    assert.match(design, /^10 findings: 0 error, 9 warn, 1 info, 0 hint\.$/m);
  });
});

test('ruleset and plugin findings appear in DESIGN.md and in every review output format, located file:line:column', async () => {
  await withTempDirAsync(async (dir) => {
    project(dir);
    const outputs: Record<string, string> = {};
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'])
      outputs[format] = (await runCli(['review', '--format', format, '--out', 'out', '--force', '--fail-on', 'never'], dir)).stdout;
    assert.match(outputs.stylish, /^ {2}10:26 +error +Path segments are kebab-case\. +paths-kebab$/m);
    assert.match(outputs.stylish, /^ {2}13:16 +warn +summary is longer than 10 characters +operation-summary-short$/m);
    assert.match(outputs.github, /^::error file=openapi\.yaml,line=10,col=26,title=paths-kebab::Path segments are kebab-case\.$/m);
    assert.match(
      outputs.github,
      /^::warning file=openapi\.yaml,line=11,col=5,title=acme\/operation-owner::GET \/order_items\/\{orderId\} names no owner Fix: Add x-owner: <team>\.$/m,
    );
    assert.match(outputs.junit, /error paths-kebab at openapi\.yaml:10:26 \(\/paths\/~1order_items~1\{orderId\}\)/);
    assert.match(outputs.markdown, /\| error \| `paths-kebab` \| `openapi\.yaml:10:26` \| Path segments are kebab-case\. \|/);
    assert.ok(findingsOf(outputs.json).some((f) => located(f).startsWith(FROM_CONFIG[2])));
    const sarif = JSON.parse(outputs.sarif).runs[0];
    const result = sarif.results.find((r: { ruleId: string }) => r.ruleId === 'paths-kebab');
    assert.deepEqual(
      [
        result.level,
        result.locations[0].physicalLocation.artifactLocation.uri,
        result.locations[0].physicalLocation.region.startLine,
        result.locations[0].physicalLocation.region.startColumn,
      ],
      ['error', 'openapi.yaml', 10, 26],
    );
    // The plugin rule is described from its own metadata, as lint describes it.
    const plugin = sarif.tool.driver.rules.find((r: { id: string }) => r.id === 'acme/operation-owner');
    assert.equal(plugin.shortDescription.text, 'Every operation names its owning team in x-owner.');
    assert.equal(readFileSync(join(dir, 'out/findings.sarif'), 'utf8'), outputs.sarif);

    const design = readFileSync(join(dir, 'out/DESIGN.md'), 'utf8');
    assert.match(design, /^10 findings: 1 error, 8 warn, 1 info, 0 hint\.$/m);
    // The contract hygiene section counts them with the built-ins' findings.
    assert.match(
      design,
      /^4 hygiene findings; most frequent: `acme\/operation-owner` × 1, `operation-summary-short` × 1, `paths-kebab` × 1, `rate-limit-retry-after` × 1\./m,
    );
    assert.match(design, /^\| error \| `paths-kebab` \| `openapi\.yaml:10:26` \| Path segments are kebab-case\. \| — \|$/m);
    assert.match(
      design,
      /^\| `contracts-ruleset` \| 2 ruleset findings in the contracts: `operation-summary-short` × 1, `paths-kebab` × 1 \| `operation-summary-short` at `openapi\.yaml:13` and 1 more \| high × low \|/m,
    );
    assert.match(
      readFileSync(join(dir, 'out/report.html'), 'utf8'),
      /<tr data-severity="error" data-category="ruleset"><td class="sev error">error<\/td><td><code>paths-kebab<\/code><\/td><td><code>openapi\.yaml:10:26<\/code><\/td>/,
    );
    // What DESIGN.md tells the reader to run works for them: explain finds the config's rules.
    assert.match((await runCli(['explain', 'paths-kebab'], dir)).stdout, /^Defined by the Spectral ruleset style\/ruleset\.yaml; severity error\.$/m);
    assert.match((await runCli(['explain', 'acme/operation-owner'], dir)).stdout, /^- Engine: lint plugin; category: documentation; default severity: warn$/m);
  });
});

test('a broken ruleset or plugin: review exits 2 with the located message lint gives, and writes nothing', async () => {
  const cases: Array<[string, Record<string, string | null>, string]> = [
    [
      'unknown function',
      { 'style/ruleset.yaml': 'rules:\n  a: { given: $.info, then: { function: nope } }\n' },
      'style/ruleset.yaml:2:41: rule "a": unknown function "nope" (a core function, or one named in functions:)\n',
    ],
    [
      'a function that throws on this contract',
      { 'style/functions/kebab-path.js': 'export default async () => { throw new Error("no"); };\n' },
      'style/ruleset.yaml:1:1: rule "paths-kebab": function "kebab-path" threw an exception: no\n',
    ],
    [
      'a missing plugin',
      { 'archway.config.yaml': 'extends: [recommended, ./style/ruleset.yaml]\nplugins: [./rules/gone.mjs]\n' },
      'archway.config.yaml:2:11: plugin module not found (paths are relative to the config file)\n',
    ],
    [
      'a missing ruleset file',
      { 'archway.config.yaml': 'extends: [recommended, ./style/gone.yaml]\n' },
      'archway.config.yaml:1:24: extends: the ruleset file ./style/gone.yaml does not exist (relative to this config)\n',
    ],
  ];
  for (const [name, files, message] of cases) {
    await withTempDirAsync(async (dir) => {
      project(dir, files);
      const lint = await runCli(['lint', 'openapi.yaml'], dir);
      const reviewed = await runCli(['review', '--out', 'out'], dir);
      assert.deepEqual([reviewed.code, reviewed.stderr.split('\n')[0] + '\n', reviewed.stdout], [2, message, ''], name);
      assert.equal(lint.stderr.split('\n')[0] + '\n', message, name);
      assert.equal(existsSync(join(dir, 'out')), false, `${name}: nothing written`);
    });
  }
});

test('review outputs with a ruleset and a plugin are byte-identical across runs; --check agrees', async () => {
  await withTempDirAsync(async (dir) => {
    project(dir);
    for (const out of ['a', 'b']) assert.equal((await runCli(['review', '--out', out, '--fail-on', 'never'], dir)).code, 0);
    const files = readdirSync(join(dir, 'a'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(join(dir, 'a').length + 1))
      .sort();
    assert.ok(files.includes('findings.json') && files.includes('DESIGN.md') && files.includes('report.html'), files.join(', '));
    for (const file of files) assert.equal(readFileSync(join(dir, 'b', file), 'utf8'), readFileSync(join(dir, 'a', file), 'utf8'), file);
    assert.deepEqual(readdirSync(join(dir, 'b'), { recursive: true }).sort(), readdirSync(join(dir, 'a'), { recursive: true }).sort());
    const check = await runCli(['review', '--out', 'a', '--check'], dir);
    assert.deepEqual([check.code, check.stdout], [0, 'a is up to date\n']);
  });
});

test('with no config, a .spectral.yaml in the working directory runs in review as in lint; one beside the files in another folder does not', async () => {
  await withTempDirAsync(async (dir) => {
    project(dir, { '.spectral.yaml': RULESET(), 'functions/kebab-path.js': KEBAB, 'archway.config.yaml': null });
    const lint = findingsOf((await runCli(['lint', 'openapi.yaml', '--format', 'json', '--fail-on', 'never'], dir)).stdout).map(located);
    const reviewed = findingsOf((await runCli(['review', '--format', 'json', '--out', 'out', '--fail-on', 'never'], dir)).stdout)
      .filter((f) => f.location.file === 'openapi.yaml')
      .map(located);
    assert.deepEqual(reviewed, lint);
    assert.deepEqual(
      reviewed.map((line) => line.split(' ')[0]),
      ['paths-kebab', 'operation-summary-short'],
      'the discovered ruleset is all that runs, as in Spectral: no plugin, no built-in preset',
    );
  });
  await withTempDirAsync(async (dir) => {
    // Run from the parent folder: neither command looks for a ruleset beside the files it is given.
    project(join(dir, 'orders'), { '.spectral.yaml': RULESET(), 'functions/kebab-path.js': KEBAB, 'archway.config.yaml': null });
    const lint = findingsOf((await runCli(['lint', 'orders/openapi.yaml', '--format', 'json', '--fail-on', 'never'], dir)).stdout).map(located);
    const reviewed = findingsOf((await runCli(['review', 'orders/archway.yaml', '--format', 'json', '--out', 'out', '--fail-on', 'never'], dir)).stdout)
      .filter((f) => f.location.file === 'orders/openapi.yaml')
      .map(located);
    assert.deepEqual(reviewed, lint);
    assert.deepEqual(
      reviewed.map((line) => line.split(' ')[0]),
      ['rate-limit-retry-after'],
    );
  });
});

test("a system review lints each service's contracts with the one setup, and its service page shows them", async () => {
  await withTempDirAsync(async (dir) => {
    project(dir);
    write(dir, {
      'billing/openapi.yaml': OPENAPI.replace('/order_items/{orderId}', '/invoices/{orderId}'),
      'billing/archway.yaml': DESIGN.replace('name: orders, owner: team-orders', 'name: billing, owner: team-billing'),
    });
    const run = await runCli(['review', 'archway.yaml', 'billing/archway.yaml', '--format', 'json', '--out', 'out', '--fail-on', 'never'], dir);
    assert.equal(run.code, 0, run.stderr);
    const fromConfig = findingsOf(run.stdout)
      .filter((f) => f.category === 'ruleset' || f.ruleId.startsWith('acme/'))
      .map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}:${f.location.column}`);
    // Only orders' path breaks kebab-case; both answer the plugin and the summary rule.
    assert.deepEqual(fromConfig, [
      'acme/operation-owner billing/openapi.yaml:11:5',
      'operation-summary-short billing/openapi.yaml:13:16',
      'paths-kebab openapi.yaml:10:26',
      'acme/operation-owner openapi.yaml:11:5',
      'operation-summary-short openapi.yaml:13:16',
    ]);
    assert.match(readFileSync(join(dir, 'out/orders/DESIGN.md'), 'utf8'), /^\| error \| `paths-kebab` \| `openapi\.yaml:10:26` \|/m);
    assert.doesNotMatch(readFileSync(join(dir, 'out/billing/DESIGN.md'), 'utf8'), /paths-kebab/);
  });
});

test('review --config names the config as lint --config does', async () => {
  await withTempDirAsync(async (dir) => {
    project(dir, { 'archway.config.yaml': null, 'ci/lint.yaml': 'extends: [recommended, ../style/ruleset.yaml]\nplugins: [../rules/owner.mjs]\n' });
    const lint = await runCli(['lint', 'openapi.yaml', '--config', 'ci/lint.yaml', '--format', 'json', '--fail-on', 'never'], dir);
    const reviewed = await runCli(['review', '--config', 'ci/lint.yaml', '--format', 'json', '--out', 'out', '--fail-on', 'never'], dir);
    const contract = findingsOf(reviewed.stdout).filter((f) => f.location.file === 'openapi.yaml');
    assert.deepEqual(contract.map(located), findingsOf(lint.stdout).map(located));
    assert.deepEqual(contract.map((f) => f.ruleId).sort(), ['acme/operation-owner', 'operation-summary-short', 'paths-kebab', 'rate-limit-retry-after']);
    const missing = await runCli(['review', '--config', 'ci/gone.yaml', '--out', 'out2'], dir);
    assert.deepEqual([missing.code, existsSync(join(dir, 'out2'))], [2, false]);
    assert.equal(missing.stderr, (await runCli(['lint', 'openapi.yaml', '--config', 'ci/gone.yaml'], dir)).stderr);
  });
});

test('a redocly.yaml is the config of both: what it asks and archway cannot honour is the same located warning in review as in lint', async () => {
  await withTempDirAsync(async (dir) => {
    project(dir, { 'archway.config.yaml': null, 'redocly.yaml': 'rules:\n  no-such-rule: error\n' });
    const lint = await runCli(['lint', 'openapi.yaml', '--fail-on', 'never'], dir);
    const reviewed = await runCli(['review', '--out', 'out', '--fail-on', 'never'], dir);
    assert.equal(reviewed.code, 0);
    assert.equal(
      reviewed.stderr,
      'redocly.yaml:2:3: warning: rules.no-such-rule: neither a Redocly built-in rule archway knows nor an archway rule; ignored\n',
    );
    assert.equal(lint.stderr, reviewed.stderr);
  });
});

test('the library: review() loads the setup from cwd as the CLI does; a given setup replaces it', async () => {
  await withTempDirAsync(async (dir) => {
    project(dir);
    const ids = (findings: readonly Finding[]) => [...new Set(findings.filter((f) => f.location.file === 'openapi.yaml').map((f) => f.ruleId))].sort();
    assert.deepEqual(ids((await review(['archway.yaml'], { cwd: dir, today: '2026-11-25' })).findings), [
      'acme/operation-owner',
      'operation-summary-short',
      'paths-kebab',
      'rate-limit-retry-after',
    ]);
    assert.deepEqual(ids((await review(['archway.yaml'], { cwd: dir, today: '2026-11-25', lint: DEFAULT_SETUP })).findings), ['rate-limit-retry-after']);
  });
});
