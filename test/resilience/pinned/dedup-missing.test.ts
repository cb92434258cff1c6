import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDesignFile } from '../../../src/model/load.js';
import { design, findings } from '../support.js';
import { withTempDir } from '../../support/cli.js';
import { pin } from './support.js';

test('dedup-missing: pinned at the dependency, with its direction in data', () => {
  assert.deepEqual(
    pin(
      findings(
        'dedup-missing',
        design('dependencies:\n  - { name: order-events, kind: topic, mode: async, delivery: at-least-once, direction: inbound, dlq: true }\n'),
      ),
    ),
    [
      {
        at: 'dedup-missing@/dependencies/0 4:5',
        severity: 'warn',
        message: '"order-events" consumes at least once with no deduplication key, so duplicates are applied twice',
        data: { dependency: 'order-events', direction: 'inbound' },
      },
    ],
  );
});

/** A publisher of `order-events` whose AsyncAPI 3 contract has messages A (with `a`) and B (with `b`). */
function publisher(fields: string) {
  return withTempDir((dir) => {
    writeFileSync(
      join(dir, 'asyncapi.yaml'),
      "asyncapi: 3.0.0\ninfo: { title: orders, version: '1' }\nchannels:\n  placed:\n    address: orders.placed\n    messages:\n" +
        '      A: { payload: { type: object, properties: { id: { type: string }, a: { type: string } } } }\n' +
        '      B: { payload: { type: object, properties: { b: { type: string } } } }\n' +
        "operations:\n  publish: { action: send, channel: { $ref: '#/channels/placed' } }\n",
    );
    writeFileSync(
      join(dir, 'archway.yaml'),
      `archway: 1\nservice: { name: orders }\nevents:\n  - { name: order-events, contract: ./asyncapi.yaml, role: publish }\ndependencies:\n  - { name: order-events, kind: topic, mode: async, delivery: at-least-once, outbox: true${fields} }\n`,
    );
    return findings('dedup-missing', loadDesignFile(join(dir, 'archway.yaml')));
  });
}

test('dedup-missing: an envelope id in only some messages is no deduplication key', () => {
  assert.deepEqual(
    pin(publisher('')).map((f) => f.message),
    ['"order-events" publishes at least once with no deduplication key, so duplicates are applied twice'],
  );
});

test('dedup-missing: a dedupKey two messages lack names both, in the plural', () => {
  assert.deepEqual(pin(publisher(', dedupKey: c')), [
    {
      at: 'dedup-missing@/dependencies/0/dedupKey 6:102',
      severity: 'warn',
      message: '"order-events" deduplicates on "c", but "A", "B" in ./asyncapi.yaml carry no such field',
      data: { dependency: 'order-events', dedupKey: 'c', messages: ['A', 'B'] },
    },
  ]);
});
