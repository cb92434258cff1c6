/**
 * Redocly's schema and markdown rules on AsyncAPI (archway's OpenAPI rules of the same job, run on
 * AsyncAPI documents): per rule a failing and a passing document, in 2.x and 3.0, each reached
 * where Redocly reaches it (payload, headers, trait headers, 2.x parameter schemas, components).
 */
const V2 = 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\n';
const V3 = 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\n';
/** A 2.x document whose one message has `payload` (and, when given, `headers`). */
const v2 = (payload: string, headers?: string) =>
  `${V2}channels:\n  orders:\n    subscribe:\n      message:\n${headers ? `        headers: ${headers}\n` : ''}        payload: ${payload}\n`;
/** A 3.0 document whose one message has `payload`. */
const v3 = (payload: string) => `${V3}channels:\n  orders:\n    address: orders\n    messages:\n      placed:\n        payload: ${payload}\n`;

export interface RedoclyAsyncCase {
  /** Redocly's rule name; `rule` is the archway rule that implements it. */
  peer: string;
  rule: string;
  name: string;
  doc: string;
  /** `ruleId@pointer line:col message {data}`, in order. */
  expected: string[];
}

export const REDOCLY_ASYNC_CASES: RedoclyAsyncCase[] = [
  {
    peer: 'no-duplicated-enum-values',
    rule: 'duplicated-entry-in-enum',
    name: '2.x channel parameter schema',
    doc: `${V2}channels:\n  orders/{id}:\n    parameters:\n      id: { schema: { type: string, enum: [a, b, a] } }\n`,
    expected: [
      'duplicated-entry-in-enum@/channels/orders~1{id}/parameters/id/schema/enum/2 6:50 enum value "a" is already listed at enum[0] {"value":"a","first":0}',
    ],
  },
  {
    peer: 'no-duplicated-enum-values',
    rule: 'duplicated-entry-in-enum',
    name: '3.0 trait headers shadowed by the message’s own',
    doc: `${V3}components:\n  messages:\n    placed:\n      headers: { type: object }\n      traits: [{ $ref: "#/components/messageTraits/common" }]\n  messageTraits:\n    common:\n      headers: { type: object, properties: { level: { enum: [x, y, x] } } }\n`,
    expected: [
      'duplicated-entry-in-enum@/components/messageTraits/common/headers/properties/level/enum/2 10:68 enum value "x" is already listed at enum[0] {"value":"x","first":0}',
    ],
  },
  {
    peer: 'no-duplicated-enum-values',
    rule: 'duplicated-entry-in-enum',
    name: '3.0 parameter enum (not a schema: Redocly does not judge it either)',
    doc: `${V3}channels:\n  orders:\n    address: "orders/{id}"\n    parameters:\n      id: { enum: [a, a] }\n`,
    expected: [],
  },
  {
    peer: 'no-enum-type-mismatch',
    rule: 'enum-type-match',
    name: '2.x payload',
    doc: v2('{ type: integer, enum: [1, "2"] }'),
    expected: ['enum-type-match@/channels/orders/subscribe/message/payload/enum/1 7:45 enum value "2" is string, not integer'],
  },
  {
    peer: 'no-enum-type-mismatch',
    rule: 'enum-type-match',
    name: '2.x payload, integer in a number enum',
    doc: v2('{ type: number, enum: [1, 2.5] }'),
    expected: [],
  },
  {
    peer: 'no-enum-type-mismatch',
    rule: 'enum-type-match',
    name: '3.0 multi-format payload',
    doc: v3('{ schemaFormat: "application/schema+json;version=draft-07", schema: { type: string, enum: [a, 1] } }'),
    expected: ['enum-type-match@/channels/orders/messages/placed/payload/schema/enum/1 8:112 enum value 1 is integer, not string'],
  },
  {
    peer: 'no-enum-type-mismatch',
    rule: 'enum-type-match',
    name: '3.0 Avro payload (not JSON Schema)',
    doc: v3('{ schemaFormat: "application/vnd.apache.avro;version=1.9.0", schema: { type: string, enum: [a, 1] } }'),
    expected: [],
  },
  {
    peer: 'no-mixed-number-range-constraints',
    rule: 'no-mixed-number-range-constraints',
    name: '2.x headers',
    doc: v2('{ type: object }', '{ type: object, properties: { n: { type: number, minimum: 1, exclusiveMinimum: 0 } } }'),
    expected: [
      'no-mixed-number-range-constraints@/channels/orders/subscribe/message/headers/properties/n/exclusiveMinimum 7:79 schema has both minimum and exclusiveMinimum {"keyword":"exclusiveMinimum"}',
    ],
  },
  {
    peer: 'no-mixed-number-range-constraints',
    rule: 'no-mixed-number-range-constraints',
    name: '3.0 payload',
    doc: v3('{ type: number, maximum: 9, exclusiveMaximum: 10 }'),
    expected: [
      'no-mixed-number-range-constraints@/channels/orders/messages/placed/payload/exclusiveMaximum 8:46 schema has both maximum and exclusiveMaximum {"keyword":"exclusiveMaximum"}',
    ],
  },
  {
    peer: 'no-mixed-number-range-constraints',
    rule: 'no-mixed-number-range-constraints',
    name: '3.0 one bound',
    doc: v3('{ type: number, exclusiveMaximum: 10 }'),
    expected: [],
  },
  {
    peer: 'no-required-schema-properties-undefined',
    rule: 'schema-required-exists',
    name: '2.x payload',
    doc: v2('{ type: object, required: [id, nmae], properties: { id: { type: string }, name: { type: string } } }'),
    expected: ['schema-required-exists@/channels/orders/subscribe/message/payload/required/1 7:49 "nmae" is required but not declared in properties'],
  },
  {
    peer: 'no-required-schema-properties-undefined',
    rule: 'schema-required-exists',
    name: '3.0 components.schemas',
    doc: `${V3}components:\n  schemas:\n    Money: { type: object, required: [amount], properties: { currency: { type: string } } }\n`,
    expected: ['schema-required-exists@/components/schemas/Money/required/0 5:39 "amount" is required but not declared in properties'],
  },
  {
    peer: 'no-required-schema-properties-undefined',
    rule: 'schema-required-exists',
    name: '3.0 declared',
    doc: v3('{ type: object, required: [id], properties: { id: { type: string } } }'),
    expected: [],
  },
  {
    peer: 'no-schema-type-mismatch',
    rule: 'no-schema-type-mismatch',
    name: '2.x components parameter no channel uses',
    doc: `${V2}channels: {}\ncomponents:\n  parameters:\n    id: { schema: { type: object, items: { type: string } } }\n`,
    expected: [
      'no-schema-type-mismatch@/components/parameters/id/schema/items 6:35 an object schema has items, which applies to arrays only {"type":"object","keyword":"items"}',
    ],
  },
  {
    peer: 'no-schema-type-mismatch',
    rule: 'no-schema-type-mismatch',
    name: '3.0 payload',
    doc: v3('{ type: array, properties: { a: { type: string } } }'),
    expected: [
      'no-schema-type-mismatch@/channels/orders/messages/placed/payload/properties 8:33 an array schema has properties, which applies to objects only {"type":"array","keyword":"properties"}',
    ],
  },
  {
    peer: 'no-schema-type-mismatch',
    rule: 'no-schema-type-mismatch',
    name: '3.0 array with items',
    doc: v3('{ type: array, items: { type: string } }'),
    expected: [],
  },
  {
    peer: 'no-unsafe-markdown',
    rule: 'no-unsafe-markdown',
    name: '2.x channel description',
    doc: `${V2}channels:\n  orders:\n    description: "<img src=x onerror=alert(1)>"\n`,
    expected: ['no-unsafe-markdown@/channels/orders/description 5:18 description contains an HTML event handler attribute {"field":"description"}'],
  },
  {
    peer: 'no-unsafe-markdown',
    rule: 'no-unsafe-markdown',
    name: '3.0 parameter description',
    doc: `${V3}channels:\n  orders:\n    address: "orders/{id}"\n    parameters:\n      id: { description: "[x](javascript:alert(1))" }\n`,
    expected: ['no-unsafe-markdown@/channels/orders/parameters/id/description 7:26 description contains a javascript: URL {"field":"description"}'],
  },
  {
    peer: 'no-unsafe-markdown',
    rule: 'no-unsafe-markdown',
    name: '3.0 a link',
    doc: `${V3}channels:\n  orders:\n    description: "[guide](https://example.com/guide)"\n`,
    expected: [],
  },
  {
    peer: 'spec-ref-siblings',
    rule: 'no-ref-siblings',
    name: '2.x parameter beside its $ref',
    doc: `${V2}channels:\n  orders/{id}:\n    parameters:\n      id: { $ref: "#/components/parameters/id", description: Id. }\ncomponents:\n  parameters:\n    id: { schema: { type: string } }\n`,
    expected: ['no-ref-siblings@/channels/orders~1{id}/parameters/id/description 6:49 description beside $ref is ignored {"key":"description"}'],
  },
  {
    peer: 'spec-ref-siblings',
    rule: 'no-ref-siblings',
    name: '3.1 schema beside its $ref (AsyncAPI 3.1 keeps the rule)',
    doc: `asyncapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\ncomponents:\n  schemas:\n    Id: { type: string }\n    Order: { type: object, properties: { id: { $ref: "#/components/schemas/Id", description: The id } } }\n`,
    expected: ['no-ref-siblings@/components/schemas/Order/properties/id/description 6:81 description beside $ref is ignored {"key":"description"}'],
  },
  {
    peer: 'spec-ref-siblings',
    rule: 'no-ref-siblings',
    name: '3.0 wrapped in allOf',
    doc: `${V3}components:\n  schemas:\n    Id: { type: string }\n    Order: { type: object, properties: { id: { allOf: [{ $ref: "#/components/schemas/Id" }], description: The id } } }\n`,
    expected: [],
  },
];
