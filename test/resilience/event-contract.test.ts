import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDesignFile } from '../../src/model/load.js';
import dedupMissing from '../../src/resilience/rules/dedup-missing.js';
import dlqMissing from '../../src/resilience/rules/dlq-missing.js';
import { DEFAULT_REVIEW_OPTIONS, type DesignRule } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';
import { withTempDir } from '../support/cli.js';

/** A design whose `order-events` stream is described by an AsyncAPI contract beside it. */
function review(rule: DesignRule, dependency: string, asyncapi: string) {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'asyncapi.yaml'), asyncapi);
    writeFileSync(
      join(dir, 'archway.yaml'),
      `archway: 1\nservice: { name: orders }\nevents:\n  - { name: order-events, contract: ./asyncapi.yaml, role: publish }\ndependencies:\n  - ${dependency}\n`,
    );
    return runDesignRules([rule], [loadDesignFile(join(dir, 'archway.yaml'))], DEFAULT_REVIEW_OPTIONS).map((f) => `${f.location.pointer} ${f.message}`);
  });
}

const contract = (payload: string, operation = 'action: send') => `asyncapi: 3.0.0
info: { title: orders, version: '1' }
channels:
  placed:
    address: orders.placed
    messages:
      OrderPlaced: { payload: ${payload} }
operations:
  onPlaced: { ${operation}, channel: { $ref: '#/channels/placed' } }
`;

const publisher = '{ name: order-events, kind: topic, mode: async, delivery: at-least-once, outbox: true }';

test('dedup-missing: the event contract’s envelope id counts as the deduplication key', () => {
  assert.deepEqual(review(dedupMissing, publisher, contract('{ type: object, properties: { id: { type: string }, total: { type: number } } }')), []);
  assert.deepEqual(review(dedupMissing, publisher, contract('{ type: object, properties: { total: { type: number } } }')), [
    '/dependencies/0 "order-events" publishes at least once with no deduplication key, so duplicates are applied twice',
  ]);
});

test('dedup-missing: a declared dedupKey must be a field every message carries', () => {
  const keyed = publisher.replace(' }', ', dedupKey: orderId }');
  assert.deepEqual(review(dedupMissing, keyed, contract('{ type: object, properties: { orderId: { type: string } } }')), []);
  assert.deepEqual(review(dedupMissing, keyed, contract('{ type: object, properties: { id: { type: string } } }')), [
    '/dependencies/0/dedupKey "order-events" deduplicates on "orderId", but "OrderPlaced" in ./asyncapi.yaml carries no such field',
  ]);
});

test('dlq-missing: dead-letter settings may live on the contract’s receive operations', () => {
  const consumer = '{ name: order-events, kind: topic, mode: async, direction: inbound, delivery: at-least-once, dedupKey: id }';
  const payload = '{ type: object, properties: { id: { type: string } } }';
  assert.deepEqual(review(dlqMissing, consumer, contract(payload, "action: receive, x-dlq: 'orders.placed.dlq'")), []);
  assert.deepEqual(review(dlqMissing, consumer, contract(payload, 'action: receive')), [
    '/dependencies/0 consumer of "order-events" has no dead-letter handling, so a poison message is retried forever or lost',
  ]);
});
