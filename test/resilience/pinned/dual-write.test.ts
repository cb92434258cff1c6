import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

test('dual-write: a queue is a second write like a topic; only owned data with a store counts, all stores are listed', () => {
  const owned = 'data:\n  owned: [{ name: order, store: postgres }, { name: draft }, { name: receipt, store: s3 }]\n';
  assert.deepEqual(pin(findings('dual-write', design(`${owned}dependencies:\n  - { name: jobs, kind: queue, mode: async }\n`))), [
    {
      at: 'dual-write@/dependencies/0 6:5',
      severity: 'error',
      message:
        'the service writes order (postgres), receipt (s3) and publishes to "jobs" with no outbox or CDC, so a crash between the two writes loses or invents events',
      data: { dependency: 'jobs', stores: ['postgres', 's3'] },
    },
  ]);
  assert.deepEqual(findings('dual-write', design(`${owned}dependencies:\n  - { name: jobs, kind: queue, mode: async, outbox: true }\n`)), []);
  assert.deepEqual(
    findings('dual-write', design(`${owned}dependencies:\n  - { name: api, kind: http, timeout: 1s }\n`)),
    [],
    'an HTTP call is not a published event',
  );
});
