import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { verifyContract } from '../../src/verify/index.js';
import { withTempDirAsync } from '../support/cli.js';

/** Serves fixed answers by path, verifies `contract` against them; findings as `severity ruleId@pointer message`. */
async function verifyAgainst(contract: string, answers: Record<string, [number, unknown]>): Promise<string[]> {
  const server = createServer((req, res) => {
    const [status, body] = answers[new URL(req.url ?? '/', 'http://x').pathname] ?? [404, { title: 'Not Found' }];
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    return await withTempDirAsync(async (dir) => {
      writeFileSync(join(dir, 'api.yaml'), contract);
      const { port } = server.address() as AddressInfo;
      const result = await verifyContract(loadContract(join(dir, 'api.yaml')), { baseUrl: `http://127.0.0.1:${port}`, cwd: dir });
      return result.findings.map((f) => `${f.severity} ${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.message}`);
    });
  } finally {
    await new Promise((done) => server.close(done));
  }
}

const contract = (version: string, user: string) =>
  [
    `openapi: ${version}`,
    'info: { title: Users, version: 1.0.0 }',
    'paths:',
    '  /me:',
    '    get:',
    '      responses:',
    "        '200':",
    '          description: OK',
    '          content:',
    '            application/json:',
    `              schema: ${user}`,
    '',
  ].join('\n');

test('verify-response-schema: a writeOnly required property may be absent from a response; another may not', async () => {
  const user =
    '{ type: object, required: [id, password, name], properties: { id: { type: string }, password: { type: string, writeOnly: true }, name: { type: string } } }';
  assert.deepEqual(await verifyAgainst(contract('3.1.0', user), { '/me': [200, { id: 'u1', name: 'Ann' }] }), []);
  assert.deepEqual(await verifyAgainst(contract('3.1.0', user), { '/me': [200, { id: 'u1' }] }), [
    "error verify-response-schema@/paths/~1me/get/responses/200/content/application~1json/schema 11:23 GET /me answered 200 with a body that does not match its schema: the body must have required property 'name'",
  ]);
});

test('verify-response-schema: OpenAPI 3.0 `nullable` is honoured (draft-04 dialect), and 3.1 type lists', async () => {
  const nullable30 = '{ type: object, required: [nick], properties: { nick: { type: string, nullable: true } } }';
  assert.deepEqual(await verifyAgainst(contract('3.0.3', nullable30), { '/me': [200, { nick: null }] }), []);
  assert.deepEqual(await verifyAgainst(contract('3.0.3', nullable30), { '/me': [200, { nick: 7 }] }), [
    'error verify-response-schema@/paths/~1me/get/responses/200/content/application~1json/schema 11:23 GET /me answered 200 with a body that does not match its schema: the body at /nick must be string',
  ]);
  const nullable31 = "{ type: object, required: [nick], properties: { nick: { type: [string, 'null'] } } }";
  assert.deepEqual(await verifyAgainst(contract('3.1.0', nullable31), { '/me': [200, { nick: null }] }), []);
});

test('verify-response-schema: an undeclared success is a warning, an undeclared refusal info', async () => {
  const user = '{ type: object }';
  assert.deepEqual(await verifyAgainst(contract('3.1.0', user), { '/me': [202, {}] }), [
    'warn verify-response-schema@/paths/~1me/get/responses 7:9 GET /me answered 202, a status the contract does not declare',
  ]);
  assert.deepEqual(await verifyAgainst(contract('3.1.0', user), { '/me': [400, { title: 'Bad Request' }] }), [
    'info verify-response-schema@/paths/~1me/get/responses 7:9 GET /me answered 400 to a request verify built as valid; the contract does not declare 400, so clients cannot know its shape',
  ]);
});
