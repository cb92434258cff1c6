import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import noInternalLeak from '../../src/verify/probes/verify-no-internal-leak.js';
import { itemId, listItems, nextPage } from '../../src/verify/shapes.js';
import type { Exchange, PlannedOperation, ProbeContext, ReportInput } from '../../src/verify/types.js';
import { invalidValue, sampleValue, unknownId } from '../../src/verify/values.js';
import { withTempDir } from '../support/cli.js';

const OP = { name: 'GET /things' } as PlannedOperation;

function exchange(body: string, headers: Record<string, string> = {}): Exchange {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return {
    op: OP,
    purpose: 'valid',
    method: 'GET',
    url: new URL('http://x/things'),
    requestLine: 'GET /things',
    requestHeaders: {},
    status: 400,
    headers,
    body,
    json,
  };
}

/** What verify-no-internal-leak says about one body: the kind of leak, or undefined. */
function leak(body: string): unknown {
  const reports: ReportInput[] = [];
  noInternalLeak.inspect!(exchange(body), { report: (_probe: unknown, input: ReportInput) => void reports.push(input) } as unknown as ProbeContext);
  return reports[0]?.data?.leak;
}

test('verify-no-internal-leak: what it calls a leak', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Error: boom\n    at parseLimit (/srv/app/server.js:42:7)', 'a stack trace'],
    ['at Object.<anonymous> (file:///home/me/x.mjs:1:7)', 'a stack trace'],
    ['Traceback (most recent call last):\n  File "app.py", line 3', 'a Python traceback'],
    ['\tat com.acme.Orders.find(Orders.java:42)', 'a Java stack trace'],
    ["TypeError: Cannot read properties of undefined (reading 'id')", 'an exception name'],
    ['org.hibernate.exception.ConstraintViolationException: could not execute', 'an exception name'],
    ['System.InvalidOperationException was thrown', 'an exception name'],
    ['SELECT id, title FROM tasks WHERE id = $1', 'SQL'],
    ['ERROR: syntax error at or near "FROM"', 'a database error'],
    ['SQLITE_CONSTRAINT: UNIQUE constraint failed', 'a database error'],
    ['{"detail":"failed to load /app/src/handlers/orders.ts"}', 'an internal path'],
    ['Cannot find module ./x from node_modules/express/lib/router.js', 'an internal path'],
  ];
  for (const [body, expected] of cases) assert.equal(leak(body), expected, body);
});

test('verify-no-internal-leak: what it does not call a leak (API messages that look alike)', () => {
  for (const body of [
    '{"type":"about:blank","title":"Bad Request","detail":"ValidationError: title is required"}',
    '{"detail":"Select the items from the list first"}',
    '{"detail":"update your profile, then set a password"}',
    '{"links":{"self":"/app/settings/profile","docs":"https://example.com/app/docs"}}',
    '{"error":"NotFoundError","message":"No order 42"}',
    '{"code":"rate_limited","retry_at":"2026-01-01T00:00:00Z"}',
  ])
    assert.equal(leak(body), undefined, body);
});

test('verify shapes: the next page from a Link header, a body field, a links object, or a cursor; null on the last page', () => {
  assert.deepEqual(nextPage(exchange('{}', { link: '<https://x/things?page=2>; rel="next", <https://x/things?page=9>; rel="last"' })), {
    link: 'https://x/things?page=2',
  });
  assert.deepEqual(nextPage(exchange('{"items":[],"next":"c20"}')), { cursor: 'c20' });
  assert.deepEqual(nextPage(exchange('{"items":[],"next":"/things?cursor=c20"}')), { link: '/things?cursor=c20' });
  assert.deepEqual(nextPage(exchange('{"data":[],"links":{"next":"https://x/things?after=5"}}')), { link: 'https://x/things?after=5' });
  assert.deepEqual(nextPage(exchange('{"data":[],"_links":{"next":{"href":"/things?p=2"}}}')), { link: '/things?p=2' });
  assert.deepEqual(nextPage(exchange('{"data":[],"meta":{"next_cursor":"abc"}}')), { cursor: 'abc' });
  assert.equal(nextPage(exchange('{"items":[],"next":null}')), null);
  assert.equal(nextPage(exchange('{"items":[],"next":""}')), null);
});

test('verify shapes: list items and item ids', () => {
  assert.deepEqual(listItems([{ id: 1 }]), [{ id: 1 }]);
  assert.deepEqual(listItems({ data: [{ id: 1 }], meta: {} }), [{ id: 1 }]);
  assert.deepEqual(listItems({ tasks: [{ id: 1 }], total: 1 }), [{ id: 1 }], 'the one array of objects');
  assert.equal(listItems({ a: [{ id: 1 }], b: [{ id: 2 }] }), undefined, 'two arrays: which one is the page cannot be told');
  assert.equal(itemId({ taskId: 't1', id: 'x' }, 'taskId'), 't1');
  assert.equal(itemId({ task_id: 't1' }, 'taskId'), 't1');
  assert.equal(itemId({ gid: '123', name: 'n' }, 'workspace_gid'), '123');
  assert.equal(itemId({ id: 7 }, 'orderId'), '7');
  assert.equal(itemId({ title: 'no id' }, 'orderId'), undefined);
});

test('verify values: samples within the schema, invalid values it plainly refuses, unknown ids in its format', () => {
  withTempDir((dir) => {
    writeFileSync(
      join(dir, 'a.yaml'),
      [
        'openapi: 3.1.0',
        'info: { title: T, version: 1.0.0 }',
        'paths: {}',
        'components:',
        '  schemas:',
        '    Short: { type: string, minLength: 3, maxLength: 5 }',
        '    Long: { type: string, minLength: 20 }',
        '    Count: { type: integer, minimum: 5, maximum: 9 }',
        '    Uuid: { type: string, format: uuid }',
        '    Coded: { type: string, pattern: "^T-[0-9]+$" }',
        '    Kind: { type: string, enum: [a, b] }',
        '    New: { type: object, required: [title, kind], properties: { title: { type: string, example: Write }, kind: { $ref: "#/components/schemas/Kind" }, note: { type: string } } }',
        '',
      ].join('\n'),
    );
    const doc = loadContract(join(dir, 'a.yaml'));
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const file = doc.rootFile;
    assert.equal(sampleValue(doc, ref('Short'), file), 'archw');
    assert.equal(sampleValue(doc, ref('Long'), file), 'archway-verifyxxxxxx');
    assert.equal(sampleValue(doc, ref('Count'), file), 5);
    assert.deepEqual(sampleValue(doc, ref('New'), file), { title: 'Write', kind: 'a' }, 'required properties only, examples first');
    assert.equal(invalidValue(doc, ref('Count'), file), 'not-a-number');
    assert.equal(invalidValue(doc, ref('Kind'), file), 'archway-not-in-enum');
    assert.equal(invalidValue(doc, ref('Short'), file), undefined, 'a plain string has no plainly invalid value');
    assert.equal(unknownId(doc, ref('Count'), file), '9');
    assert.equal(unknownId(doc, ref('Uuid'), file), 'ffffffff-ffff-4fff-bfff-ffffffffffff');
    assert.equal(unknownId(doc, ref('Coded'), file), undefined, 'a pattern it cannot be sure to match');
    assert.equal(unknownId(doc, ref('Short'), file), undefined, 'too long for maxLength 5');
  });
});
