import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { walk } from '../../src/contracts/walk.js';
import { DEFAULT_CONFIG } from '../../src/lint/config.js';
import { LINT_RULES } from '../../src/lint/rules/index.js';
import { lintContract } from '../../src/lint/run.js';
import { withTempDir } from '../support/cli.js';

const HEAD = 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths:\n';
const GET =
  '  /a:\n    get:\n      responses:\n        "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/Order" } } } }\n        "400": { description: Bad, content: { application/json: { schema: { $ref: "#/components/schemas/Order" } } } }\n';
const POST =
  '  /b:\n    post:\n      requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/Order" } } } }\n      responses:\n        "201": { description: Created }\n';
const COMPONENTS =
  'components:\n  schemas:\n    Order: { type: object, properties: { note: { type: string }, stack: { type: string, maxLength: 9 } } }\n    Unused: { type: object }\n';

const RULES = LINT_RULES.filter((r) => ['request-bounded', 'request-unknown-fields', 'error-no-internals'].includes(r.id));

function lint(text: string) {
  return withTempDir((dir) => {
    const path = join(dir, 'a.yaml');
    writeFileSync(path, text);
    const doc = loadContract(path);
    const visits: string[] = [];
    walk(doc, [{ Schema: (_n, ctx) => void visits.push(`${ctx.direction ?? '-'}:${ctx.status ?? '-'} ${ctx.at.pointer}`) }]);
    const findings = lintContract(doc, { ...DEFAULT_CONFIG, extends: 'strict' }, RULES).map(
      (f) => `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.message}`,
    );
    return { findings, visits };
  });
}

const EXPECTED = [
  'request-unknown-fields@/components/schemas/Order 16:12 request object accepts unknown fields',
  'request-bounded@/components/schemas/Order/properties/note 16:48 request string "note" has no maxLength',
  'error-no-internals@/components/schemas/Order/properties/stack 16:66 error schema exposes "stack", an internal detail',
];

test('walk: a schema shared by a GET response and a POST body is judged as a request and an error schema too', () => {
  const { findings, visits } = lint(HEAD + GET + POST + COMPONENTS);
  assert.deepEqual(findings, EXPECTED);
  // Once per context it is reached in, never again as a bare definition: the walk stays linear.
  assert.deepEqual(
    visits.filter((v) => v.endsWith('/components/schemas/Order')),
    ['response:200 /components/schemas/Order', 'response:400 /components/schemas/Order', 'request:- /components/schemas/Order'],
  );
  assert.deepEqual(
    visits.filter((v) => v.includes('Unused')),
    ['-:- /components/schemas/Unused'],
  );
});

test('walk: findings do not depend on the order of paths', () => {
  // The POST comes first now: the same three findings at the same places.
  assert.deepEqual(lint(HEAD + POST + GET + COMPONENTS).findings, EXPECTED);
});
