import { A3, OAS, pin } from './pin.js';

/** event-message-discriminable (fixed values, flows, once per message) and request-bounded (each kind of bound, direction, names). */
const FLOW = (messages: string, operations: string) => A3(`channels:\n  socket:\n    address: /\n    messages:\n${messages}operations:\n${operations}`);
const MSG = (name: string, properties: string) => `      ${name}: { name: ${name}, payload: { type: object, properties: { ${properties} } } }\n`;
const SEND = (id: string, messages: string[], action = 'send') =>
  `  ${id}: { action: ${action}, channel: { $ref: "#/channels/socket" }, messages: [${messages.map((m) => `{ $ref: "#/channels/socket/messages/${m}" }`).join(', ')}] }\n`;
const BODY = (schema: string) =>
  OAS(
    `paths:\n  /a:\n    post:\n      requestBody: { content: { application/json: { schema: ${schema} } } }\n      responses: { "201": { description: OK } }\n`,
  );
const PROPERTY = (schema: string) => BODY(`{ type: object, properties: { p: ${schema} } }`);
const DISCRIMINABLE = 'event-message-discriminable';
const BOUNDED = 'request-bounded';

pin([
  [
    DISCRIMINABLE,
    'one-value enums alike',
    FLOW(MSG('a', 'type: { enum: [x] }') + MSG('b', 'type: { enum: [x] }'), SEND('s', ['a', 'b'])),
    [
      'event-message-discriminable@/channels/socket/messages/b/payload 8:30 messages a and b on channel socket both declare type "x"; consumers cannot tell them apart',
    ],
  ],
  [DISCRIMINABLE, 'two-value enums fix nothing', FLOW(MSG('a', 'type: { enum: [x, y] }') + MSG('b', 'type: { enum: [x, y] }'), SEND('s', ['a', 'b'])), []],
  [
    DISCRIMINABLE,
    'two fixed values declared in another order, beside a free one',
    FLOW(
      MSG('a', 'type: { const: x }, version: { const: 1 }, at: { type: string }') + MSG('b', 'at: { type: string }, version: { const: 1 }, type: { const: x }'),
      SEND('s', ['a', 'b']),
    ),
    [
      'event-message-discriminable@/channels/socket/messages/b/payload 8:30 messages a and b on channel socket both declare type "x", version 1; consumers cannot tell them apart',
    ],
  ],
  [
    DISCRIMINABLE,
    'falsy fixed values count',
    FLOW(MSG('a', 'on: { const: false }') + MSG('b', 'on: { const: false }'), SEND('s', ['a', 'b'])),
    [
      'event-message-discriminable@/channels/socket/messages/b/payload 8:30 messages a and b on channel socket both declare on false; consumers cannot tell them apart',
    ],
  ],
  [
    DISCRIMINABLE,
    'a const in an allOf member refines the envelope',
    FLOW(
      '      a: { name: a, payload: { allOf: [{ properties: { type: { type: string } } }, { properties: { type: { const: x } } }] } }\n' +
        MSG('b', 'type: { const: x }'),
      SEND('s', ['a', 'b']),
    ),
    [
      'event-message-discriminable@/channels/socket/messages/b/payload 8:30 messages a and b on channel socket both declare type "x"; consumers cannot tell them apart',
    ],
  ],
  [DISCRIMINABLE, 'a message without a payload', FLOW('      a: { name: a }\n      b: { name: b }\n', SEND('s', ['a', 'b'])), []],
  [
    DISCRIMINABLE,
    'two operations sending on one channel are one flow',
    FLOW(MSG('a', 'type: { const: x }') + MSG('b', 'type: { const: x }'), SEND('s1', ['a']) + SEND('s2', ['b'])),
    [
      'event-message-discriminable@/channels/socket/messages/b/payload 8:30 messages a and b on channel socket both declare type "x"; consumers cannot tell them apart',
    ],
  ],
  [
    DISCRIMINABLE,
    'sent and received are different flows',
    FLOW(MSG('a', 'type: { const: x }') + MSG('b', 'type: { const: x }'), SEND('s1', ['a']) + SEND('r1', ['b'], 'receive')),
    [],
  ],
  [
    DISCRIMINABLE,
    'a message alike in two flows is reported once',
    FLOW(MSG('a', 'type: { const: x }') + MSG('b', 'type: { const: x }'), SEND('s1', ['a', 'b']) + SEND('r1', ['a', 'b'], 'receive')),
    [
      'event-message-discriminable@/channels/socket/messages/b/payload 8:30 messages a and b on channel socket both declare type "x"; consumers cannot tell them apart',
    ],
  ],
  [
    BOUNDED,
    'a response is not a request',
    OAS('paths:\n  /a:\n    get:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: string } } } } }\n'),
    [],
  ],
  [
    BOUNDED,
    'an unnamed request string',
    BODY('{ type: string }'),
    ['request-bounded@/paths/~1a/post/requestBody/content/application~1json/schema 6:61 request string has no maxLength'],
  ],
  [
    BOUNDED,
    'a nullable string, YAML null',
    PROPERTY('{ type: [string, null] }'),
    ['request-bounded@/paths/~1a/post/requestBody/content/application~1json/schema/properties/p 6:94 request string "p" has no maxLength'],
  ],
  [BOUNDED, 'a const string', PROPERTY('{ type: string, const: x }'), []],
  [BOUNDED, 'a patterned string', PROPERTY('{ type: string, pattern: "^[a-z]{1,8}$" }'), []],
  [BOUNDED, 'a uuid string', PROPERTY('{ type: string, format: uuid }'), []],
  [
    BOUNDED,
    'an array without maxItems',
    PROPERTY('{ type: array, items: { type: boolean } }'),
    ['request-bounded@/paths/~1a/post/requestBody/content/application~1json/schema/properties/p 6:94 request array "p" has no maxItems'],
  ],
  [BOUNDED, 'an array with maxItems', PROPERTY('{ type: array, maxItems: 10, items: { type: boolean } }'), []],
  [
    BOUNDED,
    'an integer without maximum',
    PROPERTY('{ type: integer }'),
    ['request-bounded@/paths/~1a/post/requestBody/content/application~1json/schema/properties/p 6:94 request integer "p" has no maximum'],
  ],
  [
    BOUNDED,
    'a number without maximum',
    PROPERTY('{ type: number }'),
    ['request-bounded@/paths/~1a/post/requestBody/content/application~1json/schema/properties/p 6:94 request number "p" has no maximum'],
  ],
  [BOUNDED, 'a number with an exclusive maximum', PROPERTY('{ type: number, exclusiveMaximum: 10 }'), []],
  [BOUNDED, 'an integer enum', PROPERTY('{ type: integer, enum: [1, 2] }'), []],
  [BOUNDED, 'an integer with maximum', PROPERTY('{ type: integer, maximum: 10 }'), []],
]);
