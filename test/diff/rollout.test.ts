import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inQuery, inResponse, withKind } from './fixtures/build.js';
import { planRollout } from '../../src/diff/rollout.js';
import { diffTexts } from './support.js';

test('a request-side change ships the server first, then each named consumer, then deprecates and contracts', () => {
  const plan = planRollout(
    { id: 'request-parameter-enum-value-removed', operation: 'GET /pets', message: 'query parameter "kind" no longer accepts "dog"', flow: 'in' },
    { today: '2025-06-01', consumers: ['web', 'mobile'] },
  );
  assert.equal(plan.order, 'server-before-client');
  assert.deepEqual(
    plan.steps.map((s) => `${s.phase}:${s.actor}`),
    ['expand:server', 'migrate:mobile', 'migrate:web', 'deprecate:server', 'contract:server'],
  );
  assert.match(plan.steps[0].action, /accepting both the old and the new form/);
  assert.equal(
    plan.steps[3].action,
    'Mark the old form deprecated; send `Deprecation: @1748736000` and `Sunset: Sat, 30 Aug 2025 00:00:00 GMT` (RFC 9745, RFC 8594).',
  );
  assert.equal(plan.steps[4].action, 'After 2025-08-30, once no client uses the old form, ship the change: query parameter "kind" no longer accepts "dog".');
});

test('a response-side change updates consumers before the server sends the new form', () => {
  const plan = planRollout({ id: 'response-property-enum-value-added', operation: 'GET /pets', message: 'x', flow: 'out' }, { today: '2025-06-01' });
  assert.equal(plan.order, 'client-before-server');
  assert.deepEqual(
    plan.steps.map((s) => `${s.phase}:${s.actor}`),
    ['expand:server', 'migrate:every client', 'deprecate:server', 'contract:server'],
  );
  assert.match(plan.steps[1].action, /before the server sends it/);
});

test('event contracts name producer and consumer roles (the AsyncAPI diff reuses the planner)', () => {
  const plan = planRollout(
    { id: 'message-payload-enum-value-added', operation: 'orders.created', message: 'x', flow: 'out' },
    { today: '2025-06-01', roles: { owner: 'producer', consumer: 'consumer' }, noticeDays: 30 },
  );
  assert.equal(plan.order, 'consumer-before-producer');
  assert.match(plan.steps.at(-1)!.action, /^After 2025-07-01,/);
});

test('diffContracts plans every breaking change and only those, with the consumers given', () => {
  const base = inQuery('{ type: string, enum: [cat, dog] }');
  const revision = inQuery('{ type: string, enum: [cat, bird] }');
  const result = diffTexts(base, revision, { consumers: ['web'] });
  assert.deepEqual(
    result.changes.map((c) => `${c.level} ${c.id}`),
    ['info request-parameter-enum-value-added', 'breaking request-parameter-enum-value-removed'],
  );
  assert.deepEqual(
    result.rollout.map((p) => [p.id, p.order, p.steps[1].actor]),
    [['request-parameter-enum-value-removed', 'server-before-client', 'web']],
  );
  const response = diffTexts(
    inResponse(withKind('{ type: string, enum: [cat], x-extensible-enum: false }')),
    inResponse(withKind('{ type: string, enum: [cat, dog], x-extensible-enum: false }')),
  );
  assert.deepEqual(
    response.rollout.map((p) => p.order),
    ['client-before-server'],
  );
});

test('a removal moves consumers off the old form instead of onto a new one', () => {
  const plan = planRollout(
    { id: 'api-removed', operation: 'DELETE /pets', message: 'DELETE /pets was removed', flow: 'out', removal: true },
    { today: '2025-06-01', consumers: ['web'] },
  );
  assert.deepEqual(
    plan.steps.slice(0, 2).map((s) => s.action),
    ['Keep the old form working and ship its replacement, if there is one, beside it.', 'Move web off the old form.'],
  );
  assert.equal(plan.order, 'client-before-server');
});
