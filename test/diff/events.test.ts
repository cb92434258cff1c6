import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { CASE_TODAY as FIXTURE_TODAY } from './cases/case.js';
import { inAvroMessage, inMessage, oas } from './fixtures/build.js';
import { diffContracts } from '../../src/diff/index.js';
import { sideFromContract } from '../../src/diff/side.js';
import { CORPUS } from '../support/cli.js';
import { diffTexts } from './support.js';

const ids = (base: string, revision: string) => diffTexts(base, revision).changes.map((c) => `${c.level} ${c.id}`);

function corpusSide(file: string) {
  const path = join(CORPUS, 'asyncapi', file);
  assert.ok(existsSync(path), `the contract corpus is missing: ${path} (set ARCHWAY_CORPUS)`);
  return sideFromContract(loadContract(path));
}

const corpusDiff = (base: string, revision: string) => diffContracts(corpusSide(base), corpusSide(revision), { today: FIXTURE_TODAY });

test('every AsyncAPI document of the corpus diffed against itself reports nothing', () => {
  for (const version of ['v2', 'v3']) {
    for (const file of readdirSync(join(CORPUS, 'asyncapi', version))) {
      assert.deepEqual(corpusDiff(`${version}/${file}`, `${version}/${file}`).changes, [], file);
    }
  }
});

test('2.x publish/subscribe are the inverse of 3.0 receive/send: the same contract written in both versions is unchanged', () => {
  for (const name of ['streetlights-kafka', 'slack-rtm', 'gitter-streaming']) {
    const result = corpusDiff(`v2/${name}.v2.6.0.yml`, `v3/${name}.v3.0.0.yml`);
    assert.deepEqual(
      result.changes.map((c) => `${c.id} ${c.message}`),
      [],
      name,
    );
  }
});

test('ADEO request/reply 3.0.0 → 3.1.0: the reply moves to a dynamic channel, which removes the SEND operation and the old response channel', () => {
  const result = corpusDiff('v3/adeo-kafka-request-reply.v3.0.0.yml', 'v3/adeo-kafka-request-reply.v3.1.0.yml');
  // The three servers keep their names and change protocol (kafka-secure → kafka): one change each, not a removal and an addition.
  assert.deepEqual(result.summary, { breaking: 5, warn: 3, info: 1 });
  // 3.1.0 also points staging and dev at the production schema registry and cuts the request topic's retention from 7 days to under one.
  assert.deepEqual(
    result.changes.filter((c) => c.level === 'warn').map((c) => `${c.id} ${String(c.data.field)} ${String(c.data.to)}`),
    [
      'kafka-schema-registry-changed schemaRegistryUrl https://schema-registry.prod.url/',
      'kafka-schema-registry-changed schemaRegistryUrl https://schema-registry.prod.url/',
      'kafka-topic-configuration-changed topicConfiguration.retention.ms 60000000',
    ],
  );
  assert.deepEqual(
    result.changes.filter((c) => c.id === 'server-address-changed').map((c) => c.data.server),
    ['production', 'staging', 'dev'],
  );
  const removed = result.changes.find((c) => c.id === 'event-operation-removed');
  assert.equal(removed?.operation, 'SEND adeo-{env}-case-study-COSTING-RESPONSE-{version}');
  assert.equal(result.rollout.find((p) => p.id === 'event-operation-removed')?.order, 'consumer-before-producer');
});

test('direction follows the role: the same payload change breaks consumers of a sent message and producers of a received one', () => {
  const optional = '{ type: object, properties: { id: { type: string } } }';
  const required = '{ type: object, required: [note], properties: { id: { type: string }, note: { type: string } } }';
  assert.deepEqual(ids(inMessage(optional, 'receive'), inMessage(required, 'receive')), ['breaking consumed-message-required-property-added']);
  assert.deepEqual(ids(inMessage(optional, 'send'), inMessage(required, 'send')), ['info published-message-property-added']);
  assert.deepEqual(ids(inMessage(required, 'send'), inMessage(optional, 'send')), ['breaking published-message-property-removed']);
});

test('Avro: the mode comes from the role unless declared, and FULL needs both directions', () => {
  const before = '[{ name: id, type: string }]';
  const added = '[{ name: id, type: string }, { name: note, type: string }]';
  // A producer adding a field without a default: old consumers skip it (FORWARD holds).
  assert.deepEqual(ids(inAvroMessage(before), inAvroMessage(added)), []);
  // The same schema change declared FULL also needs new readers to read old data: it breaks.
  const full = diffTexts(inAvroMessage(before, 'send', 'FULL'), inAvroMessage(added, 'send', 'FULL')).changes;
  assert.deepEqual(
    full.map((c) => [c.id, c.data.mode, c.data.backward, c.data.forward]),
    [['avro-field-added-without-default', 'FULL', false, true]],
  );
  // NONE promises nothing.
  assert.deepEqual(ids(inAvroMessage(before, 'receive', 'NONE'), inAvroMessage(added, 'receive', 'NONE')), []);
});

test('Avro: promotions resolve, unions are compared member by member, and recursive records terminate', () => {
  assert.deepEqual(
    ids(inAvroMessage('[{ name: n, type: int }]', 'receive'), inAvroMessage('[{ name: n, type: double }]', 'receive')),
    [],
    'int → double is a promotion for new readers',
  );
  assert.deepEqual(ids(inAvroMessage('[{ name: n, type: double }]', 'receive'), inAvroMessage('[{ name: n, type: int }]', 'receive')), [
    'breaking avro-field-type-changed',
  ]);
  assert.deepEqual(
    ids(inAvroMessage('[{ name: n, type: string }]'), inAvroMessage('[{ name: n, type: ["null", string], default: null }]')),
    ['breaking avro-field-type-changed'],
    'old readers cannot read a null',
  );
  const list = (extra: string) =>
    `[{ name: head, type: { type: record, name: Node, fields: [{ name: value, type: int }${extra}, { name: next, type: ["null", Node], default: null }] } }]`;
  assert.deepEqual(ids(inAvroMessage(list('')), inAvroMessage(list(', { name: label, type: string, default: "" }'))), []);
  assert.deepEqual(ids(inAvroMessage(list(', { name: label, type: string }')), inAvroMessage(list(''))), ['breaking avro-field-removed-without-default']);
});

test('rollout for events: incompatible changes are dual-published on a new versioned channel; consumers lead', () => {
  const result = diffTexts(
    inMessage('{ type: object, properties: { total: { type: integer } } }'),
    inMessage('{ type: object, properties: { total: { type: string } } }'),
  );
  const [plan] = result.rollout;
  assert.equal(plan.order, 'consumer-before-producer');
  assert.match(plan.steps[0].action, /new versioned channel \(e\.g\. `orders\.placed\.v2`\).*dual-publish/);
  assert.deepEqual(
    plan.steps.map((s) => `${s.phase} ${s.actor}`),
    ['expand producer', 'migrate every consumer', 'deprecate producer', 'contract producer'],
  );
  assert.match(plan.steps[2].action, /x-sunset/);
});

test('rollout for events: a warning gets a plan too, consumers first, because strict consumers break on a new enum value', () => {
  const states = (values: string) => inMessage(`{ type: object, properties: { state: { type: string, enum: [${values}] } } }`);
  const result = diffTexts(states('placed'), states('placed, refunded'));
  assert.deepEqual(
    result.changes.map((c) => `${c.level} ${c.id}`),
    ['warn published-message-enum-value-added'],
  );
  assert.deepEqual(
    result.rollout.map((p) => [p.id, p.order, p.steps[1].actor]),
    [['published-message-enum-value-added', 'consumer-before-producer', 'every consumer']],
  );
});

test('an OpenAPI document and an AsyncAPI one cannot be compared', () => {
  const openapi = oas(`
    paths: {}
  `);
  assert.throws(() => diffTexts(openapi, inMessage('{ type: object }')), /revision\.yaml.*AsyncAPI document.*compare like with like|is an AsyncAPI document/);
});
