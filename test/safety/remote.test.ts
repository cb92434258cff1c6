import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { walk } from '../../src/contracts/walk.js';
import { runCli, withTempDirAsync } from '../support/cli.js';

const HEAD = 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\n';
const schemaRef = (ref: string) =>
  `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK, content: { application/json: { schema: { $ref: "${ref}" } } } }\n`;

/** A hostile server: an endless chain of documents, each naming a new one; an endless body; many documents. */
async function hostile(run: (base: string, requests: string[]) => Promise<void>): Promise<void> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const chain = /^\/chain\/(\d+)\.yaml$/.exec(req.url ?? '');
    if (chain) return res.end(`X: { $ref: "./${Number(chain[1]) + 1}.yaml#/X" }\n`);
    if (req.url === '/endless.yaml') {
      res.write('X:\n');
      const more = () => res.write(`  k${Math.random()}: ${'x'.repeat(60000)}\n`, () => setImmediate(more));
      return more();
    }
    if (req.url === '/wide.yaml')
      return res.end(`X:\n  type: object\n  properties:\n${Array.from({ length: 150 }, (_, i) => `    p${i}: { $ref: "./doc/${i}.yaml#/D" }\n`).join('')}`);
    if (req.url?.startsWith('/doc/')) return res.end('D: { type: string }\n');
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

const unresolved = (doc: ReturnType<typeof loadContract>, base: string) => [...new Set(doc.problems.map((p) => p.message.replaceAll(base, 'BASE')))];

test('an endless chain of remote refs stops at the depth limit, and says so', async () => {
  await hostile(async (base, requests) => {
    await withTempDirAsync(async (dir) => {
      writeFileSync(join(dir, 'api.yaml'), schemaRef(`${base}/chain/1.yaml#/X`));
      const run = await runCli(['lint', 'api.yaml', '--allow-remote-refs', '--format', 'json'], dir);
      assert.equal(requests.length, 10);
      const messages = JSON.parse(run.stdout)
        .findings.filter((f: { ruleId: string }) => f.ruleId === 'ref-unresolved')
        .map((f: { message: string }) => f.message.replaceAll(base, 'BASE'));
      assert.deepEqual([...new Set(messages)], ['remote $ref "./11.yaml#/X" is not fetched: it is more than 10 refs away from the contract (the depth limit)']);
    });
  });
});

test('remote documents are capped in number and in bytes (an endless body is cut off)', async () => {
  await hostile(async (base, requests) => {
    await withTempDirAsync(async (dir) => {
      writeFileSync(join(dir, 'wide.yaml'), schemaRef(`${base}/wide.yaml#/X`));
      const wide = loadContract(join(dir, 'wide.yaml'), { allowRemoteRefs: true });
      await wide.fetchRemoteRefs();
      walk(wide, []);
      assert.equal(requests.length, 100, 'the root fetch and 99 more');
      const refused = unresolved(wide, base);
      assert.equal(refused.length, 51, 'the 150 documents less the 99 fetched');
      for (const message of refused)
        assert.match(message, /^remote \$ref "\.\/doc\/\d+\.yaml#\/D" is not fetched: the limit of 100 remote documents is reached$/);

      writeFileSync(join(dir, 'endless.yaml'), schemaRef(`${base}/endless.yaml#/X`));
      const endless = loadContract(join(dir, 'endless.yaml'), { allowRemoteRefs: true });
      const started = Date.now();
      await endless.fetchRemoteRefs(undefined, { documents: 100, bytes: 1024 * 1024, depth: 10 });
      assert.ok(Date.now() - started < 5000);
      walk(endless, []);
      assert.deepEqual(unresolved(endless, base), [
        'remote $ref "BASE/endless.yaml#/X" is not fetched: it is larger than the 1 MiB left by the limits on remote documents (64 MiB each, a total for all)',
      ]);
    });
  });
});
