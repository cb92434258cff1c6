import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atLeast, type Finding } from '../../src/core/diagnostic.js';
import { PROBES } from '../../src/verify/index.js';
import { serviceModule, verifyService } from './support.js';

/** A finding as one line: rule, where in the contract, the operation and the status the evidence shows. */
const pin = (f: Finding) => `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.operation} ${f.evidence?.status ?? '-'}`;
const serious = (findings: Finding[]) => findings.filter((f) => atLeast(f.severity, 'warn'));

test('verify: the example service keeps every promise (read-only): no finding, and only GET/HEAD/OPTIONS reach it', async () => {
  const result = await verifyService([]);
  assert.deepEqual(result.findings.map(pin), []);
  const methods = new Set(result.received.map((r) => r.method));
  assert.deepEqual(
    [...methods].filter((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m)),
    [],
  );
  assert.equal(result.received.length, result.requests, 'the service counted every request verify says it sent');
  assert.ok(result.requests <= 300, `${result.requests} requests`);
  // Each kind of read the probes make reached the service: the run was not vacuous.
  const paths = result.received.map((r) => r.path);
  for (const sent of ['/tasks', '/tasks?limit=21', '/tasks?limit=not-a-number', '/tasks/t_0001', '/legacy/tasks/t_0001', '/tasks/archway-unknown-id'])
    assert.ok(paths.includes(sent), sent);
  assert.ok(
    result.received.some((r) => r.path.startsWith('/tasks?limit=20&cursor=')),
    'the walk followed a cursor',
  );
  assert.ok(result.requests <= 60, `a read-only run stays small: ${result.requests}`);
});

test('verify --allow-writes: the example service keeps every promise, and what verify created is deleted again', async () => {
  const started = performance.now();
  const result = await verifyService([], { allowWrites: true });
  const seconds = (performance.now() - started) / 1000;
  assert.deepEqual(serious(result.findings).map(pin), []);
  assert.deepEqual(result.findings.map(pin), []);
  assert.equal(result.size, 25, 'the seeded 25 tasks and nothing else remain');
  assert.ok(result.received.some((r) => r.method === 'POST') && result.received.some((r) => r.method === 'DELETE'));
  assert.equal(result.received.length, result.requests);
  assert.ok(result.requests <= 300, `${result.requests} requests`);
  // Reported, not asserted: wall time depends on the machine.
  console.log(`# full run against the example service: ${result.requests} requests in ${seconds.toFixed(2)} s`);
});

/** Per fault: exactly the findings at warn or above it causes, all of the matching probe. */
const EXPECTED: Record<string, string[]> = {
  'not-server-error': ['verify-not-server-error@/paths/~1tasks~1{taskId}/get 79:7 GET /tasks/{taskId} 500'],
  'response-schema': [
    'verify-response-schema@/paths/~1tasks/get/responses/200/content/application~1json/schema 34:23 GET /tasks 200',
    'verify-response-schema@/paths/~1tasks/post/responses/201/content/application~1json/schema 68:23 POST /tasks 201',
    'verify-response-schema@/paths/~1tasks~1{taskId}/get/responses/200/content/application~1json/schema 88:23 GET /tasks/{taskId} 200',
    'verify-response-schema@/paths/~1legacy~1tasks~1{taskId}/get/responses/200/content/application~1json/schema 127:23 GET /legacy/tasks/{taskId} 200',
  ],
  'content-type': ['verify-content-type@/paths/~1tasks~1{taskId}/get/responses/200/content 87:13 GET /tasks/{taskId} 200'],
  'auth-enforced': [
    'verify-auth-enforced@/paths/~1tasks~1{taskId}/get 79:7 GET /tasks/{taskId} 200',
    'verify-auth-enforced@/paths/~1tasks~1{taskId}/get 79:7 GET /tasks/{taskId} 200',
  ],
  'error-shape': ['verify-error-shape@/components/responses/Problem/content 158:9 GET /tasks/{taskId} 404'],
  'no-internal-leak': ['verify-no-internal-leak@/paths/~1tasks/get 13:7 GET /tasks 400'],
  'page-size-bounded': ['verify-page-size-bounded@/paths/~1tasks/get/parameters/1 17:11 GET /tasks 200'],
  'pagination-walk': ['verify-pagination-walk@/paths/~1tasks/get 13:7 GET /tasks 200'],
  'idempotent-replay': [
    'verify-idempotent-replay@/paths/~1tasks/post 42:7 POST /tasks 201',
    'verify-idempotent-replay@/paths/~1tasks/post 42:7 POST /tasks 201',
  ],
  'created-location': ['verify-created-location@/paths/~1tasks/post 42:7 POST /tasks 404'],
  'response-headers': ['verify-response-headers@/paths/~1tasks/get/responses/200/headers/RateLimit-Remaining 29:15 GET /tasks 200'],
  'correlation-echo': [
    'verify-correlation-echo@/paths/~1tasks/get/responses/200/headers/X-Request-Id 27:27 GET /tasks 200',
    'verify-correlation-echo@/paths/~1tasks/post/responses/201/headers/X-Request-Id 61:27 POST /tasks 201',
    'verify-correlation-echo@/paths/~1tasks~1{taskId}/get/responses/200/headers/X-Request-Id 85:27 GET /tasks/{taskId} 200',
    'verify-correlation-echo@/paths/~1tasks~1{taskId}/delete/responses/204/headers/X-Request-Id 99:27 DELETE /tasks/{taskId} 204',
    'verify-correlation-echo@/paths/~1legacy~1tasks~1{taskId}/get/responses/200/headers/X-Request-Id 114:27 GET /legacy/tasks/{taskId} 200',
  ],
  'deprecation-headers': ['verify-deprecation-headers@/paths/~1legacy~1tasks~1{taskId}/get 107:7 GET /legacy/tasks/{taskId} 200'],
  'rate-limit': ['verify-rate-limit@/components/responses/TooManyRequests/headers 175:9 GET /tasks 429'],
};

test('verify: the example service has one fault per probe, and the test table names each', async () => {
  const { FAULTS } = await serviceModule();
  assert.deepEqual(Object.keys(FAULTS).sort(), Object.keys(EXPECTED).sort());
  assert.deepEqual(
    Object.keys(FAULTS)
      .map((f) => `verify-${f}`)
      .sort(),
    PROBES.map((p) => p.id).sort(),
  );
});

for (const [fault, expected] of Object.entries(EXPECTED)) {
  test(`verify: fault ${fault} → exactly verify-${fault} fires`, async () => {
    const result = await verifyService([fault], { allowWrites: true });
    assert.deepEqual(serious(result.findings).map(pin), expected);
    assert.equal(result.size, 25, 'cleaned up after itself');
  });
}

test('verify: the messages and data of faults say what was sent and what came back', async () => {
  const walk = (await verifyService(['pagination-walk'])).findings[0];
  assert.equal(walk.message, 'GET /tasks listed t_0020 on page 1 and again on page 2');
  assert.deepEqual(walk.data, { id: 't_0020', pages: [1, 2] });
  assert.match(walk.evidence!.request, /^GET \/tasks\?limit=20&cursor=[\w-]+$/);
  const size = (await verifyService(['page-size-bounded'])).findings[0];
  assert.equal(size.message, 'GET /tasks answered limit=21 with 21 items; the declared maximum is 20');
  assert.deepEqual(size.data, { parameter: 'limit', maximum: 20, sent: 21, items: 21 });
  const rate = (await verifyService(['rate-limit'])).findings[0];
  assert.match(rate.message, /^GET \/tasks answered 429 after \d+ requests without Retry-After$/);
  assert.equal(rate.evidence!.headers['retry-after'], undefined);
  assert.equal(rate.evidence!.headers['content-type'], 'application/problem+json');
  const leak = (await verifyService(['no-internal-leak'])).findings[0];
  assert.equal(leak.message, 'GET /tasks answered 400 with a stack trace in its body');
  assert.equal(leak.evidence!.request, 'GET /tasks?limit=21', 'the first leaking answer: the page-size probe runs before the error-shape one');
  assert.match(leak.evidence!.body, /at parseLimit/);
  const auth = (await verifyService(['auth-enforced'])).findings.map((f) => [f.message, f.evidence!.requestHeaders?.authorization]);
  assert.deepEqual(auth, [
    ['GET /tasks/{taskId} answered 200 with malformed credentials', 'Basic [redacted]'],
    ['GET /tasks/{taskId} answered 200 without credentials', undefined],
  ]);
});
