/**
 * Cases for the AsyncAPI peer rules beyond each rule's bad and good example: the other AsyncAPI
 * version (2.x or 3.0) and the boundaries, one small inline document each.
 */
const V2 = 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\n';
const V3 = 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\n';
const OAUTH3 =
  'components:\n  securitySchemes:\n    oauth: { type: oauth2, scopes: [orders:write], flows: { clientCredentials: { tokenUrl: "https://auth.example.com/token", availableScopes: { orders:read: Read. } } } }\n';

export interface AsyncCase {
  rule: string;
  name: string;
  doc: string;
}

export const ASYNC_CASES: AsyncCase[] = [
  { rule: 'asyncapi-channel-no-empty-parameter', name: '2.x channel key', doc: `${V2}channels:\n  "orders/{}": {}\n` },
  { rule: 'asyncapi-channel-no-query-nor-fragment', name: '3.0 fragment', doc: `${V3}channels:\n  orders:\n    address: "orders#eu"\n` },
  { rule: 'asyncapi-channel-no-trailing-slash', name: '2.x channel key', doc: `${V2}channels:\n  orders/: {}\n` },
  { rule: 'asyncapi-channel-no-trailing-slash', name: 'an address that is only a slash', doc: `${V3}channels:\n  root:\n    address: /\n` },
  {
    rule: 'asyncapi-channel-servers',
    name: '3.0 ref into components.servers',
    doc: `${V3}servers:\n  prod: { host: "k:9092", protocol: kafka }\nchannels:\n  orders:\n    address: orders\n    servers: [{ $ref: "#/components/servers/prod" }]\ncomponents:\n  servers:\n    prod: { host: "k:9092", protocol: kafka }\n`,
  },
  {
    rule: 'asyncapi-channel-servers',
    name: '3.0 ref to a document server',
    doc: `${V3}servers:\n  prod: { host: "k:9092", protocol: kafka }\nchannels:\n  orders:\n    address: orders\n    servers: [{ $ref: "#/servers/prod" }]\n`,
  },
  {
    rule: 'asyncapi-channels-kebab-case',
    name: '2.x key with capitals',
    doc: `${V2}channels:\n  Orders/{orderId}:\n    parameters: { orderId: { description: Id. } }\n`,
  },
  {
    rule: 'asyncapi-channels-kebab-case',
    name: '2.x key with a parameter',
    doc: `${V2}channels:\n  orders/{orderId}/placed:\n    parameters: { orderId: { description: Id. } }\n`,
  },
  {
    rule: 'asyncapi-headers-schema-type-object',
    name: '2.x headers from a trait, no type',
    doc: `${V2}channels:\n  orders:\n    subscribe:\n      message:\n        traits: [{ $ref: "#/components/messageTraits/common" }]\n        payload: { type: object }\ncomponents:\n  messageTraits:\n    common:\n      headers: { properties: { traceparent: { type: string } } }\n`,
  },
  {
    rule: 'asyncapi-headers-schema-type-object',
    name: '3.0 an unused trait in components',
    doc: `${V3}components:\n  messageTraits:\n    common:\n      headers: { type: array }\n`,
  },
  { rule: 'asyncapi-info-contact', name: '2.x empty contact', doc: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0, contact: {} }\nchannels: {}\n' },
  {
    rule: 'asyncapi-info-contact',
    name: '2.x contact with only a url',
    doc: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0, contact: { url: "https://example.com" } }\nchannels: {}\n',
  },
  {
    rule: 'asyncapi-info-contact-properties',
    name: '2.x contact without email and url',
    doc: 'asyncapi: 2.6.0\ninfo:\n  title: T\n  version: 1.0.0\n  contact:\n    name: team\nchannels: {}\n',
  },
  {
    rule: 'asyncapi-info-description',
    name: '2.x empty description',
    doc: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0, description: "" }\nchannels: {}\n',
  },
  { rule: 'asyncapi-info-license', name: '2.x', doc: `${V2}channels: {}\n` },
  { rule: 'asyncapi-info-license-url', name: '2.x without a licence', doc: `${V2}channels: {}\n` },
  { rule: 'asyncapi-latest-version', name: '3.0.0 is not the latest', doc: V3 },
  {
    rule: 'asyncapi-operation-description',
    name: '3.0 without',
    doc: `${V3}channels:\n  orders: { address: orders }\noperations:\n  onOrder:\n    action: receive\n    channel: { $ref: "#/channels/orders" }\n`,
  },
  {
    rule: 'asyncapi-operation-description',
    name: '3.0 from a trait',
    doc: `${V3}channels:\n  orders: { address: orders }\noperations:\n  onOrder:\n    action: receive\n    channel: { $ref: "#/channels/orders" }\n    traits: [{ description: Handles orders. }]\n`,
  },
  {
    rule: 'asyncapi-operation-security',
    name: '2.x undefined scheme',
    doc: `${V2}channels:\n  orders:\n    publish:\n      security: [{ apiKey: [] }]\n      message: { payload: { type: object } }\n`,
  },
  {
    rule: 'asyncapi-operation-security',
    name: '3.0 scheme scope not available',
    doc: `${V3}channels:\n  orders: { address: orders }\noperations:\n  onOrder:\n    action: receive\n    channel: { $ref: "#/channels/orders" }\n    security: [{ $ref: "#/components/securitySchemes/oauth" }]\n${OAUTH3}`,
  },
  {
    rule: 'asyncapi-parameter-description',
    name: '2.x in components',
    doc: `${V2}channels: {}\ncomponents:\n  parameters:\n    region: { schema: { type: string } }\n`,
  },
  {
    rule: 'asyncapi-parameter-description',
    name: 'a channel parameter from components is judged once, there',
    doc: `${V2}channels:\n  orders/{region}:\n    parameters:\n      region: { $ref: "#/components/parameters/region" }\ncomponents:\n  parameters:\n    region: { schema: { type: string } }\n`,
  },
  { rule: 'asyncapi-payload', name: '3.0 unknown type', doc: `${V3}components:\n  messages:\n    placed:\n      payload: { type: obj }\n` },
  {
    rule: 'asyncapi-payload',
    name: '3.0 Avro payload is not judged',
    doc: `${V3}components:\n  messages:\n    placed:\n      payload:\n        schemaFormat: application/vnd.apache.avro;version=1.9.0\n        schema: { type: record, name: Placed, fields: [] }\n`,
  },
  {
    rule: 'asyncapi-payload-default',
    name: '3.0',
    doc: `${V3}components:\n  messages:\n    placed:\n      payload: { type: object, properties: { n: { type: integer, maximum: 10 } }, default: { n: 11 } }\n`,
  },
  {
    rule: 'asyncapi-payload-examples',
    name: '3.0',
    doc: `${V3}components:\n  messages:\n    placed:\n      payload: { type: string, format: date-time, examples: ["2026-01-01T00:00:00Z", "yesterday"] }\n`,
  },
  {
    rule: 'asyncapi-payload-unsupported-schema-format',
    name: '2.x on the message',
    doc: `${V2}channels: {}\ncomponents:\n  messages:\n    placed:\n      schemaFormat: application/vnd.apache.avro;version=1.9.0\n      payload: { type: record, name: Placed, fields: [] }\n`,
  },
  {
    rule: 'asyncapi-schema',
    name: '2.x missing version, misspelt operation',
    doc: 'asyncapi: 2.6.0\ninfo: { title: T }\nchannels:\n  orders:\n    subscibe: {}\n',
  },
  {
    rule: 'asyncapi-schema',
    name: '3.0 wrong action and a $ref where none is allowed',
    doc: `asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, contact: { $ref: "#/x-contact" } }\nx-contact: { name: team }\nchannels:\n  orders: { address: orders }\noperations:\n  onOrder:\n    action: publish\n    channel: { $ref: "#/channels/orders" }\n`,
  },
  {
    rule: 'asyncapi-schema',
    name: '2.1 parameter by $ref is valid',
    doc: 'asyncapi: 2.1.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders/{id}:\n    parameters:\n      id: { $ref: "#/components/parameters/id" }\ncomponents:\n  parameters:\n    id: { schema: { type: string } }\n',
  },
  {
    rule: 'asyncapi-schema-default',
    name: '2.x channel parameter schema',
    doc: `${V2}channels:\n  orders/{region}:\n    parameters:\n      region: { description: Region., schema: { type: string, enum: [eu, us], default: ap } }\n`,
  },
  {
    rule: 'asyncapi-schema-examples',
    name: '2.x number out of range',
    doc: `${V2}channels: {}\ncomponents:\n  schemas:\n    Count: { type: integer, minimum: 1, examples: [0, 1] }\n`,
  },
  {
    rule: 'asyncapi-schema-examples',
    name: 'draft-07 exclusiveMinimum is a number',
    doc: `${V2}channels: {}\ncomponents:\n  schemas:\n    Count: { type: integer, exclusiveMinimum: 0, examples: [1] }\n`,
  },
  {
    rule: 'asyncapi-server-no-empty-variable',
    name: '2.x url',
    doc: `${V2}servers:\n  prod: { url: "mqtt://broker.example.com:{}", protocol: mqtt }\nchannels: {}\n`,
  },
  { rule: 'asyncapi-server-no-trailing-slash', name: '3.0 host', doc: `${V3}servers:\n  prod: { host: "ws.example.com/", protocol: wss }\n` },
  { rule: 'asyncapi-server-not-example-com', name: '2.x url', doc: `${V2}servers:\n  prod: { url: "mqtt://example.com", protocol: mqtt }\nchannels: {}\n` },
  {
    rule: 'asyncapi-server-security',
    name: '2.x undefined scheme',
    doc: `${V2}servers:\n  prod: { url: "mqtt://broker.acme.io", protocol: mqtt, security: [{ userPassword: [] }] }\nchannels: {}\n`,
  },
  {
    rule: 'asyncapi-server-variables',
    name: '3.0 undefined and unused variables',
    doc: `${V3}servers:\n  prod:\n    host: "{region}.broker.acme.io"\n    pathname: "/{tenant}"\n    protocol: wss\n    variables:\n      region: { enum: [eu, us] }\n      zone: { default: a }\n`,
  },
  {
    rule: 'asyncapi-server-variables',
    name: '3.0 every variable defined and used',
    doc: `${V3}servers:\n  prod:\n    host: "{region}.broker.acme.io"\n    protocol: wss\n    variables:\n      region: { enum: [eu, us], default: eu }\n`,
  },
  {
    rule: 'asyncapi-server-variables',
    name: '3.0 a reusable server is judged once, under components',
    doc: `${V3}servers:\n  prod: { $ref: "#/components/servers/prod" }\ncomponents:\n  servers:\n    prod: { host: "{region}.broker.acme.io", protocol: wss }\n    spare: { host: "{zone}.broker.acme.io", protocol: wss }\n`,
  },
  { rule: 'asyncapi-servers', name: '2.x without servers', doc: `${V2}channels: {}\n` },
  { rule: 'asyncapi-tag-description', name: '2.x', doc: `${V2}tags: [{ name: orders, description: Orders. }, { name: payments }]\nchannels: {}\n` },
  { rule: 'asyncapi-tags-alphabetical', name: '2.x third out of order', doc: `${V2}tags: [{ name: a }, { name: c }, { name: b }]\nchannels: {}\n` },
  {
    rule: 'asyncapi-tags-uniqueness',
    name: '2.x operation and message trait',
    doc: `${V2}channels:\n  orders:\n    subscribe:\n      tags: [{ name: a }, { name: b }, { name: a }]\n      message:\n        traits: [{ tags: [{ name: x }, { name: x }] }]\n        payload: { type: object }\n`,
  },
  {
    rule: 'asyncapi-tags-uniqueness',
    name: 'one name in two lists is no duplicate',
    doc: `${V2}tags: [{ name: a }]\nchannels:\n  orders:\n    subscribe:\n      tags: [{ name: a }]\n      message: { payload: { type: object } }\n`,
  },
  { rule: 'asyncapi-tags', name: '2.x empty list', doc: `${V2}tags: []\nchannels: {}\n` },
  {
    rule: 'asyncapi-unused-components-schema',
    name: '2.x',
    doc: `${V2}channels: {}\ncomponents:\n  schemas:\n    A: { type: object, properties: { b: { $ref: "#/components/schemas/B" } } }\n    B: { type: string }\n`,
  },
  {
    rule: 'asyncapi-unused-components-server',
    name: '2.x referenced from servers',
    doc: `${V2}servers:\n  prod: { $ref: "#/components/servers/prod" }\nchannels: {}\ncomponents:\n  servers:\n    prod: { url: "mqtt://broker.acme.io", protocol: mqtt }\n    old: { url: "mqtt://old.acme.io", protocol: mqtt }\n`,
  },
];
