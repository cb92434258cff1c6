import { OAS, pin } from './pin.js';

/** error-problem-json: what counts as a stable error code in an envelope, how deep it is looked for, and the media types left alone. */
const ERR = (schema: string, type = 'application/json', components = '') =>
  OAS(
    `paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK }\n        "400": { description: Bad, content: { "${type}": { schema: ${schema} } } }\n${components}`,
  );
const OBJ = (properties: string, more = '') => `{ type: object${more}, properties: { ${properties} } }`;
const S = '{ type: string }';
/** An `error` object nested `levels` deep whose innermost object has a `code`. */
const NESTED = (levels: number) => {
  let schema = OBJ('code: { type: integer }');
  for (let i = 0; i < levels; i++) schema = OBJ(`error: ${schema}`);
  return schema;
};
const RULE = 'error-problem-json';

pin([
  [RULE, 'a code field of any type', ERR(OBJ('message: { type: string }, code: { type: integer }')), []],
  [RULE, 'an error_code field', ERR(OBJ(`error_code: ${S}`)), []],
  [RULE, 'an errorCode field, any case', ERR(OBJ(`errorCode: ${S}`)), []],
  [RULE, 'a type field', ERR(OBJ(`type: ${S}, title: ${S}`)), []],
  [RULE, 'a required string that is not prose', ERR(OBJ(`id: ${S}, message: ${S}`, ', required: [id, message]')), []],
  [
    RULE,
    'a required string through a ref',
    ERR(OBJ('id: { $ref: "#/components/schemas/Id" }', ', required: [id]'), 'application/json', `components:\n  schemas:\n    Id: ${S}\n`),
    [],
  ],
  [
    RULE,
    'a required prose string',
    ERR(OBJ(`message: ${S}, request_id: ${S}`, ', required: [message, request_id]')),
    ['error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns application/json without problem details or a stable error code'],
  ],
  [
    RULE,
    'a required integer',
    ERR(OBJ('id: { type: integer }', ', required: [id]')),
    ['error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns application/json without problem details or a stable error code'],
  ],
  [
    RULE,
    'a string that is not required',
    ERR(OBJ(`id: ${S}`)),
    ['error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns application/json without problem details or a stable error code'],
  ],
  [RULE, "OAuth 2.0's string error", ERR(OBJ(`error: ${S}, error_description: ${S}`)), []],
  [
    RULE,
    'an error object without a code',
    ERR(OBJ(`error: ${OBJ(`message: ${S}`)}`)),
    ['error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns application/json without problem details or a stable error code'],
  ],
  [RULE, 'an error object with a code', ERR(OBJ(`error: ${OBJ(`code: ${S}`)}`)), []],
  [RULE, 'an errors array whose items have a code', ERR(OBJ(`errors: { type: array, items: ${OBJ(`code: ${S}`)} }`)), []],
  [
    RULE,
    'an errors array whose items have none',
    ERR(OBJ(`errors: { type: array, items: ${OBJ(`message: ${S}`)} }`)),
    ['error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns application/json without problem details or a stable error code'],
  ],
  [
    RULE,
    'an error string and an errors array without codes',
    ERR(OBJ(`error: { type: integer }, errors: { type: array, items: ${OBJ(`message: ${S}`)} }`)),
    ['error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns application/json without problem details or a stable error code'],
  ],
  [RULE, 'a code in an allOf member', ERR(`{ allOf: [${OBJ(`message: ${S}`)}, ${OBJ(`code: ${S}`)}] }`), []],
  [
    RULE,
    'allOf members without a code',
    ERR(`{ allOf: [${OBJ(`message: ${S}`)}, ${OBJ(`detail: ${S}`)}] }`),
    ['error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns application/json without problem details or a stable error code'],
  ],
  [RULE, 'a code eight error objects deep is found', ERR(NESTED(8)), []],
  [
    RULE,
    'a code nine error objects deep is not',
    ERR(NESTED(9)),
    ['error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns application/json without problem details or a stable error code'],
  ],
  [
    RULE,
    'a schema that is not an object',
    ERR('true'),
    ['error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns application/json without problem details or a stable error code'],
  ],
  [RULE, 'problem+json needs no code', ERR(OBJ(`message: ${S}`), 'application/problem+json'), []],
  [RULE, 'an HTML error page with parameters', ERR(OBJ(`message: ${S}`), 'text/html; charset=utf-8'), []],
  [
    RULE,
    'plain text',
    ERR(S, 'text/plain'),
    ['error-problem-json@/paths/~1a/get/responses/400 8:16 GET /a 400 returns text/plain without problem details or a stable error code'],
  ],
]);
