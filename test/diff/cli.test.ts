import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, withTempDirAsync } from '../support/cli.js';

const F = 'test/diff/fixtures';
const diff = (...args: string[]) => runCli(['diff', ...args]);

test('exit 1 on a breaking change (default --fail-on breaking), with a located finding per change', async () => {
  const run = await diff(`${F}/pets.v1.yaml`, `${F}/pets.v2.yaml`);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stdout, /7:66 +error +GET \/pets: query parameter "kind" no longer accepts "dog" +request-parameter-enum-value-removed/);
  assert.match(run.stdout, /archway diff: 1 breaking, 0 warn, 1 info\n$/);
});

test('--fail-on: never exits 0; warn and breaking exit 0 when only info changes exist', async () => {
  assert.equal((await diff(`${F}/pets.v1.yaml`, `${F}/pets.v2.yaml`, '--fail-on', 'never')).code, 0);
  assert.equal((await diff(`${F}/pets.v1.yaml`, `${F}/pets.v2-info.yaml`)).code, 0);
  assert.equal((await diff(`${F}/pets.v1.yaml`, `${F}/pets.v2-info.yaml`, '--fail-on', 'warn')).code, 0);
  assert.equal(
    (await diff(`${F}/pets.v1.yaml`, `${F}/pets.v1.yaml`, '--format', 'json')).stdout,
    '{\n  "changes": [],\n  "summary": {\n    "breaking": 0,\n    "warn": 0,\n    "info": 0\n  }\n}\n',
  );
});

test('--format json is byte-identical across runs', async () => {
  const first = await diff(`${F}/pets.v1.yaml`, `${F}/pets.v2.yaml`, '--format', 'json', '--date', '2025-06-01');
  const second = await diff(`${F}/pets.v1.yaml`, `${F}/pets.v2.yaml`, '--format', 'json', '--date', '2025-06-01');
  assert.equal(first.stdout, second.stdout);
  assert.deepEqual(JSON.parse(first.stdout).summary, { breaking: 1, warn: 0, info: 1 });
});

test('--stability beta and --consumers shape the levels and the rollout plan', async () => {
  const beta = await diff(`${F}/pets.v1.yaml`, `${F}/pets.v2.yaml`, '--stability', 'beta', '--format', 'json');
  assert.equal(beta.code, 0, 'a breaking change in a beta contract is a warning');
  assert.deepEqual(JSON.parse(beta.stdout).summary, { breaking: 0, warn: 1, info: 1 });
  const plan = await diff(`${F}/pets.v1.yaml`, `${F}/pets.v2.yaml`, '--format', 'markdown', '--consumers', 'web,mobile', '--date', '2025-06-01');
  assert.match(plan.stdout, /2\. \*\*migrate\*\* \(mobile\): Move mobile to the new form\.\n3\. \*\*migrate\*\* \(web\)/);
});

test('--design reads stability and consumers from the archway.yaml entry of the contract', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'openapi.yaml'), readFileSync(`${F}/pets.v2.yaml`));
    writeFileSync(
      join(dir, 'archway.yaml'),
      'archway: 1\nservice: { name: pets, owner: team-pets }\napi:\n  - { name: public, contract: ./openapi.yaml, stability: beta, consumers: [storefront] }\n',
    );
    const run = await diff(`${F}/pets.v1.yaml`, join(dir, 'openapi.yaml'), '--design', join(dir, 'archway.yaml'), '--format', 'json');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).changes[0].data.policy, 'stability beta: breaking changes are allowed with a warning');
  });
});

test('exit 2 with file:line:column on malformed input, a missing file, or bad usage', async () => {
  const broken = await diff(`${F}/pets.v1.yaml`, `${F}/broken.json`);
  assert.equal(broken.code, 2);
  assert.equal(broken.stderr, `${F}/broken.json:6:1: invalid JSON: unexpected end of input (truncated?)\n`);
  const missing = await diff(`${F}/pets.v1.yaml`, `${F}/nope.yaml`);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^test\/diff\/fixtures\/nope\.yaml:1:1: cannot read the file \(ENOENT\)\n$/);
  assert.equal((await diff(`${F}/pets.v1.yaml`)).code, 2);
  assert.match((await diff(`${F}/pets.v1.yaml`, `${F}/pets.v2.yaml`, '--date', 'tomorrow')).stderr, /--date must be a day as YYYY-MM-DD/);
  assert.match((await diff(`${F}/pets.v1.yaml`, `${F}/pets.v2.yaml`, '--fail-on', 'error')).stderr, /--fail-on must be one of breaking, warn, never/);
});

test('git:<ref>:<path> reads a committed version, $refs to sibling files included, without touching the work tree', async () => {
  await withTempDirAsync(async (dir) => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });
    const api = (ref: string) =>
      `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /pets:\n    get:\n      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '${ref}' } } } } }\n`;
    git('init', '-q');
    writeFileSync(join(dir, 'openapi.yaml'), api('./pet.yaml'));
    writeFileSync(join(dir, 'pet.yaml'), 'type: object\nproperties:\n  status: { type: string, enum: [available] }\n');
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    writeFileSync(join(dir, 'pet.yaml'), 'type: object\nproperties:\n  status: { type: string, enum: [available, sold] }\n');
    // A private temporary folder: other test files run at the same time and make checkouts of their own.
    const scratch = join(dir, '.tmp');
    mkdirSync(scratch);
    const previousTmp = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    let run;
    try {
      run = await runCli(['diff', 'git:HEAD:openapi.yaml', 'openapi.yaml', '--format', 'json', '--fail-on', 'warn'], dir);
    } finally {
      if (previousTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previousTmp;
    }
    assert.equal(run.code, 1, run.stderr);
    const [change] = JSON.parse(run.stdout).changes;
    assert.equal(change.id, 'response-property-enum-value-added');
    assert.deepEqual(change.base, { file: 'git:HEAD:pet.yaml', pointer: '/properties/status/enum', line: 3, column: 33 });
    assert.deepEqual(change.location, { file: 'pet.yaml', pointer: '/properties/status/enum', line: 3, column: 33 });
    assert.deepEqual(readdirSync(scratch), [], 'the temporary checkout is removed');
    const badRef = await runCli(['diff', 'git:no-such-ref:openapi.yaml', 'openapi.yaml'], dir);
    assert.equal(badRef.code, 2);
    assert.match(badRef.stderr, /^git:no-such-ref:openapi\.yaml:1:1: cannot read openapi\.yaml at no-such-ref: /);
  });
});

test('AsyncAPI pairs diff with the same CLI; an OpenAPI document against an AsyncAPI one is exit 2, located', async () => {
  await withTempDirAsync(async (dir) => {
    const events = (type: string) =>
      `asyncapi: 3.0.0\ninfo: { title: t, version: '1' }\nchannels:\n  c: { address: orders, messages: { M: { payload: { type: object, properties: { total: { type: ${type} } } } } } }\noperations:\n  o: { action: send, channel: { $ref: '#/channels/c' } }\n`;
    writeFileSync(join(dir, 'old.yaml'), events('integer'));
    writeFileSync(join(dir, 'new.yaml'), events('string'));
    writeFileSync(join(dir, 'api.yaml'), "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\n");
    const run = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--date', '2026-01-01'], dir);
    assert.equal(run.code, 1, run.stderr);
    const json = JSON.parse(run.stdout) as { changes: Array<{ id: string; operation: string; location: { line: number } }> };
    assert.deepEqual(
      json.changes.map((c) => [c.id, c.operation, c.location.line]),
      [['published-message-type-changed', 'SEND orders', 4]],
    );
    const mixed = await runCli(['diff', 'api.yaml', 'new.yaml'], dir);
    assert.equal(mixed.code, 2);
    assert.match(mixed.stderr, /^new\.yaml:1:1: is an AsyncAPI document, but api\.yaml is not/);
  });
});

test('exit 2, not a crash, on schemas nested thousands of levels deep', async () => {
  await withTempDirAsync(async (dir) => {
    const nested = (leaf: string) => {
      const depth = 5000;
      const schema = '{"type":"object","properties":{"a":'.repeat(depth) + leaf + '}}'.repeat(depth);
      return `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/x":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":${schema}}}}}}}}}`;
    };
    writeFileSync(join(dir, 'old.json'), nested('{"type":"string"}'));
    writeFileSync(join(dir, 'new.json'), nested('{"type":"integer"}'));
    const run = await runCli(['diff', 'old.json', 'new.json'], dir);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'new.json:1:1: schemas are nested too deeply to compare\n');
  });
});

test('an unresolved $ref on either side is exit 2 with its file:line:column, not a fake breaking change', async () => {
  await withTempDirAsync(async (dir) => {
    const api = (ref: string) =>
      `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /pets:\n    get:\n      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '${ref}' } } } } }\n`;
    writeFileSync(join(dir, 'old.yaml'), api('./pet.yaml'));
    writeFileSync(join(dir, 'new.yaml'), api('./pet.yaml#/Missing'));
    writeFileSync(join(dir, 'pet.yaml'), 'type: object\nproperties:\n  id: { type: string }\n');
    const run = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'json'], dir);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'new.yaml:6:93: $ref "./pet.yaml#/Missing" points to nothing (ref-unresolved)\n');
  });
});

test('--date takes only a real YYYY-MM-DD, in diff and in review alike (exit 2)', async () => {
  for (const bad of ['garbage', '1', '2025-02-30']) {
    const run = await diff(`${F}/pets.v1.yaml`, `${F}/pets.v2.yaml`, '--date', bad);
    assert.equal(run.code, 2, bad);
    assert.match(run.stderr, new RegExp(`--date must be a day as YYYY-MM-DD, got "${bad}"`));
  }
  await withTempDirAsync(async (dir) => {
    const run = await runCli(['review', 'examples/checkout/archway.yaml', '--date', 'garbage', '--out', join(dir, 'out')]);
    assert.equal(run.code, 2);
    assert.deepEqual(readdirSync(dir), [], 'nothing written');
    assert.match(run.stderr, /--date must be a day as YYYY-MM-DD, got "garbage"/);
  });
});
