import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import { CORPUS } from '../support/cli.js';
import { channelBindings, events, messageBindings, operationBindings } from './fixtures/build.js';
import { diffTexts } from './support.js';

/** `level id [operation] @revision-pointer <- @base-pointer "message"`: every field a reader acts on. */
function found(base: string, revision: string): string[] {
  return diffTexts(base, revision).changes.map((c) => `${c.level} ${c.id} [${c.operation ?? ''}] @${c.location.pointer} <- @${c.base?.pointer} "${c.message}"`);
}

test('MQTT QoS: lowering it on a message the service publishes breaks subscribers; on one it receives, or raising it, does not', () => {
  assert.deepEqual(found(operationBindings('{ mqtt: { qos: 2 } }'), operationBindings('{ mqtt: { qos: 1 } }')), [
    'breaking mqtt-qos-decreased [SEND orders.placed] @/operations/onOrders/bindings/mqtt/qos <- @/operations/onOrders/bindings/mqtt/qos "mqtt binding qos of operation "onOrders" changed from 2 to 1"',
  ]);
  assert.deepEqual(found(operationBindings('{ mqtt: { qos: 1 } }', 'receive'), operationBindings('{ mqtt: { qos: 0 } }', 'receive')), []);
  // Unstated is QoS 0: stating 1 raises it.
  assert.deepEqual(found(operationBindings('{ mqtt: { retain: false } }'), operationBindings('{ mqtt: { qos: 1, retain: false } }')), []);
  // Unstated is 0: dropping a stated 1 lowers it.
  assert.deepEqual(
    found(operationBindings('{ mqtt: { qos: 1 } }'), operationBindings('{ mqtt: {} }')).map((l) => l.split(' ')[1]),
    ['mqtt-qos-decreased'],
  );
});

test('Kafka topic: an unstated topic follows the address, so an address change is reported once; a stated topic equal to the address is no change', () => {
  const moved = channelBindings('{ kafka: { partitions: 3 } }').replace('address: orders.placed', 'address: orders.created');
  assert.deepEqual(
    found(channelBindings('{ kafka: { partitions: 3 } }'), moved).map((l) => l.split(' ')[1]),
    ['channel-address-changed'],
  );
  assert.deepEqual(found(channelBindings('{ kafka: { topic: orders.placed } }'), channelBindings('{ kafka: { partitions: 3 } }')), []);
  // The binding pins the topic while the address changes: the topic did not move.
  const pinned = channelBindings('{ kafka: { topic: orders.placed } }');
  assert.deepEqual(
    found(pinned, pinned.replace('address: orders.placed', 'address: orders.created')).map((l) => l.split(' ')[1]),
    ['channel-address-changed'],
  );
});

test('bindings written once under components and used by $ref are compared where they are used', () => {
  const doc = (partitions: number) =>
    events({ channel: "bindings: { $ref: '#/components/channelBindings/orders' }\n    " }) +
    `components: { channelBindings: { orders: { kafka: { partitions: ${partitions} } } } }\n`;
  const [change] = diffTexts(doc(3), doc(1)).changes;
  assert.equal(change.id, 'kafka-partitions-changed');
  assert.equal(change.location.pointer, '/components/channelBindings/orders/kafka/partitions');
  assert.equal(change.location.line, 11);
  assert.deepEqual(change.data, {
    direction: null,
    area: 'channel',
    binding: 'kafka',
    field: 'partitions',
    owner: 'channel "orders"',
    from: 3,
    to: 1,
  });
});

test('an incompatible binding change (a new topic) is rolled out on a new versioned channel, like an address change', () => {
  const result = diffTexts(channelBindings('{ kafka: { topic: orders } }'), channelBindings('{ kafka: { topic: orders-v2 } }'));
  const [plan] = result.rollout;
  assert.equal(plan.id, 'kafka-topic-changed');
  assert.match(JSON.stringify(plan.steps), /versioned channel/);
  // A method is the caller's choice: the service first accepts both, then its callers move.
  const method = diffTexts(operationBindings('{ http: { method: POST } }'), operationBindings('{ http: { method: PUT } }'));
  assert.equal(method.changes[0].data.direction, 'request');
  assert.deepEqual(
    method.rollout[0].steps.map((s) => `${s.phase} ${s.actor}`),
    ['expand consumer', 'migrate every producer', 'deprecate consumer', 'contract consumer'],
  );
});

test('a WebSocket query enum narrowed, and a Kafka key whose received values narrow, are found by the schema checks', () => {
  const query = (values: string) => channelBindings(`{ ws: { query: { type: object, properties: { depth: { type: string, enum: [${values}] } } } } }`);
  assert.deepEqual(found(query('full, top'), query('full')), [
    'breaking request-parameter-enum-value-removed [orders.placed] @/channels/orders/bindings/ws/query/properties/depth/enum <- @/channels/orders/bindings/ws/query/properties/depth/enum "query parameter "depth" no longer accepts "top""',
  ]);
  const key = (values: string) => messageBindings(`{ kafka: { key: { type: string, enum: [${values}] } } }`, 'receive');
  assert.deepEqual(found(key('eu, us'), key('eu')), [
    'breaking consumed-message-enum-value-removed [RECEIVE orders.placed] @/channels/orders/messages/OrderPlaced/bindings/kafka/key/enum <- @/channels/orders/messages/OrderPlaced/bindings/kafka/key/enum "the key of message "OrderPlaced" no longer accepts "us""',
  ]);
});

test('AMQP: a channel moving from an exchange to a queue is one change, not one per field of each', () => {
  const ids = found(
    channelBindings('{ amqp: { is: routingKey, exchange: { name: orders, type: topic } } }'),
    channelBindings('{ amqp: { is: queue, queue: { name: orders } } }'),
  ).map((l) => l.split(' ')[1]);
  assert.deepEqual(ids, ['amqp-channel-type-changed']);
  // Dropping cc entirely drops every key it routed with.
  assert.deepEqual(
    found(operationBindings('{ amqp: { cc: [orders.eu] } }'), operationBindings('{ amqp: { deliveryMode: 2 } }')).map((l) => l.split(' ')[1]),
    ['amqp-routing-key-removed'],
  );
});

/** The object at `path` in a parsed document. */
function at(doc: unknown, ...path: string[]): Record<string, unknown> {
  return path.reduce((node, key) => (node as Record<string, unknown>)[key], doc) as Record<string, unknown>;
}

test('what one version leaves unsaid, with no protocol default, is no change either way', () => {
  // A binding version dropped means the latest: not reported.
  assert.deepEqual(found(channelBindings("{ kafka: { partitions: 3, bindingVersion: '0.4.0' } }"), channelBindings('{ kafka: { partitions: 3 } }')), []);
  // An exchange type stated where none was.
  assert.deepEqual(
    found(
      channelBindings('{ amqp: { is: routingKey, exchange: { name: orders } } }'),
      channelBindings('{ amqp: { is: routingKey, exchange: { name: orders, type: topic } } }'),
    ),
    [],
  );
  // A Kafka key schema no longer stated, on a message the service receives.
  assert.deepEqual(found(messageBindings('{ kafka: { key: { type: string, enum: [eu] } } }', 'receive'), messageBindings('{ kafka: {} }', 'receive')), []);
  // A retained message the service receives: retain is the publisher's promise, not the subscriber's.
  assert.deepEqual(found(operationBindings('{ mqtt: { retain: true } }', 'receive'), operationBindings('{ mqtt: { retain: false } }', 'receive')), []);
  // A FIFO queue that becomes standard is the SQS check's, whatever else reads true → false.
  assert.deepEqual(
    found(
      channelBindings('{ sqs: { queue: { name: orders, fifoQueue: true } } }'),
      channelBindings('{ sqs: { queue: { name: orders, fifoQueue: false } } }'),
    ).map((l) => l.split(' ')[1]),
    ['sqs-queue-changed'],
  );
});

test('WebSocket headers pair without case, query parameters with it; a removed parameter says whether it was required', () => {
  const headers = (name: string) => channelBindings(`{ ws: { headers: { type: object, properties: { ${name}: { type: string } } } } }`);
  assert.deepEqual(found(headers('X-Token'), headers('x-token')), []);
  const query = (name: string) => channelBindings(`{ ws: { query: { type: object, required: [${name}], properties: { ${name}: { type: string } } } } }`);
  const changes = diffTexts(query('Token'), query('token')).changes;
  assert.deepEqual(
    changes.map((c) => `${c.id} ${JSON.stringify(c.data.parameter)} ${String(c.data.required)}`),
    ['request-parameter-removed {"in":"query","name":"Token"} true', 'request-required-parameter-added {"in":"query","name":"token"} true'],
  );
});

/** A corpus AsyncAPI document and the same document after `edit` (YAML re-serialised). */
function mutation(file: string, edit: (doc: unknown) => void): [string, string] {
  const path = join(CORPUS, 'asyncapi', file);
  assert.ok(existsSync(path), `the contract corpus is missing: ${path} (set ARCHWAY_CORPUS)`);
  const text = readFileSync(path, 'utf8');
  const doc = parse(text);
  edit(doc);
  return [stringify(parse(text)), stringify(doc)];
}

test('mutation pairs of corpus documents: binding edits are found at the right level', () => {
  const cases: Array<[string, string, (doc: unknown) => void]> = [
    [
      'websocket-gemini: a query parameter made required',
      'v3/websocket-gemini.v3.0.0.yml',
      (d) => (at(d, 'channels', 'marketDataV1', 'bindings', 'ws', 'query')['required'] = ['heartbeat']),
    ],
    [
      'websocket-gemini: a query parameter dropped',
      'v3/websocket-gemini.v3.0.0.yml',
      (d) => delete at(d, 'channels', 'marketDataV1', 'bindings', 'ws', 'query', 'properties')['auctions'],
    ],
    [
      'websocket-gemini: the handshake becomes a POST',
      'v3/websocket-gemini.v3.0.0.yml',
      (d) => (at(d, 'channels', 'marketDataV1', 'bindings', 'ws')['method'] = 'POST'),
    ],
    [
      'streetlights-kafka: the trait’s client id changes',
      'v3/streetlights-kafka.v3.0.0.yml',
      (d) => (at(d, 'components', 'operationTraits', 'kafka', 'bindings', 'kafka', 'clientId')['enum'] = ['my-app-id-v2']),
    ],
    [
      'adeo: the request topic shrinks to one partition',
      'v3/adeo-kafka-request-reply.v3.0.0.yml',
      (d) => (at(d, 'channels', 'costingRequest', 'bindings', 'kafka')['partitions'] = 1),
    ],
    [
      'adeo: the request topic becomes compacted',
      'v3/adeo-kafka-request-reply.v3.0.0.yml',
      (d) => (at(d, 'channels', 'costingRequest', 'bindings', 'kafka', 'topicConfiguration')['cleanup.policy'] = ['compact']),
    ],
    [
      'adeo: the request channel names another topic',
      'v3/adeo-kafka-request-reply.v3.0.0.yml',
      (d) => (at(d, 'channels', 'costingRequest', 'bindings', 'kafka')['topic'] = 'costing-requests'),
    ],
    [
      'gitter: the stream is fetched with GET',
      'v3/gitter-streaming.v3.0.0.yml',
      (d) => (at(d, 'operations', 'sendRoomInfo', 'bindings', 'http')['method'] = 'GET'),
    ],
    [
      'gitter 2.6: a required WebSocket header on the rooms channel',
      'v2/gitter-streaming.v2.6.0.yml',
      (d) => {
        const headers = { type: 'object', required: ['Authorization'], properties: { Authorization: { type: 'string' } } };
        at(d, 'channels', '/rooms/{roomId}/{resource}').bindings = { ws: { headers } };
      },
    ],
  ];
  const report = cases.map(([name, file, edit]) => {
    const [base, revision] = mutation(file, edit);
    return `${name}: ${diffTexts(base, revision)
      .changes.map((c) => `${c.level} ${c.id}`)
      .join(', ')}`;
  });
  assert.deepEqual(report, [
    'websocket-gemini: a query parameter made required: breaking request-parameter-became-required',
    'websocket-gemini: a query parameter dropped: warn request-parameter-removed',
    'websocket-gemini: the handshake becomes a POST: breaking ws-method-changed',
    'streetlights-kafka: the trait’s client id changes: info request-parameter-enum-value-added, breaking request-parameter-enum-value-removed',
    'adeo: the request topic shrinks to one partition: warn kafka-partitions-changed',
    'adeo: the request topic becomes compacted: warn kafka-topic-configuration-changed',
    'adeo: the request channel names another topic: breaking kafka-topic-changed',
    'gitter: the stream is fetched with GET: breaking http-method-changed',
    'gitter 2.6: a required WebSocket header on the rooms channel: breaking request-required-parameter-added',
  ]);
});
