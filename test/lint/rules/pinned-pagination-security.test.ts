import { OAS, pin } from './pin.js';

/** pagination-collection (what a list response is, which parameters page it) and operation-security-defined (undeclared, missing, public). */
const LIST = (schema: string, parameters = '', path = '/orders', components = '') =>
  OAS(
    `paths:\n  ${path}:\n    get:\n      parameters: [${parameters}]\n      responses: { "200": { description: OK, content: { application/json: { schema: ${schema} } } } }\n${components}`,
  );
const Q = (name: string) => `{ name: ${name}, in: query, schema: { type: integer } }`;
const ARRAY = '{ type: array, items: { type: object } }';
const OP = (path: string, more = '') => `  ${path}:\n    get: { ${more}responses: { "200": { description: OK } } }\n`;
const SECURITY = (top: string, ...ops: string[]) => OAS(`${top}paths:\n${ops.join('')}`);
const PAGES = 'pagination-collection';
const SECURED = 'operation-security-defined';

pin([
  [PAGES, 'a top-level array', LIST(ARRAY), ['pagination-collection@/paths/~1orders/get 6:7 GET /orders returns a list without pagination parameters']],
  [
    PAGES,
    'a list field named in capitals',
    LIST(`{ type: object, properties: { Items: ${ARRAY} } }`),
    ['pagination-collection@/paths/~1orders/get 6:7 GET /orders returns a list without pagination parameters'],
  ],
  [
    PAGES,
    'a list field through a ref',
    LIST('{ type: object, properties: { data: { $ref: "#/components/schemas/L" } } }', '', '/orders', `components:\n  schemas:\n    L: ${ARRAY}\n`),
    ['pagination-collection@/paths/~1orders/get 6:7 GET /orders returns a list without pagination parameters'],
  ],
  [PAGES, 'an array field with another name', LIST(`{ type: object, properties: { tags: ${ARRAY}, lineItems: ${ARRAY}, items_total: ${ARRAY} } }`), []],
  [PAGES, 'an items field that is not an array', LIST('{ type: object, properties: { items: { type: object } } }'), []],
  [PAGES, 'a schema that is not an object', LIST('true'), []],
  [PAGES, 'an item GET is no collection', LIST(ARRAY, '{ name: id, in: path, required: true, schema: { type: string } }', '/orders/{id}'), []],
  [
    PAGES,
    'a list in the second of two bodies',
    OAS(
      `paths:\n  /orders:\n    get:\n      responses: { "200": { description: OK, content: { text/csv: { schema: { type: string } }, application/json: { schema: ${ARRAY} } } } }\n`,
    ),
    ['pagination-collection@/paths/~1orders/get 6:7 GET /orders returns a list without pagination parameters'],
  ],
  [PAGES, 'a page size and an offset', LIST(ARRAY, `${Q('limit')}, ${Q('offset')}`), []],
  [PAGES, 'an offset alone', LIST(ARRAY, Q('offset')), []],
  [PAGES, 'a cursor alone', LIST(ARRAY, '{ name: cursor, in: query, schema: { type: string } }'), []],
  [
    SECURED,
    'no security anywhere: one finding for the document, three examples',
    SECURITY('', OP('/a'), OP('/b'), OP('/c'), OP('/d')),
    [
      'operation-security-defined@/paths 3:1 the document declares no security at all: none of its 4 operations says how it is authenticated or that it is public {"operations":4,"examples":["GET /a","GET /b","GET /c"]}',
    ],
  ],
  [
    SECURED,
    'no security anywhere and one operation',
    SECURITY('', OP('/a')),
    ['operation-security-defined@/paths/~1a/get 5:10 GET /a has no security requirement at operation or document level'],
  ],
  [
    SECURED,
    '2.0: security definitions, no requirement',
    'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\nsecurityDefinitions: { k: { type: basic } }\npaths:\n' + OP('/a') + OP('/b'),
    [
      'operation-security-defined@/paths/~1a/get 6:10 GET /a has no security requirement at operation or document level',
      'operation-security-defined@/paths/~1b/get 8:10 GET /b has no security requirement at operation or document level',
    ],
  ],
  [
    SECURED,
    'schemes in components, no requirement',
    SECURITY('components: { securitySchemes: { k: { type: http, scheme: bearer } } }\n', OP('/a'), OP('/b')),
    [
      'operation-security-defined@/paths/~1a/get 6:10 GET /a has no security requirement at operation or document level',
      'operation-security-defined@/paths/~1b/get 8:10 GET /b has no security requirement at operation or document level',
    ],
  ],
  [
    SECURED,
    'one operation declares security, two do not',
    SECURITY('', OP('/a', 'security: [{ k: [] }], '), OP('/b'), OP('/c')),
    [
      'operation-security-defined@/paths/~1b/get 7:10 GET /b has no security requirement at operation or document level',
      'operation-security-defined@/paths/~1c/get 9:10 GET /c has no security requirement at operation or document level',
    ],
  ],
  [SECURED, 'a root requirement covers every operation', SECURITY('security: [{ k: [] }]\n', OP('/a'), OP('/b')), []],
  [
    SECURED,
    'public without a reason',
    SECURITY('security: [{ k: [] }]\n', OP('/a', 'security: [], description: Lists things., ')),
    ['operation-security-defined@/paths/~1a/get 6:10 GET /a is public (security: []) without saying why'],
  ],
  [SECURED, 'public, the summary says why', SECURITY('security: [{ k: [] }]\n', OP('/a', 'security: [], summary: Anonymous health probe, ')), []],
  [
    SECURED,
    'public, the description says why',
    SECURITY('security: [{ k: [] }]\n', OP('/a', 'security: [], description: "Does not require any form of authentication.", ')),
    [],
  ],
  [SECURED, 'an OAuth token endpoint needs no reason', SECURITY('security: [{ k: [] }]\n', OP('/oauth2/token', 'security: [], ')), []],
  [SECURED, 'an operation requirement that is not empty', SECURITY('security: [{ k: [] }]\n', OP('/a', 'security: [{ k: [] }], ')), []],
]);
