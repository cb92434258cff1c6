import { A2, A3, OAS, pin } from './pin.js';

/** document-structure (each message form, refs left alone), event-message-name (missing and duplicate names) and event-delivery-semantics' defaults. */
const STRUCTURE = 'document-structure';
const NAME = 'event-message-name';
const DELIVERY = 'event-delivery-semantics';
const MESSAGES3 = (...messages: string[]) =>
  A3(`channels:\n  orders:\n    address: orders\n    messages:\n${messages.map((m, i) => `      m${i}: { ${m} }\n`).join('')}`);
const OP3 = (channel: string, top = '') =>
  A3(`${top}channels:\n  orders: { address: orders${channel} }\noperations:\n  publishOrders: { action: send, channel: { $ref: "#/channels/orders" } }\n`);

pin([
  [STRUCTURE, 'a wrong type', OAS('paths: {}\ntags: [{ name: 5 }]\n'), ['document-structure@/tags/0/name 4:16 must be string {"keyword":"type"}']],
  [
    STRUCTURE,
    'a value outside an enum',
    'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  securitySchemes:\n    k: { type: apiKey, name: k, in: body }\n',
    ['document-structure@/components/securitySchemes/k/in 6:37 must be one of "header", "query", "cookie" {"keyword":"enum"}'],
  ],
  [
    STRUCTURE,
    'a required property missing',
    OAS('paths:\n  /a: { get: { responses: { "200": {} } } }\n'),
    ['document-structure@/paths/~1a/get/responses/200 4:36 required property "description" is missing {"keyword":"required"}'],
  ],
  [
    STRUCTURE,
    '2.0: a wrong scheme',
    'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\nschemes: [gopher]\npaths: {}\n',
    ['document-structure@/schemes/0 3:11 must be one of "http", "https", "ws", "wss" {"keyword":"enum"}'],
  ],
  [
    STRUCTURE,
    'a $ref where an object is wanted is judged by its target',
    OAS(
      'paths:\n  /a: { get: { responses: { "200": { $ref: "#/components/responses/Ok", x-note: n } } } }\ncomponents:\n  responses:\n    Ok: { description: OK }\n',
    ),
    [],
  ],
  [STRUCTURE, 'a $ref that is not a string is left to ref checks', OAS('paths:\n  /a: { get: { responses: { "200": { $ref: 5 } } } }\n'), []],
  [
    NAME,
    '3.0: a message without a name',
    MESSAGES3('payload: { type: string }'),
    ['event-message-name@/channels/orders/messages/m0 7:11 message m0 has no name'],
  ],
  [
    NAME,
    '3.0: an empty name',
    MESSAGES3('name: "", payload: { type: string }'),
    ['event-message-name@/channels/orders/messages/m0 7:11 message m0 has no name'],
  ],
  [
    NAME,
    '2.x: a message with a messageId only',
    A2('channels:\n  orders:\n    publish: { message: { messageId: orderPlaced, payload: { type: string } } }\n'),
    [],
  ],
  [
    NAME,
    '2.x: a message with neither',
    A2('channels:\n  orders:\n    publish: { message: { payload: { type: string } } }\n'),
    ['event-message-name@/channels/orders/publish/message 5:25 message publish orders has no name or messageId'],
  ],
  [
    NAME,
    'two messages with one name',
    MESSAGES3('name: Placed', 'name: Paid', 'name: Placed'),
    ['event-message-name@/channels/orders/messages/m2/name 9:19 message name "Placed" is also used by the message at /channels/orders/messages/m0'],
  ],
  [
    NAME,
    'two messages with one messageId, and names that differ',
    A2('channels:\n  orders:\n    publish: { message: { oneOf: [{ name: A, messageId: same }, { name: B, messageId: same }] } }\n'),
    [
      'event-message-name@/channels/orders/publish/message/oneOf/1/messageId 5:87 message messageId "same" is also used by the message at /channels/orders/publish/message/oneOf/0',
    ],
  ],
  [
    NAME,
    'a name and a messageId with the same text are not duplicates',
    A2('channels:\n  orders:\n    publish: { message: { oneOf: [{ name: same, messageId: a }, { name: b, messageId: same }] } }\n'),
    [],
  ],
  [
    NAME,
    'a non-string name is no name to compare',
    MESSAGES3('name: 1, title: a', 'name: 1, title: b'),
    [
      'event-message-name@/channels/orders/messages/m0 7:11 message m0 has no name',
      'event-message-name@/channels/orders/messages/m1 8:11 message m1 has no name',
    ],
  ],
  [
    DELIVERY,
    'an operation without a value anywhere',
    OP3(''),
    [
      'event-delivery-semantics@/operations/publishOrders 6:18 operation publishOrders does not declare its delivery semantics (x-delivery: at-least-once | at-most-once | exactly-once-effect)',
    ],
  ],
  [DELIVERY, 'the channel declares it for its operations', OP3(', x-delivery: at-least-once'), []],
  [
    DELIVERY,
    'info declares it for the document',
    OP3('', 'info: { title: T, version: 1.0.0, x-delivery: at-most-once }\n').replace('info: { title: T, version: 1.0.0 }\n', ''),
    [],
  ],
  [
    DELIVERY,
    'an invalid value shared by the channel is reported once',
    OP3(', x-delivery: exactly once'),
    [
      'event-delivery-semantics@/channels/orders/x-delivery 4:42 x-delivery "exactly once" is not one of at-least-once, at-most-once, exactly-once-effect; exactly-once delivery is not achievable across a network, say exactly-once-effect for at-least-once delivery with idempotent processing',
    ],
  ],
  [
    DELIVERY,
    'exactly-once without a separator gets the hint',
    OP3(', x-delivery: exactlyonce'),
    [
      'event-delivery-semantics@/channels/orders/x-delivery 4:42 x-delivery "exactlyonce" is not one of at-least-once, at-most-once, exactly-once-effect; exactly-once delivery is not achievable across a network, say exactly-once-effect for at-least-once delivery with idempotent processing',
    ],
  ],
]);
