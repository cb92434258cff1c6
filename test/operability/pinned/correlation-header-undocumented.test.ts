import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsWithFiles, pin } from './support.js';

const body = 'api:\n  - { name: public, contract: ./openapi.yaml }\ntelemetry: { propagation: w3c, correlationHeader: X-Request-Id }\n';
const openapi = (operation: string) =>
  `openapi: 3.1.0\ninfo: { title: Orders, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n${operation}      responses: { "200": { description: OK } }\n`;
const run = (files: Record<string, string>, text = body) => findingsWithFiles('correlation-header-undocumented', text, files);

test('correlation-header-undocumented: pinned at the contract reference, with contract and header in data', () => {
  assert.deepEqual(pin(run({ 'openapi.yaml': openapi('') })), [
    {
      at: 'correlation-header-undocumented@/api/0/contract 4:31',
      severity: 'warn',
      message: 'contract "public" never mentions the X-Request-Id correlation header, so clients and gateways have no reason to carry it',
      data: { contract: './openapi.yaml', header: 'X-Request-Id' },
    },
  ]);
});

test('correlation-header-undocumented: a header parameter, a response header or an AsyncAPI location names it, in any case', () => {
  assert.deepEqual(run({ 'openapi.yaml': openapi('      parameters:\n        - { name: x-request-id, in: header, schema: { type: string } }\n') }), []);
  assert.deepEqual(
    run({ 'openapi.yaml': openapi('      parameters:\n        - { name: X-Request-Id, in: query, schema: { type: string } }\n') }).length,
    1,
    'a query parameter of that name is not the header',
  );
  const withResponseHeader = openapi('').replace(
    '{ "200": { description: OK } }',
    '{ "200": { description: OK, headers: { x-request-id: { schema: { type: string } } } } }',
  );
  assert.deepEqual(run({ 'openapi.yaml': withResponseHeader }), []);
  const withParameterMap = `${openapi('')}components:\n  parameters:\n    X-REQUEST-ID: { name: rid, in: query }\n`;
  assert.deepEqual(run({ 'openapi.yaml': withParameterMap }), [], 'a parameters map keyed by the header name');
  const listed = `${openapi('')}components:\n  headers: [x-request-id]\n`;
  assert.equal(run({ 'openapi.yaml': listed }).length, 1, 'a list is not a map of headers');
  const asyncapi = (location: string) =>
    `asyncapi: 3.0.0\ninfo: { title: orders, version: '1' }\nchannels:\n  placed:\n    address: orders.placed\n    messages:\n      OrderPlaced: { payload: { type: object }, correlationId: { location: '${location}' } }\n`;
  const events = 'events:\n  - { name: order-events, contract: ./asyncapi.yaml }\ntelemetry: { propagation: w3c, correlationHeader: X-Request-Id }\n';
  assert.deepEqual(run({ 'asyncapi.yaml': asyncapi('$message.header#/X-Request-Id') }, events), []);
  assert.deepEqual(
    pin(run({ 'asyncapi.yaml': asyncapi('$message.payload#/x-request-id/id') }, events)).map((f) => f.at),
    ['correlation-header-undocumented@/events/0/contract 4:37'],
  );
});

test('correlation-header-undocumented: no correlation header declared, nothing to look for', () => {
  assert.deepEqual(run({ 'openapi.yaml': openapi('') }, 'api:\n  - { name: public, contract: ./openapi.yaml }\ntelemetry: { propagation: w3c }\n'), []);
});
