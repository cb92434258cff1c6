import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { walk, type WalkContext } from '../../src/contracts/walk.js';
import { withTempDir, withTempDirAsync } from '../support/cli.js';

const HEAD = 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\n';

/** Each visited schema as `file#pointer`, in walk order. */
function schemas(path: string, options = {}) {
  const doc = loadContract(path, options);
  const seen: string[] = [];
  walk(doc, [{ Schema: (_node, ctx: WalkContext) => void seen.push(`${ctx.at.file.source.displayPath.split('/').pop()}#${ctx.at.pointer}`) }]);
  return { doc, seen, problems: doc.problems.map((p) => `${p.location.file.split('/').pop()}:${p.location.line}:${p.location.column} ${p.message}`) };
}

test('refs: a $ref under an operation (DigitalOcean style) and across files resolves, reported where written', () => {
  withTempDir((dir) => {
    mkdirSync(join(dir, 'ops'));
    writeFileSync(join(dir, 'api.yaml'), `${HEAD}paths:\n  /pets:\n    get:\n      $ref: "ops/list.yml"\n`);
    writeFileSync(join(dir, 'ops/list.yml'), 'operationId: list\nresponses:\n  "200":\n    $ref: "../shared.yml#/components/responses/Pets"\n');
    writeFileSync(
      join(dir, 'shared.yml'),
      'components:\n  responses:\n    Pets:\n      description: OK\n      content:\n        application/json:\n          schema: { type: array, items: { $ref: "#/components/schemas/Pet" } }\n  schemas:\n    Pet: { type: object }\n',
    );
    const doc = loadContract(join(dir, 'api.yaml'));
    const seen: string[] = [];
    walk(doc, [
      { Operation: (node, ctx) => void seen.push(`op ${node.operationId} ${ctx.at.file.source.displayPath.split('/').pop()}#${ctx.at.pointer}`) },
      {
        Response: (_node, ctx) =>
          void seen.push(
            `response ${ctx.status} ${ctx.at.file.source.displayPath.split('/').pop()}#${ctx.at.pointer} line ${ctx.at.file.source.locate(ctx.at.pointer).line}`,
          ),
      },
      { Schema: (_node, ctx) => void seen.push(`schema ${ctx.at.file.source.displayPath.split('/').pop()}#${ctx.at.pointer}`) },
    ]);
    assert.deepEqual(seen, [
      'op list list.yml#',
      'response 200 shared.yml#/components/responses/Pets line 4',
      'schema shared.yml#/components/responses/Pets/content/application~1json/schema',
      'schema shared.yml#/components/schemas/Pet',
    ]);
    assert.deepEqual(doc.problems, []);
  });
});

test('refs: recursive schemas are legal, and a definition reached by many refs is visited once', () => {
  withTempDir((dir) => {
    const schema =
      'components:\n  schemas:\n    Node: { type: object, properties: { next: { $ref: "#/components/schemas/Node" }, kids: { type: array, items: { $ref: "#/components/schemas/Node" } } } }\n';
    const paths =
      'paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/Node" } } } }\n  /b:\n    get:\n      responses:\n        "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/Node" } } } }\n';
    writeFileSync(join(dir, 'api.yaml'), HEAD + paths + schema);
    const { seen, problems } = schemas(join(dir, 'api.yaml'));
    assert.deepEqual(seen, ['api.yaml#/components/schemas/Node', 'api.yaml#/components/schemas/Node/properties/kids']);
    assert.deepEqual(problems, []);
  });
});

test('refs: every unresolved ref is a finding at the $ref, once; refs leaving the folder are refused unless allowed', () => {
  withTempDir((dir) => {
    mkdirSync(join(dir, 'api'));
    writeFileSync(join(dir, 'outside.yml'), 'Pet: { type: object }\n');
    const body = (ref: string) => `{ description: OK, content: { application/json: { schema: { $ref: "${ref}" } } } }`;
    const responses = ['../outside.yml#/Pet', 'missing.yml#/Pet', '#/components/schemas/Nope', 'urn:pets:Pet', 'missing.yml#/Pet'].map(
      (ref, i) => `        "20${i}": ${body(ref)}\n`,
    );
    writeFileSync(join(dir, 'api/api.yaml'), `${HEAD}paths:\n  /a:\n    get:\n      responses:\n${responses.join('')}`);
    const refused = schemas(join(dir, 'api/api.yaml'));
    const problems = refused.problems;
    assert.equal(problems.length, 5, problems.join('\n'));
    assert.match(problems[0], /^api\.yaml:7:82 \$ref "\.\.\/outside\.yml#\/Pet" leaves the contract's folder /);
    assert.match(problems[1], /^api\.yaml:8:82 \$ref "missing\.yml#\/Pet" points to .*missing\.yml, which cannot be read as JSON or YAML$/);
    assert.equal(problems[2], 'api.yaml:9:82 $ref "#/components/schemas/Nope" points to nothing');
    assert.equal(
      problems[3],
      'api.yaml:10:82 $ref "urn:pets:Pet" uses a scheme archway does not follow (only relative paths, and http(s) with --allow-remote-refs)',
    );
    assert.match(problems[4], /^api\.yaml:11:82 \$ref "missing\.yml#\/Pet" points to /);
    assert.ok(refused.doc.problems.every((p) => p.ruleId === 'ref-unresolved' && p.severity === 'error' && p.location.pointer.endsWith('/schema/$ref')));
    const allowed = schemas(join(dir, 'api/api.yaml'), { allowOutsideRoot: true });
    assert.equal(allowed.problems.length, 4);
    assert.ok(allowed.seen.includes('outside.yml#/Pet'));
  });
});

test('refs: remote refs are refused by default and fetched, with their own relative refs, only when allowed', async () => {
  const requests: string[] = [];
  const files: Record<string, string> = {
    '/models/pet.yaml': 'Pet: { type: object, properties: { owner: { $ref: "owner.json#/Owner" } } }\n',
    '/models/owner.json': '{ "Owner": { "type": "object" } }',
  };
  const server = createServer((request, response) => {
    requests.push(request.url!);
    const body = files[request.url!];
    response.writeHead(body ? 200 : 404).end(body ?? 'no');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await withTempDirAsync(async (dir) => {
      const path = join(dir, 'api.yaml');
      writeFileSync(
        path,
        `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK, content: { application/json: { schema: { $ref: "${base}/models/pet.yaml#/Pet" } } } }\n        "404": { description: No, content: { application/json: { schema: { $ref: "${base}/gone.yaml" } } } }\n`,
      );
      const refused = loadContract(path);
      await refused.fetchRemoteRefs();
      walk(refused, []);
      assert.deepEqual(requests, [], 'nothing is fetched without the flag');
      assert.deepEqual(
        refused.problems.map((p) => [p.location.line, p.message.replace(base, 'BASE')]),
        [
          [7, 'remote $ref "BASE/models/pet.yaml#/Pet" is not followed (pass --allow-remote-refs to fetch it)'],
          [8, 'remote $ref "BASE/gone.yaml" is not followed (pass --allow-remote-refs to fetch it)'],
        ],
      );

      const allowed = loadContract(path, { allowRemoteRefs: true });
      await allowed.fetchRemoteRefs();
      const seen: string[] = [];
      walk(allowed, [{ Schema: (_node, ctx) => void seen.push(`${ctx.at.file.source.displayPath.replace(base, 'BASE')}#${ctx.at.pointer}`) }]);
      assert.deepEqual(seen, ['BASE/models/pet.yaml#/Pet', 'BASE/models/owner.json#/Owner']);
      assert.deepEqual(
        allowed.problems.map((p) => p.message.replace(base, 'BASE')),
        ['remote $ref "BASE/gone.yaml" could not be fetched as JSON or YAML'],
      );
      assert.deepEqual([...requests].sort(), ['/gone.yaml', '/models/owner.json', '/models/pet.yaml']);
    });
  } finally {
    server.close();
  }
});
