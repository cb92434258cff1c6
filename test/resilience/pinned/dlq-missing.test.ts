import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDesignFile } from '../../../src/model/load.js';
import { design, findings } from '../support.js';
import { withTempDir } from '../../support/cli.js';
import { pin } from './support.js';

const missing = (name: string, position: string) => ({
  at: `dlq-missing@/dependencies/0 ${position}`,
  severity: 'warn',
  message: `consumer of "${name}" has no dead-letter handling, so a poison message is retried forever or lost`,
  data: { dependency: name },
});

test('dlq-missing: queues are consumed like topics; synchronous inbound callers need no dead letter', () => {
  const dep = (kind: string) => design(`dependencies:\n  - { name: jobs, kind: ${kind}, mode: async, direction: inbound }\n`);
  assert.deepEqual(pin(findings('dlq-missing', dep('queue'))), [missing('jobs', '4:5')]);
  assert.deepEqual(pin(findings('dlq-missing', dep('topic'))), [missing('jobs', '4:5')]);
  assert.deepEqual(findings('dlq-missing', design('dependencies:\n  - { name: web, kind: http, direction: inbound }\n')), []);
});

/** A consumer of `order-events`, whose AsyncAPI 3 contract has the given operations on channel `placed`. */
function consumer(operations: string, channelExtra = '') {
  return withTempDir((dir) => {
    writeFileSync(
      join(dir, 'asyncapi.yaml'),
      `asyncapi: 3.0.0\ninfo: { title: orders, version: '1' }\nchannels:\n  placed:\n    address: orders.placed${channelExtra}\n    messages:\n      OrderPlaced: { payload: { type: object } }\noperations:\n${operations}`,
    );
    writeFileSync(
      join(dir, 'archway.yaml'),
      'archway: 1\nservice: { name: orders }\nevents:\n  - { name: order-events, contract: ./asyncapi.yaml, role: consume }\ndependencies:\n  - { name: order-events, kind: topic, mode: async, direction: inbound }\n',
    );
    return findings('dlq-missing', loadDesignFile(join(dir, 'archway.yaml')));
  });
}

const op = (name: string, fields: string) => `  ${name}: { ${fields}, channel: { $ref: '#/channels/placed' } }\n`;

test('dlq-missing: every receive operation of the contract needs x-dlq, on itself or its channel; send operations do not', () => {
  assert.deepEqual(
    consumer(op('onPlaced', "action: receive, x-dlq: 'orders.dlq'") + op('publish', 'action: send')),
    [],
    'a send operation needs no dead letter',
  );
  assert.deepEqual(consumer(op('onPlaced', 'action: receive'), "\n    x-dlq: 'orders.dlq'"), [], 'x-dlq on the channel');
  assert.deepEqual(
    pin(consumer(op('first', "action: receive, x-dlq: 'orders.dlq'") + op('second', 'action: receive'))),
    [missing('order-events', '6:5')],
    'one receive operation without it is enough',
  );
});
