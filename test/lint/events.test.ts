import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../src/lint/config.js';
import { LINT_RULES } from '../../src/lint/rules/index.js';
import { personalData } from '../../src/lint/rules/event-no-pii-in-routing.js';
import { lintContract } from '../../src/lint/run.js';
import { withTempDir } from '../support/cli.js';

/** The messages one rule reports on an AsyncAPI document (plus any other files it refers to). */
function lint(ruleId: string, text: string, files: Record<string, string> = {}): string[] {
  return withTempDir((dir) => {
    for (const [name, content] of Object.entries({ 'asyncapi.yaml': text, ...files })) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const rule = LINT_RULES.find((r) => r.id === ruleId)!;
    return lintContract(loadContract(join(dir, 'asyncapi.yaml')), { ...DEFAULT_CONFIG, extends: 'strict' }, [rule]).map((f) => f.message);
  });
}

const HEAD = 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\n';
const KAFKA = 'servers:\n  prod: { host: "kafka.example.com:9093", protocol: kafka-secure }\n';

test('event rules do not run on OpenAPI, and OpenAPI rules do not run on AsyncAPI', () => {
  assert.deepEqual(lint('event-message-content-type', 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\n'), []);
  assert.ok(LINT_RULES.filter((r) => r.id.startsWith('event-')).every((r) => r.formats?.join() === 'async'));
});

test('event-ordering-key: Kafka bindings make a channel ordered, x-ordered: false opts out, x-ordered: true opts in', () => {
  const message = 'messages: { m: { name: M, payload: { type: object } } }';
  assert.equal(lint('event-ordering-key', `${HEAD}channels:\n  a: { address: a.v1, bindings: { kafka: { partitions: 3 } }, ${message} }\n`).length, 1);
  assert.deepEqual(lint('event-ordering-key', `${HEAD}${KAFKA}channels:\n  a: { address: a.v1, x-ordered: false, ${message} }\n`), []);
  assert.equal(lint('event-ordering-key', `${HEAD}channels:\n  a: { address: a.v1, x-ordered: true, ${message} }\n`).length, 1);
  assert.deepEqual(
    lint('event-ordering-key', `${HEAD}channels:\n  a: { address: a.v1, x-ordered: true, x-ordering-key: "$message.payload#/id", ${message} }\n`),
    [],
  );
});

test('event-dead-letter: only broker channels are judged; SQS redrive bindings and a document-wide x-dlq count', () => {
  const op = 'operations:\n  consume: { action: receive, channel: { $ref: "#/channels/a" } }\n';
  assert.deepEqual(lint('event-dead-letter', `${HEAD}servers:\n  s: { host: example.com, protocol: wss }\nchannels:\n  a: { address: /a }\n${op}`), []);
  assert.deepEqual(lint('event-dead-letter', `${HEAD}channels:\n  a: { address: /a }\n${op}`), [], 'no server, no binding: unknown transport');
  const sqs = `${HEAD}channels:\n  a: { address: a, bindings: { sqs: { queue: { name: a, redrivePolicy: { deadLetterQueue: { name: a-dlq } } } } } }\n${op}`;
  assert.deepEqual(lint('event-dead-letter', sqs), []);
  assert.deepEqual(
    lint('event-dead-letter', `${HEAD.replace('version: 1.0.0', 'version: 1.0.0, x-dlq: { suffix: .dlq }')}${KAFKA}channels:\n  a: { address: a }\n${op}`),
    [],
  );
  assert.equal(
    lint('event-dead-letter', `${HEAD}${KAFKA}channels:\n  a: { address: a }\n${op.replace('receive', 'send')}`).length,
    0,
    'producers are not judged',
  );
});

test('event-delivery-semantics: a document default in info covers every operation; an invalid value is reported once where written', () => {
  const ops =
    'channels:\n  a: { address: a }\noperations:\n  p: { action: send, channel: { $ref: "#/channels/a" } }\n  q: { action: send, channel: { $ref: "#/channels/a" } }\n';
  assert.deepEqual(lint('event-delivery-semantics', `${HEAD.replace('version: 1.0.0', 'version: 1.0.0, x-delivery: at-least-once')}${ops}`), []);
  assert.deepEqual(lint('event-delivery-semantics', `${HEAD.replace('version: 1.0.0', 'version: 1.0.0, x-delivery: exactly-once')}${ops}`), [
    'x-delivery "exactly-once" is not one of at-least-once, at-most-once, exactly-once-effect; exactly-once delivery is not achievable across a network, say exactly-once-effect for at-least-once delivery with idempotent processing',
  ]);
});

test('event-correlation-id: only request/reply messages need one, both the request and the listed reply messages', () => {
  const doc = (reply: string) =>
    `${HEAD}channels:\n  q: { address: q, messages: { ask: { name: Ask, payload: { type: object } } } }\n  r: { address: r, messages: { yes: { name: Yes, payload: { type: object } }, no: { name: No, payload: { type: object } } } }\noperations:\n  ask: { action: send, channel: { $ref: "#/channels/q" }${reply} }\n`;
  assert.deepEqual(lint('event-correlation-id', doc('')), []);
  assert.deepEqual(lint('event-correlation-id', doc(', reply: { channel: { $ref: "#/channels/r" }, messages: [{ $ref: "#/channels/r/messages/yes" }] }')), [
    'message Ask is the request of ask but declares no correlationId',
    'message Yes is the reply of ask but declares no correlationId',
  ]);
});

test('event-message-examples-valid: payload refs into another file are resolved; Avro payloads are not checked', () => {
  const doc = `${HEAD}channels:\n  a:\n    address: a\n    messages:\n      m: { name: M, payload: { $ref: "schemas/order.yaml#/Order" }, examples: [{ payload: { id: 7 } }] }\n`;
  assert.deepEqual(
    lint('event-message-examples-valid', doc, {
      'schemas/order.yaml': 'Order: { type: object, properties: { id: { $ref: "#/Id" } } }\nId: { type: string }\n',
    }),
    ['example 0 of message M: payload /id must be string'],
  );
  const avro = `${HEAD}channels:\n  a:\n    address: a\n    messages:\n      m: { name: M, payload: { schemaFormat: application/vnd.apache.avro;version=1.9.0, schema: { type: record, name: M, fields: [] } }, examples: [{ payload: 3 }] }\n`;
  assert.deepEqual(lint('event-message-examples-valid', avro), []);
});

test('event-server-protocol-secure: plain kafka passes with an X509 or SASL_SSL scheme; localhost is exempt', () => {
  const server = (security: string) =>
    `${HEAD}servers:\n  prod: { host: "kafka.example.com:9092", protocol: kafka${security} }\ncomponents:\n  securitySchemes:\n    certs: { type: X509 }\n    sasl: { type: plain, x-security.protocol: SASL_SSL }\n    bare: { type: plain }\n`;
  assert.deepEqual(lint('event-server-protocol-secure', server(', security: [{ $ref: "#/components/securitySchemes/certs" }]')), []);
  assert.deepEqual(lint('event-server-protocol-secure', server(', security: [{ $ref: "#/components/securitySchemes/sasl" }]')), []);
  assert.deepEqual(lint('event-server-protocol-secure', server(', security: [{ $ref: "#/components/securitySchemes/bare" }]')), [
    'server prod uses plain kafka; use kafka-secure',
  ]);
  assert.deepEqual(lint('event-server-protocol-secure', `${HEAD}servers:\n  dev: { host: "localhost:1883", protocol: mqtt }\n`), []);
});

test('event-channel-parameters and event-channel-naming read 2.x channel keys as addresses', () => {
  const v2 =
    'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders/{orderId}/placed: { parameters: { id: { schema: { type: string } } } }\n  orders/paid: {}\n  orders.shipped: {}\n  orders/cancelled: {}\n';
  assert.deepEqual(lint('event-channel-parameters', v2), [
    'channel orders/{orderId}/placed uses {orderId} in its address but does not declare it in parameters',
    'channel orders/{orderId}/placed declares parameter id, which its address orders/{orderId}/placed does not use',
  ]);
  assert.deepEqual(lint('event-channel-naming', v2), ['channel address orders.shipped is dot.separated where 3 addresses are slash/separated']);
});

test('event-no-pii-in-routing: personal data names, and look-alikes that are not', () => {
  for (const name of ['email', 'customerEmail', 'user_phone', 'msisdn', 'firstName', 'dateOfBirth', 'ipAddress', 'shipping-address', 'ssn'])
    assert.ok(personalData(name), name);
  for (const name of ['orderId', 'streetlightId', 'topicName', 'macAddress', 'symbol', 'roomId', 'replyAddress', 'phoneticIndex'])
    assert.equal(personalData(name), undefined, name);
  const keyed = `${HEAD}channels:\n  a:\n    address: a\n    messages:\n      m: { name: M, payload: { type: object }, bindings: { kafka: { key: { type: object, properties: { customerEmail: { type: string } } } } } }\n`;
  assert.deepEqual(lint('event-no-pii-in-routing', keyed), ['message M is keyed by Kafka key field customerEmail, which looks like personal data (email)']);
});

test('event-envelope: CloudEvents content type, x-envelope and prefixed headers count; an Avro payload is not judged', () => {
  const message = (extra: string) =>
    `${HEAD}channels:\n  a:\n    address: a\n    messages:\n      m: { name: M, payload: { type: object, properties: { id: { type: string } } }${extra} }\n`;
  assert.deepEqual(lint('event-envelope', message('')), ['message M carries no type, time, source (CloudEvents envelope attributes, in headers or payload)']);
  assert.deepEqual(lint('event-envelope', message(', contentType: application/cloudevents+json')), []);
  assert.deepEqual(lint('event-envelope', message(', x-envelope: cloudevents-binary')), []);
  assert.deepEqual(lint('event-envelope', message(', headers: { type: object, properties: { ce-type: {}, ce-time: {}, ce-source: {} } }')), []);
  assert.deepEqual(
    lint(
      'event-envelope',
      `${HEAD}channels:\n  a:\n    address: a\n    messages:\n      m: { name: M, payload: { schemaFormat: application/vnd.apache.avro;version=1.9.0, schema: { type: record, name: M, fields: [] } } }\n`,
    ),
    [],
  );
});
