import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, withTempDirAsync } from '../support/cli.js';

const MALFORMED: Array<{ name: string; file: string; content: string | Buffer; expect: RegExp }> = [
  { name: 'truncated JSON', file: 'a.json', content: '{"openapi": "3.0.0", "info": {"title": "T"', expect: /^a\.json:1:\d+: invalid JSON: [^\n]+\n$/ },
  { name: 'bad YAML', file: 'a.yaml', content: 'openapi: 3.0.0\ninfo:\n  title: [unclosed\n', expect: /^a\.yaml:\d+:\d+: YAML syntax error: / },
  {
    name: 'alias bomb',
    file: 'a.yaml',
    content:
      'openapi: 3.0.0\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
    expect: /^a\.yaml:1:1: cannot expand the YAML: Excessive alias count/,
  },
  {
    name: 'an alias inside the node it names',
    file: 'a.yaml',
    content: 'openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths: {}\nx-tree: &t\n  leaf: 1\n  children: [*t]\nx-shared: [*t]\n',
    expect: /^a\.yaml:6:14: the alias \*t is inside the node it names: expanded, the contract would never end\n$/,
  },
  {
    name: 'very deep nesting',
    file: 'a.json',
    content: `{"openapi":"3.0.0","x":${'['.repeat(20000)}${']'.repeat(20000)}}`,
    expect: /^a\.json:1:1: is nested too deeply to read\n$|^$/,
  },
  {
    name: 'very deep YAML nesting',
    file: 'a.yaml',
    content: `openapi: 3.0.0\nx: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
    expect: /^a\.yaml:1:1: is nested too deeply to read\n$/,
  },
  { name: '0-byte file', file: 'a.yaml', content: '', expect: /^a\.yaml:1:1: is empty\n$/ },
  { name: 'binary file', file: 'a.json', content: Buffer.from([0x7b, 0x00, 0x01, 0x02]), expect: /^a\.json:1:1: is a binary file, expected JSON or YAML\n$/ },
  {
    name: 'not an API',
    file: 'a.yaml',
    content: 'name: just some yaml\n',
    expect: /^a\.yaml:1:1: is not an API description: no `openapi`, `swagger` or `asyncapi` version\n$/,
  },
  { name: 'Swagger 1.2', file: 'a.json', content: '{"swaggerVersion": "1.2", "apis": []}', expect: /^a\.json:1:20: Swagger 1\.2 is not supported/ },
  { name: 'unsupported version', file: 'a.yaml', content: 'openapi: 4.0.0\npaths: {}\n', expect: /^a\.yaml:1:10: openapi 4\.0\.0 is not supported/ },
  {
    name: 'unsupported AsyncAPI version',
    file: 'a.yaml',
    content: 'asyncapi: 1.2.0\nchannels: {}\n',
    expect: /^a\.yaml:1:11: asyncapi 1\.2\.0 is not supported/,
  },
  {
    name: 'truncated AsyncAPI',
    file: 'a.yaml',
    content: "asyncapi: 3.0.0\nchannels:\n  orders: { address: 'orders.placed\n",
    expect: /^a\.yaml:\d+:\d+: YAML syntax error/,
  },
];

test('lint: a JSON file with a byte order mark is read', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'a.json'), `\ufeff${JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1.0.0' }, paths: {} })}`);
    const run = await runCli(['lint', 'a.json', '--format', 'json', '--fail-on', 'never'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(Array.isArray(JSON.parse(run.stdout).findings));
  });
});

for (const { name, file, content, expect } of MALFORMED) {
  test(`lint: malformed input (${name}) exits 2 with one located line`, async () => {
    await withTempDirAsync(async (dir) => {
      writeFileSync(join(dir, file), content);
      const run = await runCli(['lint', file], dir);
      if (name === 'very deep nesting' && run.code !== 2) {
        // V8 may parse it; then the walk must still finish without a crash.
        assert.ok(run.code === 0 || run.code === 1, run.stderr);
        return;
      }
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stderr, expect);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    });
  });
}

const API = (extra = '') => `openapi: 3.1.0
info: { title: T, version: 1.0.0, contact: { name: t } }
security: [{ key: [] }]
paths:
  /orders:
    get:
      operationId: listOrders
      summary: List orders
${extra}      responses:
        "200": { description: OK, content: { application/json: { schema: { type: array, items: { type: object } } } } }
        "401": { description: No token, content: { application/problem+json: { schema: { type: object } } } }
components: { securitySchemes: { key: { type: http, scheme: bearer } } }
`;

test('lint: circular $refs are legal and a missing ref file is a located finding', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(
      join(dir, 'a.yaml'),
      `${API()}  schemas:\n    Node: { type: object, properties: { next: { $ref: "#/components/schemas/Node" }, other: { $ref: "./missing.yaml#/X" } } }\n`.replace(
        'components: { securitySchemes: { key: { type: http, scheme: bearer } } }\n',
        'components:\n  securitySchemes: { key: { type: http, scheme: bearer } }\n',
      ),
    );
    const run = await runCli(['lint', 'a.yaml', '--format', 'json'], dir);
    assert.equal(run.code, 1, run.stderr);
    const unresolved = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'ref-unresolved');
    assert.equal(unresolved.length, 1);
    assert.match(unresolved[0].message, /missing\.yaml/);
    assert.deepEqual([unresolved[0].location.line, unresolved[0].location.pointer], [15, '/components/schemas/Node/properties/other/$ref']);
  });
});

test('lint: x-archway-ignore silences a rule on a node and its subtree only', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'a.yaml'), API());
    const before = JSON.parse((await runCli(['lint', 'a.yaml', '--format', 'json', '--fail-on', 'never', '--ruleset', 'strict'], dir)).stdout).findings.map(
      (f: { ruleId: string }) => f.ruleId,
    );
    assert.ok(before.includes('no-top-level-array'));
    writeFileSync(join(dir, 'a.yaml'), API('      x-archway-ignore: [no-top-level-array]\n'));
    const after = JSON.parse((await runCli(['lint', 'a.yaml', '--format', 'json', '--fail-on', 'never', '--ruleset', 'strict'], dir)).stdout).findings.map(
      (f: { ruleId: string }) => f.ruleId,
    );
    assert.ok(!after.includes('no-top-level-array'));
    assert.deepEqual(
      after,
      before.filter((id: string) => id !== 'no-top-level-array'),
    );
  });
});

test('lint: archway.config.yaml turns rules off, changes severities, and rejects unknown rules', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'a.yaml'), API());
    writeFileSync(join(dir, 'archway.config.yaml'), 'extends: recommended\nrules:\n  no-top-level-array: error\n  pagination-collection: off\n');
    const run = await runCli(['lint', 'a.yaml', '--format', 'json'], dir);
    const findings = JSON.parse(run.stdout).findings;
    assert.equal(findings.find((f: { ruleId: string }) => f.ruleId === 'no-top-level-array').severity, 'error');
    assert.ok(!findings.some((f: { ruleId: string }) => f.ruleId === 'pagination-collection'));
    assert.equal(run.code, 1);
    writeFileSync(join(dir, 'archway.config.yaml'), 'rules:\n  no-such-rule: off\n');
    const bad = await runCli(['lint', 'a.yaml'], dir);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'archway.config.yaml:2:3: rules: unknown rule id (archway explain --list shows them)\n');
  });
});

test('lint: a baseline hides accepted findings and shows only new ones', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'a.yaml'), API());
    await runCli(['lint', 'a.yaml', '--write-baseline', 'baseline.json', '--fail-on', 'never', '--ruleset', 'strict'], dir);
    assert.ok(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).findings.length > 0);
    const clean = await runCli(['lint', 'a.yaml', '--baseline', 'baseline.json', '--format', 'json', '--ruleset', 'strict'], dir);
    assert.deepEqual(JSON.parse(clean.stdout).findings, []);
    assert.equal(clean.code, 0);
    writeFileSync(
      join(dir, 'a.yaml'),
      API().replace('servers', 'x').replace('security: [{ key: [] }]\n', 'security: [{ key: [] }]\nservers: [{ url: "http://api.example.com" }]\n'),
    );
    const fresh = await runCli(['lint', 'a.yaml', '--baseline', 'baseline.json', '--format', 'json', '--ruleset', 'strict'], dir);
    assert.deepEqual(
      JSON.parse(fresh.stdout).findings.map((f: { ruleId: string }) => f.ruleId),
      ['servers-https'],
    );
    assert.equal(fresh.code, 1);
  });
});

test('lint: stylish output shows a code frame under each finding', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'a.yaml'), API());
    const run = await runCli(['lint', 'a.yaml', '--fail-on', 'never', '--ruleset', 'strict'], dir);
    assert.match(run.stdout, /\d+:\d+ +warn +.*no-top-level-array\n +\d+ \| .*"200".*\n +\| +\^/);
  });
});

test('lint: --ruleset takes a preset or a ruleset file in the config shape; a typo is a usage error', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'a.yaml'), API('      parameters: [{ name: q, in: query, schema: { type: string } }]\n'));
    const ids = async (...args: string[]) =>
      JSON.parse((await runCli(['lint', 'a.yaml', '--format', 'json', '--fail-on', 'never', ...args], dir)).stdout).findings.map(
        (f: { ruleId: string }) => f.ruleId,
      );
    const recommended = await ids();
    const strict = await ids('--ruleset', 'strict');
    assert.ok(strict.length > recommended.length, `${strict.length} vs ${recommended.length}`);
    assert.ok(strict.includes('parameter-description') && !recommended.includes('parameter-description'));
    writeFileSync(join(dir, 'team.yaml'), 'extends: strict\nrules:\n  no-top-level-array: off\n');
    assert.deepEqual(
      await ids('--ruleset', 'team.yaml'),
      strict.filter((id: string) => id !== 'no-top-level-array'),
    );
    const typo = await runCli(['lint', 'a.yaml', '--ruleset', 'stirct'], dir);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /--ruleset must be recommended, strict or a ruleset file; "stirct" is none of these/);
  });
});

test('lint: x-archway-ignore works on nodes no rule visits, such as info', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'a.yaml'), API().replace('contact: { name: t } ', ''));
    const run = async () =>
      JSON.parse((await runCli(['lint', 'a.yaml', '--format', 'json', '--fail-on', 'never', '--ruleset', 'strict'], dir)).stdout).findings.map(
        (f: { ruleId: string }) => f.ruleId,
      );
    assert.ok((await run()).includes('info-contact'));
    writeFileSync(join(dir, 'a.yaml'), API().replace('contact: { name: t } ', 'x-archway-ignore: [info-contact] '));
    assert.ok(!(await run()).includes('info-contact'));
  });
});

test('lint: x-archway-ignore works in a JSON file read as bytes, and a file without it keeps its findings', async () => {
  await withTempDirAsync(async (dir) => {
    const doc = (info: Record<string, unknown>) => JSON.stringify({ openapi: '3.1.0', info: { title: 'Café', version: '1', ...info }, paths: {} }, null, 1);
    const ids = async (file: string) =>
      JSON.parse((await runCli(['lint', file, '--format', 'json', '--fail-on', 'never', '--ruleset', 'strict'], dir)).stdout).findings.map(
        (f: { ruleId: string }) => f.ruleId,
      );
    writeFileSync(join(dir, 'plain.json'), doc({}));
    writeFileSync(join(dir, 'ignored.json'), doc({ 'x-archway-ignore': ['info-contact'] }));
    assert.ok((await ids('plain.json')).includes('info-contact'));
    assert.ok(!(await ids('ignored.json')).includes('info-contact'));
  });
});

test('lint: a remote $ref is a located finding unless --allow-remote-refs', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'a.yaml'), API().replace('schema: { type: object }', 'schema: { $ref: "http://127.0.0.1:9/problem.yaml" }'));
    const run = await runCli(['lint', 'a.yaml', '--format', 'json'], dir);
    const unresolved = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'ref-unresolved');
    assert.deepEqual(
      unresolved.map((f: { location: { line: number }; message: string }) => [f.location.line, f.message]),
      [[11, 'remote $ref "http://127.0.0.1:9/problem.yaml" is not followed (pass --allow-remote-refs to fetch it)']],
    );
    // Port 9 (discard) refuses the connection: fetched, failed, still one located finding.
    const allowed = await runCli(['lint', 'a.yaml', '--format', 'json', '--allow-remote-refs'], dir);
    assert.deepEqual(
      JSON.parse(allowed.stdout)
        .findings.filter((f: { ruleId: string }) => f.ruleId === 'ref-unresolved')
        .map((f: { message: string }) => f.message),
      ['remote $ref "http://127.0.0.1:9/problem.yaml" could not be fetched as JSON or YAML'],
    );
  });
});
