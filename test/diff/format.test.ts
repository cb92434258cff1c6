import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oas } from './fixtures/build.js';
import { formatDiff } from '../../src/diff/format/index.js';
import { diffTexts } from './support.js';

const base = oas(`
  paths:
    /pets:
      get:
        parameters: [{ name: kind, in: query, schema: { type: string, enum: [cat, dog] } }]
        responses: { '200': { description: ok } }
      delete:
        responses: { '204': { description: gone } }
`);
const revision = oas(`
  paths:
    /pets:
      get:
        parameters: [{ name: kind, in: query, schema: { type: string, enum: [cat] } }]
        responses: { '200': { description: ok } }
`);
const result = diffTexts(base, revision, { consumers: ['web'] });
const context = { files: { base: 'base.yaml', revision: 'revision.yaml' } };

test('json: the issue shape, both locations, summary', () => {
  const json = JSON.parse(formatDiff('json', result, context));
  assert.deepEqual(json.summary, { breaking: 2, warn: 0, info: 0 });
  assert.deepEqual(json.changes[1], {
    id: 'request-parameter-enum-value-removed',
    level: 'breaking',
    operation: 'GET /pets',
    message: 'query parameter "kind" no longer accepts "dog"',
    location: { file: 'revision.yaml', pointer: '/paths/~1pets/get/parameters/0/schema/enum', line: 6, column: 75 },
    base: { file: 'base.yaml', pointer: '/paths/~1pets/get/parameters/0/schema/enum', line: 6, column: 75 },
    data: { direction: 'request', area: 'query-parameter', parameter: { in: 'query', name: 'kind' }, value: 'dog' },
  });
});

test('markdown: summary, table with both places, and the rollout plan per breaking change', () => {
  const md = formatDiff('markdown', result, context);
  assert.match(md, /^## archway diff: `base.yaml` → `revision.yaml`\n\n\*\*2 breaking\*\*, 0 warn, 0 info\n/);
  assert.match(md, /\| breaking \| `api-removed` \| `DELETE \/pets` \| DELETE \/pets was removed \| `revision.yaml:5:5` \/ `base.yaml:9:7` \|/);
  assert.match(md, /## Rollout plan\n\n### 1\. `api-removed` — `DELETE \/pets`\n\nDELETE \/pets was removed\. Order: \*\*client-before-server\*\*\./);
  assert.match(md, /### 2\. `request-parameter-enum-value-removed` — `GET \/pets`\n/);
  assert.match(
    md,
    /Order: \*\*server-before-client\*\*\.\n\n1\. \*\*expand\*\* \(server\): .*\n2\. \*\*migrate\*\* \(web\): Move web to the new form\.\n3\. \*\*deprecate\*\*/,
  );
});

test('sarif, junit, github and stylish reuse the findings formatters, with the base location related', () => {
  const sarif = JSON.parse(formatDiff('sarif', result, context));
  const run = sarif.runs[0];
  assert.deepEqual(
    run.results.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`),
    ['api-removed:error', 'request-parameter-enum-value-removed:error'],
  );
  assert.equal(run.tool.driver.rules[0].shortDescription.text, 'An operation was removed.');
  assert.match(formatDiff('github', result, context), /^::error file=revision.yaml,line=5,col=5,title=api-removed::DELETE \/pets was removed Fix: Deprecate/);
  assert.match(
    formatDiff('junit', result, context),
    /<failure type="request-parameter-enum-value-removed" message="GET \/pets: query parameter &quot;kind&quot; no longer accepts &quot;dog&quot;">/,
  );
  assert.match(formatDiff('stylish', result, context), /archway diff: 2 breaking, 0 warn, 0 info\n$/);
});
