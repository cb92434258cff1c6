import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { verifyContract } from '../../src/verify/index.js';
import { withTempDirAsync } from '../support/cli.js';

const CONTRACT = `openapi: 3.1.0
info: { title: Things, version: 1.0.0 }
security: [{ bearer: [] }]
paths:
  /things:
    post:
      requestBody: { required: true, content: { application/json: { schema: { type: object, required: [name], properties: { name: { type: string } } } } } }
      responses:
        '201': { description: Created, headers: { Location: { required: true, schema: { type: string } } }, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } }
        '401': { description: No, content: { application/json: { schema: { type: object } } } }
  /things/{id}:
    parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
    get:
      responses:
        '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } }
        '401': { description: No, content: { application/json: { schema: { type: object } } } }
        '404': { description: No, content: { application/json: { schema: { type: object } } } }
    delete:
      responses:
        '204': { description: Deleted }
        '401': { description: No, content: { application/json: { schema: { type: object } } } }
        '404': { description: No, content: { application/json: { schema: { type: object } } } }
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
  schemas:
    Thing: { type: object, required: [id, name], properties: { id: { type: string }, name: { type: string } } }
`;

/** A service whose DELETE answers 401 without credentials, but only after deleting (when `sneaky`); `lenient` takes any body. */
async function run(sneaky: boolean, lenient = false): Promise<string[]> {
  const things = new Map<string, { id: string; name: string }>();
  let next = 1;
  const server = createServer((req, res) => {
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const authorized = req.headers.authorization === 'Bearer t0ken-42';
    const id = /^\/things\/([^/]+)$/.exec(req.url ?? '')?.[1];
    if (req.method === 'POST' && req.url === '/things') {
      if (!authorized) return send(401, {});
      if (req.headers['content-type'] !== 'application/json' && !lenient) return send(415, {});
      const thing = { id: `th${next++}`, name: 'x' };
      things.set(thing.id, thing);
      return send(201, thing, { location: `/things/${thing.id}` });
    }
    if (id && req.method === 'DELETE') {
      if (!authorized) {
        if (sneaky) things.delete(id);
        return send(401, {});
      }
      return things.delete(id) ? send(204) : send(404, {});
    }
    if (id && req.method === 'GET') {
      if (!authorized) return send(401, {});
      return things.has(id) ? send(200, things.get(id)) : send(404, {});
    }
    return send(405, {});
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    return await withTempDirAsync(async (dir) => {
      writeFileSync(join(dir, 'things.yaml'), CONTRACT);
      const { port } = server.address() as AddressInfo;
      const result = await verifyContract(loadContract(join(dir, 'things.yaml')), {
        baseUrl: `http://127.0.0.1:${port}`,
        headers: { Authorization: 'Bearer t0ken-42' },
        allowWrites: true,
        cwd: dir,
      });
      assert.equal(things.size, 0, `what verify created it deleted: ${[...things.keys()]} ${JSON.stringify(result.findings.map((f) => f.message))}`);
      return result.findings.map((f) => `${f.severity} ${f.ruleId}@${f.location.pointer} ${f.operation} ${f.evidence?.status}: ${f.message}`);
    });
  } finally {
    await new Promise((done) => server.close(done));
  }
}

test('verify-auth-enforced with --allow-writes: a DELETE refused without credentials leaves the item in place', async () => {
  assert.deepEqual(await run(false), []);
});

test('verify-auth-enforced with --allow-writes: a DELETE that answers 401 but deletes anyway is an error', async () => {
  assert.deepEqual(await run(true), [
    'error verify-auth-enforced@/paths/~1things~1{id}/delete DELETE /things/{id} 404: DELETE /things/{id} refused a request without credentials with 401 but deleted the item anyway',
  ]);
});

test('verify --allow-writes: what a provoked request created after all (a text/plain create accepted) is deleted too', async () => {
  assert.deepEqual(await run(false, true), [
    'warn verify-error-shape@/paths/~1things/post POST /things 201: POST /things with a text/plain body answered 201; it is refused with 415',
  ]);
});
