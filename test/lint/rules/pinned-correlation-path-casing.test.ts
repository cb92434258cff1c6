import { A3, OAS, pin } from './pin.js';

/** event-correlation-id-location (each way a location misses) and path-casing-consistent (what a segment's casing is, the majority and ties). */
const CORRELATION = (location: string, message = '') =>
  A3(
    `channels:\n  quotes:\n    address: quotes\n    messages:\n      request:\n        name: QuoteRequested\n        correlationId: { ${location} }\n${message}`,
  );
const PAYLOAD = (schema: string) => `        payload: ${schema}\n`;
const HEADERS = '        headers: { type: object, properties: { id: { type: string } } }\n';
const PATHS = (...paths: string[]) => OAS(`paths:\n${paths.map((p) => `  ${p}: { get: { responses: { "200": { description: OK } } } }\n`).join('')}`);
const LOCATION = 'event-correlation-id-location';
const CASING = 'path-casing-consistent';

pin([
  [
    LOCATION,
    'not a runtime expression',
    CORRELATION('location: "$message.body#/id"', HEADERS),
    [
      'event-correlation-id-location@/channels/quotes/messages/request/correlationId/location 9:36 correlationId of message QuoteRequested has location "$message.body#/id", not a $message.header#/… or $message.payload#/… expression',
    ],
  ],
  [
    LOCATION,
    'a location that is not a string',
    CORRELATION('location: 5', HEADERS),
    [
      'event-correlation-id-location@/channels/quotes/messages/request/correlationId 9:24 correlationId of message QuoteRequested has location 5, not a $message.header#/… or $message.payload#/… expression',
    ],
  ],
  [
    LOCATION,
    'no location at all',
    CORRELATION('description: d', HEADERS),
    [
      'event-correlation-id-location@/channels/quotes/messages/request/correlationId 9:24 correlationId of message QuoteRequested has location undefined, not a $message.header#/… or $message.payload#/… expression',
    ],
  ],
  [
    LOCATION,
    'into headers the message does not declare',
    CORRELATION('location: "$message.header#/id"', PAYLOAD('{ type: object, properties: { id: { type: string } } }')),
    [
      'event-correlation-id-location@/channels/quotes/messages/request/correlationId/location 9:36 correlationId of message QuoteRequested points into its headers, which it does not declare',
    ],
  ],
  [
    LOCATION,
    'into a payload the message does not declare',
    CORRELATION('location: "$message.payload#/id"', HEADERS),
    [
      'event-correlation-id-location@/channels/quotes/messages/request/correlationId/location 9:36 correlationId of message QuoteRequested points into its payload, which it does not declare',
    ],
  ],
  [
    LOCATION,
    'a missing payload field',
    CORRELATION('location: "$message.payload#/id"', PAYLOAD('{ type: object, properties: { key: { type: string } } }')),
    [
      `event-correlation-id-location@/channels/quotes/messages/request/correlationId/location 9:36 correlationId of message QuoteRequested points at payload field "id", which the message's payload does not declare`,
    ],
  ],
  [
    LOCATION,
    'a missing nested field',
    CORRELATION(
      'location: "$message.payload#/meta/traceId"',
      PAYLOAD('{ type: object, properties: { meta: { type: object, properties: { spanId: { type: string } } } } }'),
    ),
    [
      `event-correlation-id-location@/channels/quotes/messages/request/correlationId/location 9:36 correlationId of message QuoteRequested points at payload field "traceId", which the message's payload does not declare`,
    ],
  ],
  [
    LOCATION,
    'a declared nested field',
    CORRELATION(
      'location: "$message.payload#/meta/traceId"',
      PAYLOAD('{ type: object, properties: { meta: { type: object, properties: { traceId: { type: string } } } } }'),
    ),
    [],
  ],
  [LOCATION, 'an open payload may hold the field', CORRELATION('location: "$message.payload#/id"', PAYLOAD('{ type: object }')), []],
  [
    LOCATION,
    'a field of an allOf member',
    CORRELATION('location: "$message.payload#/id"', PAYLOAD('{ allOf: [{ properties: { id: { type: string } } }] }')),
    [],
  ],
  [
    LOCATION,
    'no such field in the allOf members',
    CORRELATION('location: "$message.payload#/key"', PAYLOAD('{ allOf: [{ properties: { id: { type: string } } }] }')),
    [
      `event-correlation-id-location@/channels/quotes/messages/request/correlationId/location 9:36 correlationId of message QuoteRequested points at payload field "key", which the message's payload does not declare`,
    ],
  ],
  [
    LOCATION,
    'no such field in the oneOf members',
    CORRELATION('location: "$message.payload#/key"', PAYLOAD('{ oneOf: [{ properties: { id: { type: string } } }] }')),
    [
      `event-correlation-id-location@/channels/quotes/messages/request/correlationId/location 9:36 correlationId of message QuoteRequested points at payload field "key", which the message's payload does not declare`,
    ],
  ],
  [
    LOCATION,
    'no such field in the anyOf members',
    CORRELATION('location: "$message.payload#/key"', PAYLOAD('{ anyOf: [{ properties: { id: { type: string } } }] }')),
    [
      `event-correlation-id-location@/channels/quotes/messages/request/correlationId/location 9:36 correlationId of message QuoteRequested points at payload field "key", which the message's payload does not declare`,
    ],
  ],
  [
    CASING,
    'three-word kebab-case and snake_case segments',
    PATHS('/order-line-items', '/gift-card-codes', '/shipping_address_lines'),
    ['path-casing-consistent@/paths/~1shipping_address_lines 6:3 path /shipping_address_lines uses snake case where 2 segments use kebab case'],
  ],
  [
    CASING,
    'capitalised and suffixed segments are not kebab or snake',
    PATHS('/order-items', '/gift-cards', '/Order_items', '/order_items.json', '/Shipping-labels', '/labels-v2.csv'),
    [],
  ],
  [CASING, 'PascalCase and suffixed segments are not camelCase', PATHS('/order_items', '/gift_cards', '/OrderItems', '/giftCards.json'), []],
  [
    CASING,
    'a digit inside a segment is still cased; a leading digit is a name',
    PATHS('/order_items', '/gift_cards', '/item-v2', '/2fa-codes'),
    ['path-casing-consistent@/paths/~1item-v2 6:3 path /item-v2 uses kebab case where 2 segments use snake case'],
  ],
  [
    CASING,
    'a tie goes to the alphabetically first casing (kebab first)',
    PATHS('/order-items', '/gift_cards'),
    ['path-casing-consistent@/paths/~1gift_cards 5:3 path /gift_cards uses snake case where 1 segments use kebab case'],
  ],
  [
    CASING,
    'a tie goes to the alphabetically first casing (snake first)',
    PATHS('/gift_cards', '/order-items'),
    ['path-casing-consistent@/paths/~1gift_cards 4:3 path /gift_cards uses snake case where 1 segments use kebab case'],
  ],
  [
    CASING,
    'the majority wins when it comes last',
    PATHS('/order-items', '/gift_cards', '/shipping_labels'),
    ['path-casing-consistent@/paths/~1order-items 4:3 path /order-items uses kebab case where 2 segments use snake case'],
  ],
  [CASING, 'camelCase action segments stand apart', PATHS('/order-items/{id}/addFollowers', '/gift-cards'), []],
  [CASING, 'parameters and lower-case words take no side', PATHS('/orders/{orderId}', '/{tenant_id}/carts'), []],
]);
