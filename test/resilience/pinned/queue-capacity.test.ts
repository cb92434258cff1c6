import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

const queue = (fields: string) => design(`dependencies:\n  - { name: q, kind: queue, mode: async, direction: inbound, dlq: true, ${fields} }\n`);

test('queue-capacity: growing without a backlog limit grows without bound; data carries the figures', () => {
  assert.deepEqual(pin(findings('queue-capacity', queue('consumers: 2, consumerRps: 100, arrivalRps: 250'))), [
    {
      at: 'queue-capacity@/dependencies/0 4:5',
      severity: 'warn',
      message:
        '"q" is under-provisioned: 2 consumers × 100/s = 200/s against 250/s peak arrivals (needs 250/s × 1.2 = 300/s with headroom); the backlog grows by 250 − 200 = 50 messages/s without bound',
      data: {
        consumers: 2,
        consumerRps: 100,
        arrivalRps: 250,
        capacityRps: 200,
        requiredRps: 300,
        growthRps: 50,
        drainSeconds: undefined,
        headroom: 1.2,
        maxBacklog: null,
      },
    },
  ]);
});

test('queue-capacity: capacity exactly at arrivals never drains a backlog; maxBacklog is kept in data', () => {
  assert.deepEqual(
    pin(findings('queue-capacity', queue('consumers: 2, consumerRps: 125, arrivalRps: 250, maxBacklog: 1000'))).map((f) => [f.message, f.data?.maxBacklog]),
    [
      [
        '"q" is under-provisioned: 2 consumers × 125/s = 250/s against 250/s peak arrivals (needs 250/s × 1.2 = 300/s with headroom); with no spare capacity a backlog never drains',
        1000,
      ],
    ],
  );
});
