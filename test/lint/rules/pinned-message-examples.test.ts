import { A2, A3, pin } from './pin.js';

/** event-message-examples-valid and asyncapi-schema-examples: which parts of which examples are validated, against what, and how the error is told. */
const MESSAGE = (message: string) => A3(`channels:\n  orders:\n    address: orders.v1\n    messages:\n      placed:\n        name: OrderPlaced\n${message}`);
const PAYLOAD = (schema: string, examples: string) => MESSAGE(`        payload: ${schema}\n        examples: ${examples}\n`);
const RULE = 'event-message-examples-valid';
const SCHEMAS = 'asyncapi-schema-examples';
const PARAMETERS2 = (channel: string, components = '') => A2(`channels:\n  "orders/{region}":\n    parameters:\n      region: ${channel}\n${components}`);

pin([
  [RULE, 'a message without examples', MESSAGE('        payload: { type: integer }\n'), []],
  [
    RULE,
    'an example that is not an object is skipped',
    PAYLOAD('{ type: integer }', '["1", { payload: "2" }]'),
    [
      'event-message-examples-valid@/channels/orders/messages/placed/examples/1/payload 10:36 example 1 of message OrderPlaced: payload the value must be integer',
    ],
  ],
  [
    RULE,
    'a named example is named',
    PAYLOAD('{ type: integer }', '[{ name: two, payload: "2" }]'),
    [
      'event-message-examples-valid@/channels/orders/messages/placed/examples/0/payload 10:42 example "two" of message OrderPlaced: payload the value must be integer',
    ],
  ],
  [RULE, 'an example with headers only leaves the payload alone', PAYLOAD('{ type: integer }', '[{ headers: { id: 1 } }]'), []],
  [
    RULE,
    'invalid headers',
    MESSAGE('        headers: { type: object, properties: { id: { type: integer } } }\n        examples: [{ headers: { id: x }, payload: 2 }]\n'),
    ['event-message-examples-valid@/channels/orders/messages/placed/examples/0/headers 10:31 example 0 of message OrderPlaced: headers /id must be integer'],
  ],
  [
    RULE,
    "an Avro message's JSON headers are still checked",
    MESSAGE(
      '        contentType: application/octet-stream\n        payload: { schemaFormat: application/vnd.apache.avro+json;version=1.9.0, schema: { type: record, name: R, fields: [] } }\n        headers: { type: object, properties: { id: { type: integer } } }\n        examples: [{ headers: { id: x }, payload: {} }]\n',
    ),
    ['event-message-examples-valid@/channels/orders/messages/placed/examples/0/headers 12:31 example 0 of message OrderPlaced: headers /id must be integer'],
  ],
  [
    RULE,
    'the deepest error is told, the first of equals',
    PAYLOAD(
      '{ oneOf: [{ type: string }, { type: object, properties: { c: { type: integer } } }, { type: object, properties: { c: { type: boolean } } }] }',
      '[{ payload: { c: x } }]',
    ),
    ['event-message-examples-valid@/channels/orders/messages/placed/examples/0/payload 10:31 example 0 of message OrderPlaced: payload /c must be integer'],
  ],
  [
    RULE,
    'a multipleOf with decimals',
    PAYLOAD('{ type: number, multipleOf: 0.01 }', '[{ payload: 0.07 }, { payload: 0.071 }]'),
    [
      'event-message-examples-valid@/channels/orders/messages/placed/examples/1/payload 10:50 example 1 of message OrderPlaced: payload the value must be multiple of 0.01',
    ],
  ],
  [
    RULE,
    'a schema with keywords ajv does not know',
    PAYLOAD('{ type: integer, x-unit: cm, example: 1 }', '[{ payload: "1" }]'),
    [
      'event-message-examples-valid@/channels/orders/messages/placed/examples/0/payload 10:31 example 0 of message OrderPlaced: payload the value must be integer',
    ],
  ],
  [
    RULE,
    "a schema ajv's meta-schema rejects is still used",
    PAYLOAD('{ type: integer, description: 7 }', '[{ payload: "1" }]'),
    [
      'event-message-examples-valid@/channels/orders/messages/placed/examples/0/payload 10:31 example 0 of message OrderPlaced: payload the value must be integer',
    ],
  ],
  [
    RULE,
    'a payload whose refs go through two other files',
    {
      'asyncapi.yaml': PAYLOAD('{ $ref: "schemas.yaml#/Order" }', '[{ payload: { total: { amount: "12" } } }]'),
      'schemas.yaml': 'Order:\n  type: object\n  properties:\n    total: { allOf: [{ $ref: "common.yaml#/Money" }] }\n',
      'common.yaml': 'Money:\n  type: object\n  properties:\n    amount: { type: integer }\n',
    },
    [
      'event-message-examples-valid@/channels/orders/messages/placed/examples/0/payload 10:31 example 0 of message OrderPlaced: payload /total/amount must be integer',
    ],
  ],
  [
    SCHEMAS,
    '2.x: an invalid example of a component parameter schema',
    A2(`channels: {}\ncomponents:\n  parameters:\n    region: { schema: { type: string, enum: [eu, us], examples: [eu, ap] } }\n`),
    [
      'asyncapi-schema-examples@/components/parameters/region/schema/examples/1 6:70 the example 1 of the schema of parameter region does not match it: must be one of "eu", "us" {"keyword":"enum","path":""}',
    ],
  ],
  [
    SCHEMAS,
    "2.x: an invalid example of a channel's own parameter schema",
    PARAMETERS2('{ schema: { type: string, enum: [eu, us], examples: [ap] } }'),
    [
      'asyncapi-schema-examples@/channels/orders~1{region}/parameters/region/schema/examples/0 6:68 the example 0 of the schema of parameter region does not match it: must be one of "eu", "us" {"keyword":"enum","path":""}',
    ],
  ],
  [SCHEMAS, "2.x: a channel's parameter that is a valid example", PARAMETERS2('{ schema: { type: string, enum: [eu, us], examples: [eu] } }'), []],
  [
    SCHEMAS,
    '2.x: a referenced component parameter is checked once, where it is written',
    PARAMETERS2(
      '{ $ref: "#/components/parameters/region" }',
      'components:\n  parameters:\n    region: { schema: { type: string, enum: [eu, us], examples: [ap] } }\n',
    ),
    [
      'asyncapi-schema-examples@/components/parameters/region/schema/examples/0 9:66 the example 0 of the schema of parameter region does not match it: must be one of "eu", "us" {"keyword":"enum","path":""}',
    ],
  ],
  [
    SCHEMAS,
    '3.0: parameters have no schema to check',
    A3(
      'channels:\n  orders:\n    address: "orders.{region}"\n    parameters:\n      region: { enum: [eu], examples: [ap], schema: { type: string, enum: [eu], examples: [ap] } }\n',
    ),
    [],
  ],
]);
