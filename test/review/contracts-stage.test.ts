import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { review } from '../../src/review/pipeline.js';
import { withTempDirAsync } from '../support/cli.js';

test('review lints the contracts a design names and reports their conventions', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(
      join(dir, 'openapi.yaml'),
      'openapi: 3.1.0\ninfo: { title: T, version: latest }\nservers: [{ url: "http://api.example.com" }]\npaths:\n  /v1/orders:\n    get:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: array, items: { type: object } } } } } }\n',
    );
    writeFileSync(
      join(dir, 'archway.yaml'),
      'archway: 1\nservice: { name: orders }\napi:\n  - { name: public, contract: ./openapi.yaml, stability: stable }\n',
    );
    const result = await review(['archway.yaml'], { cwd: dir });
    const lint = result.findings.filter((f) => f.location.file === 'openapi.yaml').map((f) => f.ruleId);
    assert.ok(lint.includes('servers-https') && lint.includes('info-version-semver') && lint.includes('operation-error-responses'), lint.join(','));
    const design = result.files.get('DESIGN.md')!;
    assert.match(design, /### API `public`: `openapi\.yaml` \(OpenAPI 3\.1\.0\)/);
    assert.match(design, /\| error shape \| none declared \|/);
    assert.match(design, /\| versioning \| path v1 \|/);
    assert.ok(JSON.parse(result.files.get('findings.json')!).findings.some((f: { ruleId: string }) => f.ruleId === 'servers-https'));
  });
});

test('a contract that does not parse becomes a located finding in the review, not a crash', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'openapi.yaml'), 'openapi: 3.1.0\npaths: [unclosed\n');
    writeFileSync(
      join(dir, 'archway.yaml'),
      'archway: 1\nservice: { name: orders }\napi:\n  - { name: public, contract: ./openapi.yaml, stability: stable }\n',
    );
    const unreadable = (await review(['archway.yaml'], { cwd: dir })).findings.filter((f) => f.ruleId === 'contract-unreadable');
    assert.equal(unreadable.length, 1);
    assert.equal(unreadable[0].location.file, 'openapi.yaml');
    assert.match(unreadable[0].message, /YAML syntax error/);
  });
});
