import { OAS, pin } from './pin.js';

/** error-schema-consistent (which bodies are shapes, refs compared by target, the majority) and array-parameter-serialization. */
const ERRORS = (...bodies: string[]) =>
  OAS(
    `paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK }\n${bodies.map((b, i) => `        "${400 + i}": { description: E, content: { ${b} } }\n`).join('')}`,
  );
const JSON_BODY = (schema: string) => `application/json: { schema: ${schema} }`;
const MESSAGE = '{ type: object, properties: { message: { type: string } } }';
const CODE = '{ type: object, properties: { code: { type: string } } }';
const PARAMETER = (parameter: string, components = '') =>
  OAS(`paths:\n  /a: { get: { parameters: [{ name: id, in: query, ${parameter} }], responses: { "200": { description: OK } } } }\n${components}`);
const ARRAY = 'schema: { type: array, items: { type: string } }';
const CONSISTENT = 'error-schema-consistent';
const SERIALIZED = 'array-parameter-serialization';

pin([
  [
    CONSISTENT,
    'the majority comes last',
    ERRORS(JSON_BODY(MESSAGE), JSON_BODY(CODE), JSON_BODY(CODE)),
    [
      'error-schema-consistent@/paths/~1a/get/responses/400 8:16 GET /a 400 uses a different error schema than the 2 error responses like GET /a 401 (2 error shapes in the API) {"shapes":2}',
    ],
  ],
  [
    CONSISTENT,
    "OAuth 2.0's error shape is left out",
    ERRORS(JSON_BODY(MESSAGE), JSON_BODY('{ type: object, properties: { error: { type: string }, error_description: { type: string } } }')),
    [],
  ],
  [
    CONSISTENT,
    'an error field alone is a shape',
    ERRORS(JSON_BODY(MESSAGE), JSON_BODY('{ type: object, properties: { error: { type: string } } }')),
    [
      'error-schema-consistent@/paths/~1a/get/responses/401 9:16 GET /a 401 uses a different error schema than the 1 error responses like GET /a 400 (2 error shapes in the API) {"shapes":2}',
    ],
  ],
  [CONSISTENT, 'an HTML page is left out', ERRORS(JSON_BODY(MESSAGE), `text/html; charset=utf-8: { schema: ${CODE} }`), []],
  [CONSISTENT, 'a body without a schema is left out', ERRORS(JSON_BODY(MESSAGE), 'application/json: {}'), []],
  [
    CONSISTENT,
    'two relative paths to one file are one shape',
    {
      'openapi.yaml': ERRORS(JSON_BODY('{ $ref: "schemas/error.yaml" }'), JSON_BODY('{ $ref: "./schemas/error.yaml" }')),
      'schemas/error.yaml': 'type: object\nproperties:\n  code: { type: string }\n',
    },
    [],
  ],
  [
    SERIALIZED,
    '2.0 has collectionFormat instead',
    'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { parameters: [{ name: id, in: query, type: array, items: { type: string } }], responses: { "200": { description: OK } } } }\n',
    [],
  ],
  [
    SERIALIZED,
    'style without explode',
    PARAMETER(`style: form, ${ARRAY}`),
    ['array-parameter-serialization@/paths/~1a/get/parameters/0 4:29 array parameter "id" has no style and explode {"name":"id"}'],
  ],
  [
    SERIALIZED,
    'explode without style',
    PARAMETER(`explode: false, ${ARRAY}`),
    ['array-parameter-serialization@/paths/~1a/get/parameters/0 4:29 array parameter "id" has no style and explode {"name":"id"}'],
  ],
  [
    SERIALIZED,
    'an array schema in another file',
    { 'openapi.yaml': PARAMETER('schema: { $ref: "ids.yaml" }'), 'ids.yaml': 'type: array\nitems: { type: string }\n' },
    ['array-parameter-serialization@/paths/~1a/get/parameters/0 4:29 array parameter "id" has no style and explode {"name":"id"}'],
  ],
  [
    SERIALIZED,
    'items without a type',
    PARAMETER('schema: { items: { type: string } }'),
    ['array-parameter-serialization@/paths/~1a/get/parameters/0 4:29 array parameter "id" has no style and explode {"name":"id"}'],
  ],
  [
    SERIALIZED,
    'prefixItems without a type',
    PARAMETER('schema: { prefixItems: [{ type: string }] }'),
    ['array-parameter-serialization@/paths/~1a/get/parameters/0 4:29 array parameter "id" has no style and explode {"name":"id"}'],
  ],
  [SERIALIZED, 'a string parameter', PARAMETER('schema: { type: string }'), []],
  [SERIALIZED, 'a parameter with content instead of a schema', PARAMETER('content: { application/json: { schema: { type: array } } }'), []],
]);
