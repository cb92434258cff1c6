import { A3, OAS, pin } from './pin.js';

/** pagination-next-link (which operations page, which answers need a next link) and event-dead-letter (where a dead-letter destination may be declared). */
const PAGED = (parameters: string, responses: string, method = 'get') =>
  OAS(`paths:\n  /orders:\n    ${method}:\n      parameters: [${parameters}]\n      responses: { ${responses} }\n`);
const Q = (name: string, where = 'query') => `{ name: ${name}, in: ${where}, schema: { type: string } }`;
const BODY = (schema: string, code = '200', more = '') => `"${code}": { description: OK${more}, content: { application/json: { schema: ${schema} } } }`;
const ITEMS = '{ type: object, properties: { items: { type: array } } }';
const RECEIVE = (channel: string, top = '') =>
  A3(`${top}channels:\n  orders: { address: orders.v1${channel} }\noperations:\n  consume: { action: receive, channel: { $ref: "#/channels/orders" } }\n`);
/** A dead-letter key `levels` objects below the channel's bindings. */
const NESTED = (levels: number) => {
  let value = '{ deadLetterQueue: { name: dlq } }';
  for (let i = levels - 1; i > 0; i--) value = `{ l${i}: ${value} }`;
  return `, bindings: { sqs: ${value} }`;
};
const NEXT = 'pagination-next-link';
const DLQ = 'event-dead-letter';

pin([
  [NEXT, 'start beside end is a time range', PAGED(`${Q('start')}, ${Q('end')}`, BODY(ITEMS)), []],
  [
    NEXT,
    'start alone is an offset',
    PAGED(Q('start'), BODY(ITEMS)),
    ['pagination-next-link@/paths/~1orders/get/responses/200 7:27 GET /orders 200 is paginated but returns no next cursor or link'],
  ],
  [
    NEXT,
    'an end header does not make start a range',
    PAGED(`${Q('start')}, ${Q('end', 'header')}`, BODY(ITEMS)),
    ['pagination-next-link@/paths/~1orders/get/responses/200 7:27 GET /orders 200 is paginated but returns no next cursor or link'],
  ],
  [NEXT, 'keyset paging needs no link', PAGED(Q('after'), BODY(ITEMS)), []],
  [
    NEXT,
    'a cursor and an offset',
    PAGED(`${Q('cursor')}, ${Q('offset')}`, BODY(ITEMS)),
    ['pagination-next-link@/paths/~1orders/get/responses/200 7:27 GET /orders 200 is paginated but returns no next cursor or link'],
  ],
  [NEXT, 'a POST is not paged', PAGED(Q('cursor'), BODY(ITEMS), 'post'), []],
  [
    NEXT,
    'a 206 partial answer pages too',
    PAGED(Q('cursor'), BODY(ITEMS, '206')),
    ['pagination-next-link@/paths/~1orders/get/responses/206 7:27 GET /orders 206 is paginated but returns no next cursor or link'],
  ],
  [NEXT, 'a 202 is no page', PAGED(Q('cursor'), BODY(ITEMS, '202')), []],
  [NEXT, 'a Link header is the next link', PAGED(Q('cursor'), BODY(ITEMS, '200', ', headers: { Link: { schema: { type: string } } }')), []],
  [NEXT, 'an answer without a body', PAGED(Q('cursor'), '"200": { description: OK }'), []],
  [
    NEXT,
    'a next field in one of two bodies',
    PAGED(
      Q('cursor'),
      `"200": { description: OK, content: { text/csv: { schema: { type: string } }, application/json: { schema: { type: object, properties: { next_cursor: { type: string } } } } } }`,
    ),
    [],
  ],
  [
    NEXT,
    'an allOf body may hold the link',
    PAGED(Q('cursor'), BODY('{ allOf: [{ $ref: "#/components/schemas/Page" }] }')) + 'components:\n  schemas:\n    Page: { type: object }\n',
    [],
  ],
  [DLQ, 'a dead-letter key six objects below the bindings', RECEIVE(NESTED(6)), []],
  [
    DLQ,
    'a dead-letter key seven objects below is not looked for',
    RECEIVE(NESTED(7)),
    [
      'event-dead-letter@/operations/consume 6:12 receive operation consume on channel orders declares no dead-letter destination for messages it cannot process (x-dlq or a redrive binding)',
    ],
  ],
  [
    DLQ,
    'null binding values',
    RECEIVE(', bindings: { sqs: { queue: null } }'),
    [
      'event-dead-letter@/operations/consume 6:12 receive operation consume on channel orders declares no dead-letter destination for messages it cannot process (x-dlq or a redrive binding)',
    ],
  ],
  [DLQ, 'x- bindings name no protocol', RECEIVE(', bindings: { x-custom: { a: 1 } }', 'servers:\n  prod: { host: api.example.com, protocol: https }\n'), []],
  [DLQ, 'only direct protocols', RECEIVE('', 'servers:\n  prod: { host: api.example.com, protocol: wss }\n'), []],
  [DLQ, 'the channel declares x-dlq', RECEIVE(', x-dlq: false', 'servers:\n  prod: { host: b.example.com, protocol: amqp }\n'), []],
  [DLQ, 'the document declares x-dlq', RECEIVE('', 'x-dlq: { maxRetries: 3 }\nservers:\n  prod: { host: b.example.com, protocol: amqp }\n'), []],
  [
    DLQ,
    "an operation's binding with a redrive policy",
    A3(
      'servers:\n  prod: { host: b.example.com, protocol: sqs }\nchannels:\n  orders: { address: orders.v1 }\noperations:\n  consume: { action: receive, channel: { $ref: "#/channels/orders" }, bindings: { sqs: { queues: [{ name: q, redrivePolicy: { maxReceiveCount: 3 } }] } } }\n',
    ),
    [],
  ],
]);
