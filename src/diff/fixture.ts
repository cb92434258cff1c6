/**
 * Builders for check fixtures: complete OpenAPI 3.0 documents written around one schema, so a
 * check file shows only what differs between base and revision. Schemas are YAML flow
 * mappings ("{ type: string, enum: [a, b] }").
 */

const HEADER = "openapi: 3.0.3\ninfo: { title: fixture, version: '1' }\n";

/** A document from its body (after `info`), indentation normalised. */
export function oas(body: string): string {
  const lines = body.replace(/^\n/, '').replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return `${HEADER}${lines.map((l) => l.slice(indent)).join('\n')}\n`;
}

/** GET /pets with a query parameter `kind` of this schema. */
export function inQuery(schema: string, parameter = 'required: false'): string {
  return oas(`
    paths:
      /pets:
        get:
          parameters: [{ name: kind, in: query, ${parameter}, schema: ${schema} }]
          responses: { '200': { description: ok } }
  `);
}

/** POST /pets whose required JSON request body has this schema. */
export function inRequest(schema: string): string {
  return oas(`
    paths:
      /pets:
        post:
          requestBody: { required: true, content: { application/json: { schema: ${schema} } } }
          responses: { '201': { description: created } }
  `);
}

/** GET /pets whose 200 JSON response has this schema. */
export function inResponse(schema: string): string {
  return oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: ok, content: { application/json: { schema: ${schema} } } } }
  `);
}

/** GET /pets whose 200 response has a header `X-Rate-Limit` of this schema. */
export function inHeader(schema: string, header = 'required: true'): string {
  return oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: ok, headers: { X-Rate-Limit: { ${header}, schema: ${schema} } } } }
  `);
}

/** An object schema with one property `kind` of this schema (required when asked). */
export function withKind(schema: string, required = false): string {
  return `{ type: object, ${required ? 'required: [kind], ' : ''}properties: { kind: ${schema} } }`;
}

/** GET /pets returning and POST /pets accepting this schema, with components Cat and Dog to refer to. */
export function petsBothWays(schema: string): string {
  return oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: ok, content: { application/json: { schema: ${schema} } } } }
        post:
          requestBody: { content: { application/json: { schema: ${schema} } } }
          responses: { '201': { description: created } }
    components:
      schemas:
        Cat: { type: object, properties: { meow: { type: boolean } } }
        Dog: { type: object, properties: { bark: { type: boolean } } }
  `);
}

const ASYNC_HEADER = "asyncapi: 3.0.0\ninfo: { title: fixture, version: '1' }\n";

/** An AsyncAPI 3.0 document from its body (after `info`), indentation normalised. */
export function asyncapi(body: string): string {
  return oas(body).replace(HEADER, ASYNC_HEADER);
}

export interface EventFixture {
  /** What the service does with the messages. */
  action?: 'send' | 'receive';
  /** Messages on the `orders` channel (address `orders.placed`) by name, each a full message object. */
  messages?: Record<string, string>;
  /** Extra fields for the channel (block lines ending in a newline and 4 spaces) and the operation (flow entries ending in ", "). */
  channel?: string;
  operation?: string;
  /** Channels beyond `orders`, as YAML lines indented under `channels`. */
  moreChannels?: string;
  noOperation?: boolean;
}

/** The `orders` channel and the service's `onOrders` operation carrying every message of it. */
export function events({ action = 'send', messages = { OrderPlaced: '{ payload: { type: object } }' }, channel = '', operation = '', moreChannels = '', noOperation = false }: EventFixture): string {
  const names = Object.keys(messages);
  const refs = names.map((name) => `{ $ref: '#/channels/orders/messages/${name}' }`).join(', ');
  return [
    ASYNC_HEADER.trimEnd(),
    'channels:',
    '  orders:',
    `    ${channel}address: orders.placed`,
    '    messages:',
    ...names.map((name) => `      ${name}: ${messages[name]}`),
    ...(moreChannels ? [moreChannels] : []),
    'operations:',
    noOperation ? '  {}' : `  onOrders: { ${operation}action: ${action}, channel: { $ref: '#/channels/orders' }, messages: [${refs}] }`,
    '',
  ].join('\n');
}

/** The service does `action` with one JSON message `OrderPlaced` whose payload is this schema. */
export function inMessage(schema: string, action: 'send' | 'receive' = 'send'): string {
  return events({ action, messages: { OrderPlaced: `{ payload: ${schema} }` } });
}

/** The same with an Avro record payload (`fields` is a JSON array of Avro fields), optionally declaring `x-compatibility`. */
export function inAvroMessage(fields: string, action: 'send' | 'receive' = 'send', compatibility?: string): string {
  const declared = compatibility ? `x-compatibility: ${compatibility}, ` : '';
  return events({ action, messages: { OrderPlaced: `{ ${declared}payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: Order, fields: ${fields} } } }` } });
}
