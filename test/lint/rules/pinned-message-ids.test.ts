import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { findingFingerprint } from '../../../src/core/fingerprint.js';
import { DEFAULT_CONFIG } from '../../../src/lint/config.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { lintContract } from '../../../src/lint/run.js';
import { withTempDir } from '../../support/cli.js';
import { ASYNC_CASES } from '../peers/async-cases.js';
import { OAS_PEER_CASES } from '../peers/oas-cases.js';
import { CASES, line, type Case } from './cases.js';

/**
 * The message ids of the rules that report several kinds of finding. A finding's fingerprint
 * (what baselines and SARIF alerts are keyed on) is made of its rule, message id, file and
 * pointer: each finding of these rules must carry one of its rule's ids, and each id must be
 * met, over the rule's bad example, the shared pinned cases and the EXTRA documents below.
 */
const KINDS: Record<string, string[]> = {
  'api-servers': ['servers', 'host'],
  'asyncapi-channel-servers': ['server-undefined', 'ref-not-a-server'],
  'asyncapi-server-variables': ['missing', 'unused', 'default'],
  'deprecated-replacement': ['operation', 'parameter'],
  'discriminator-property-defined': ['undeclared', 'optional'],
  'event-channel-parameters': ['undeclared', 'unused'],
  'event-correlation-id-location': ['not-expression', 'part-missing', 'field-missing'],
  'event-delivery-semantics': ['invalid', 'missing'],
  'event-message-name': ['missing', 'duplicate'],
  'event-message-payload': ['missing', 'format-without-schema'],
  'event-no-pii-in-routing': ['channel-parameter', 'address', 'ordering-key', 'message-key'],
  'event-operation-documented': ['duplicate-id', 'undocumented'],
  'event-server-protocol-secure': ['plain-scheme', 'plain-protocol'],
  'event-server-security': ['missing', 'undefined-scheme'],
  'example-value-or-external-value': ['both', 'neither'],
  'no-illogical-composition-keywords': ['count', 'empty', 'duplicate', 'inline'],
  'no-secrets-in-url': ['parameter', 'api-key-in-query'],
  'no-servers-in-webhook': ['path-item', 'operation'],
  'operation-id-unique': ['missing', 'duplicate'],
  'operation-parameters-unique': ['duplicate', 'body', 'body-and-form'],
  'operation-security-defined': ['public-unexplained', 'missing', 'undeclared'],
  'path-parameters-defined': ['undeclared', 'not-required', 'unused'],
  'server-variables-defined': ['undeclared', 'unused', 'empty-enum', 'default-not-in-enum'],
  'servers-https': ['server', 'schemes'],
  'sort-allow-listed': ['open', 'undocumented'],
};

const OAS = (rest: string) => `openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\n${rest}`;
const A2 = (rest: string) => `asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\n${rest}`;
const A3 = (rest: string) => `asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\n${rest}`;
const GET = (path: string, more: string) => OAS(`paths:\n  ${path}:\n    get: { ${more}responses: { "200": { description: OK } } }\n`);
const CORRELATED = (location: string) =>
  A3(`channels:\n  q:\n    address: q\n    messages:\n      m: { name: M, correlationId: { location: "${location}" }, payload: { type: object } }\n`);
const OPERATION = (channel: string) =>
  A3(`channels:\n  orders: { address: orders${channel} }\noperations:\n  send: { action: send, channel: { $ref: "#/channels/orders" } }\n`);

/** Documents for the ids the shared cases do not reach, by the rule they are for. */
const EXTRA: Case[] = [
  { rule: 'deprecated-replacement', name: 'a parameter', doc: GET('/a', 'parameters: [{ name: q, in: query, deprecated: true, schema: { type: string } }], ') },
  { rule: 'event-correlation-id-location', name: 'no expression', doc: CORRELATED('$message.body#/id') },
  { rule: 'event-correlation-id-location', name: 'no headers', doc: CORRELATED('$message.header#/id') },
  { rule: 'event-delivery-semantics', name: 'nothing declared', doc: OPERATION('') },
  { rule: 'event-message-name', name: 'a duplicate', doc: A3('channels:\n  c:\n    address: c\n    messages:\n      a: { name: M }\n      b: { name: M }\n') },
  {
    rule: 'event-message-payload',
    name: 'a format without a schema',
    doc: A3('channels:\n  c:\n    address: c\n    messages:\n      a: { name: M, payload: { schemaFormat: application/vnd.apache.avro;version=1.9.0 } }\n'),
  },
  { rule: 'event-no-pii-in-routing', name: 'an address', doc: A3('channels:\n  c: { address: "users.{email}" }\n') },
  { rule: 'event-no-pii-in-routing', name: 'an ordering key', doc: A3('channels:\n  c: { address: c, x-ordering-key: "$message.payload#/email" }\n') },
  {
    rule: 'event-no-pii-in-routing',
    name: 'a message key',
    doc: A3('channels:\n  c:\n    address: c\n    messages:\n      m: { name: M, x-ordering-key: "$message.payload#/phone" }\n'),
  },
  {
    rule: 'event-operation-documented',
    name: 'a duplicate id',
    doc: A2(
      'channels:\n  a:\n    publish: { operationId: same, summary: s, message: {} }\n  b:\n    publish: { operationId: same, summary: s, message: {} }\n',
    ),
  },
  {
    rule: 'event-server-protocol-secure',
    name: 'a plain scheme',
    doc: A2('servers:\n  prod: { url: "mqtt://broker.example.com", protocol: mqtt }\nchannels: {}\n'),
  },
  {
    rule: 'event-server-security',
    name: 'an undefined scheme',
    doc: A2('servers:\n  prod: { url: b.example.com, protocol: kafka-secure, security: [{ nope: [] }] }\nchannels: {}\n'),
  },
  {
    rule: 'no-secrets-in-url',
    name: 'an API key in the query',
    doc: OAS('paths: {}\ncomponents:\n  securitySchemes:\n    k: { type: apiKey, name: key, in: query }\n'),
  },
  {
    rule: 'no-servers-in-webhook',
    name: 'a path item',
    doc: OAS('paths: {}\nwebhooks:\n  placed:\n    servers: [{ url: "https://a.example.com" }]\n    post: { responses: { "200": { description: OK } } }\n'),
  },
  { rule: 'operation-id-unique', name: 'missing', doc: GET('/a', '') },
  {
    rule: 'operation-security-defined',
    name: 'public without a reason',
    doc: OAS('security: [{ k: [] }]\npaths:\n  /a: { get: { security: [], responses: { "200": { description: OK } } } }\n'),
  },
  { rule: 'path-parameters-defined', name: 'not required', doc: GET('/a/{id}', 'parameters: [{ name: id, in: path, schema: { type: string } }], ') },
  { rule: 'path-parameters-defined', name: 'unused', doc: GET('/a', 'parameters: [{ name: id, in: path, required: true, schema: { type: string } }], ') },
  { rule: 'servers-https', name: 'http schemes', doc: 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\nschemes: [http]\npaths: {}\n' },
  {
    rule: 'sort-allow-listed',
    name: 'undocumented',
    doc: GET('/a', 'parameters: [{ name: sort, in: query, schema: { type: array, items: { type: string, enum: [a, b] } } }], '),
  },
];

/** Each finding of one rule on a document, with the id among `kinds` its fingerprint was made with. */
function kindsOf(ruleId: string, kinds: string[], doc: string): Array<[string, string]> {
  const rule = LINT_RULES.find((r) => r.id === ruleId)!;
  return withTempDir((dir) => {
    const path = join(dir, doc.startsWith('asyncapi') ? 'asyncapi.yaml' : 'openapi.yaml');
    writeFileSync(path, doc);
    const config = { ...DEFAULT_CONFIG, extends: 'strict' as const, rules: { [rule.id]: rule.severity } };
    return lintContract(loadContract(path, { cwd: dir }), config, [rule], { cwd: dir })
      .filter((f) => f.ruleId === ruleId)
      .map((f) => {
        const made = (messageId: string) => findingFingerprint({ ruleId, messageId, path, pointer: f.location.pointer }, dir) === f.fingerprint;
        return [line(f), kinds.find(made) ?? '(none of its ids)'];
      });
  });
}

const documents = [...CASES, ...OAS_PEER_CASES, ...ASYNC_CASES, ...EXTRA];
for (const [ruleId, kinds] of Object.entries(KINDS)) {
  test(`${ruleId}: every finding carries one of its message ids (${kinds.join(', ')}), and each is met`, () => {
    const rule = LINT_RULES.find((r) => r.id === ruleId);
    assert.ok(rule, ruleId);
    const seen = new Set<string>();
    for (const doc of [rule.examples.bad, ...documents.filter((c) => c.rule === ruleId).map((c) => c.doc)]) {
      for (const [finding, kind] of kindsOf(ruleId, kinds, doc)) {
        assert.ok(kinds.includes(kind), `${finding}: ${kind}`);
        seen.add(kind);
      }
    }
    assert.deepEqual(
      kinds.filter((k) => !seen.has(k)),
      [],
      'ids no document makes the rule report',
    );
  });
}
