import { A2, A3, pin } from './pin.js';

/** event-schema-version: every way a channel or a message says its version, and the message that says which channels are unversioned. */
const MSG = (message: string, channel = 'address: orders.placed', top = '') =>
  A3(`${top}channels:\n  orders:\n    ${channel}\n    messages:\n      placed: { ${message} }\n`);
const PAYLOAD = (property: string) => MSG(`name: OrderPlaced, payload: { type: object, properties: { ${property}: { type: string } } }`);
const SERVERS = (...servers: string[]) => `servers:\n${servers.map((s, i) => `  s${i}: { ${s}, protocol: kafka }\n`).join('')}`;
const SHARED = (a: string, b: string, message = 'name: OrderPlaced') =>
  A3(
    `channels:\n  a: { address: ${a}, messages: { placed: { $ref: "#/components/messages/placed" } } }\n  b: { address: ${b}, messages: { placed: { $ref: "#/components/messages/placed" } } }\ncomponents:\n  messages:\n    placed: { ${message} }\n`,
  );
const RULE = 'event-schema-version';

pin([
  [RULE, 'the channel declares x-schema-version', MSG('name: OrderPlaced', 'address: orders.placed\n    x-schema-version: 2'), []],
  [RULE, 'the address has a version parameter', MSG('name: OrderPlaced', 'address: "orders.{schemaVersion}"'), []],
  [
    RULE,
    'the address has another parameter',
    MSG('name: OrderPlaced', 'address: "orders.{region}"'),
    [
      'event-schema-version@/channels/orders/messages/placed 7:15 message OrderPlaced carries no schema version (no x-schema-version, version field, versioned name or content type) and its channel orders is unversioned',
    ],
  ],
  [
    RULE,
    "every server's path is versioned",
    MSG('name: OrderPlaced', 'address: orders', SERVERS('host: broker.example.com, pathname: /v1', 'host: b2.example.com, pathname: /v1')),
    [],
  ],
  [
    RULE,
    "one server's path is not versioned",
    MSG('name: OrderPlaced', 'address: orders', SERVERS('host: broker.example.com, pathname: /v1', 'host: b2.example.com')),
    [
      'event-schema-version@/channels/orders/messages/placed 10:15 message OrderPlaced carries no schema version (no x-schema-version, version field, versioned name or content type) and its channel orders is unversioned',
    ],
  ],
  [
    RULE,
    '2.x: the server URL path is versioned',
    A2('servers:\n  s: { url: "mqtt://broker.example.com/v2", protocol: mqtt }\nchannels:\n  orders:\n    subscribe: { message: { name: OrderPlaced } }\n'),
    [],
  ],
  [
    RULE,
    '2.x: a server URL without a scheme, its path versioned',
    A2('servers:\n  s: { url: "broker.example.com/v2", protocol: mqtt }\nchannels:\n  orders:\n    subscribe: { message: { name: OrderPlaced } }\n'),
    [],
  ],
  [
    RULE,
    '2.x: a version in the server host is not a versioned path',
    A2('servers:\n  s: { url: "mqtt://v2.broker.example.com", protocol: mqtt }\nchannels:\n  orders:\n    subscribe: { message: { name: OrderPlaced } }\n'),
    [
      'event-schema-version@/channels/orders/subscribe/message 7:27 message OrderPlaced carries no schema version (no x-schema-version, version field, versioned name or content type) and its channel orders is unversioned',
    ],
  ],
  [RULE, 'the message declares x-schema-version', MSG('name: OrderPlaced, x-schema-version: 1'), []],
  [RULE, 'the message name ends in its version', MSG('name: OrderPlacedV1'), []],
  [RULE, 'the messageId ends in its version', MSG('name: OrderPlaced, messageId: order.placed.v2'), []],
  [
    RULE,
    'the message key ends in its version',
    A3('channels:\n  orders:\n    address: orders\n    messages:\n      placed_3: { payload: { type: string } }\n'),
    [],
  ],
  [RULE, 'a version parameter in the content type', MSG('name: OrderPlaced, contentType: "application/json; version=2"'), []],
  [RULE, 'a vendor content type with its version', MSG('name: OrderPlaced, contentType: application/vnd.acme.order.v2+json'), []],
  [
    RULE,
    'a content type without a version',
    MSG('name: OrderPlaced, contentType: application/vnd.acme.order+json'),
    [
      'event-schema-version@/channels/orders/messages/placed 7:15 message OrderPlaced carries no schema version (no x-schema-version, version field, versioned name or content type) and its channel orders is unversioned',
    ],
  ],
  [RULE, 'a Kafka schema id location (a schema registry)', MSG('name: OrderPlaced, bindings: { kafka: { schemaIdLocation: header } }'), []],
  [
    RULE,
    'Kafka bindings without a schema id location',
    MSG('name: OrderPlaced, bindings: { kafka: { key: { type: string } } }'),
    [
      'event-schema-version@/channels/orders/messages/placed 7:15 message OrderPlaced carries no schema version (no x-schema-version, version field, versioned name or content type) and its channel orders is unversioned',
    ],
  ],
  [RULE, 'a schemaVersion payload field', PAYLOAD('schemaVersion'), []],
  [RULE, 'a CloudEvents dataschema header', MSG('name: OrderPlaced, headers: { type: object, properties: { ce_dataschema: { type: string } } }'), []],
  [RULE, 'an event_version payload field', PAYLOAD('event_version'), []],
  [
    RULE,
    'a versionNote payload field is not a version',
    PAYLOAD('versionNote'),
    [
      'event-schema-version@/channels/orders/messages/placed 7:15 message OrderPlaced carries no schema version (no x-schema-version, version field, versioned name or content type) and its channel orders is unversioned',
    ],
  ],
  [
    RULE,
    'a message on two unversioned channels',
    SHARED('orders', 'orders.placed'),
    [
      'event-schema-version@/components/messages/placed 8:13 message OrderPlaced carries no schema version (no x-schema-version, version field, versioned name or content type) and its channels a, b are unversioned',
    ],
  ],
  [
    RULE,
    'a message on a versioned and an unversioned channel',
    SHARED('orders.v1', 'orders.placed'),
    [
      'event-schema-version@/components/messages/placed 8:13 message OrderPlaced carries no schema version (no x-schema-version, version field, versioned name or content type) and its channel b is unversioned',
    ],
  ],
  [RULE, 'a message on two versioned channels', SHARED('orders.v1', 'orders.placed.v2'), []],
  [
    RULE,
    'a component message on no channel',
    A3('channels: {}\ncomponents:\n  messages:\n    placed: { name: OrderPlaced }\n'),
    [
      'event-schema-version@/components/messages/placed 6:13 message OrderPlaced carries no schema version (no x-schema-version, version field, versioned name or content type)',
    ],
  ],
]);
