import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../../src/lint/config.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { lintContract } from '../../../src/lint/run.js';
import { withTempDir } from '../../support/cli.js';
import { line } from './cases.js';

/**
 * Boundaries and look-alikes of the lint rules that mutation testing showed under-pinned: each
 * case is one document and the exact findings of one rule on it (`ruleId@pointer line:col message`).
 */
const OAS = (info: string, rest = 'paths: {}\n') => `openapi: 3.1.0\ninfo: { title: T${info} }\n${rest}`;
const VERSION = (version: string) => OAS(`, version: "${version}"`);
const GET = (parameters: string, extra = '') =>
  OAS(', version: 1.0.0', `${extra}paths:\n  /orders:\n    get:\n      parameters: [${parameters}]\n      responses: { "200": { description: OK } }\n`);
const DEPRECATED_PARAMETER = (more: string) => GET(`{ name: q, in: query, deprecated: true${more}, schema: { type: string } }`);
const SWAGGER = (schemes: string) => `swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\nschemes: [${schemes}]\npaths: {}\n`;
const SERVER = (url: string) => OAS(', version: 1.0.0', `servers: [{ url: "${url}" }]\npaths: {}\n`);
const FORTY = 'x'.repeat(40);
const OPS = (a: string, b: string) =>
  OAS(
    ', version: 1.0.0',
    `paths:\n  /a:\n    get: { ${a}responses: { "200": { description: OK } } }\n  /b:\n    get: { ${b}responses: { "200": { description: OK } } }\n`,
  );
const SCHEME = (scheme: string) => OAS(', version: 1.0.0', `components: { securitySchemes: { k: ${scheme} } }\npaths: {}\n`);
const PATH = (path: string, name: string) =>
  OAS(
    ', version: 1.0.0',
    `paths:\n  ${path}:\n    get:\n      parameters: [{ name: ${name}, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n`,
  );
const STATUS = (code: string) => OAS(', version: 1.0.0', `paths:\n  /a:\n    get:\n      responses: { "${code}": { description: X } }\n`);
const BODY = (properties: string) =>
  OAS(
    ', version: 1.0.0',
    `paths:\n  /a:\n    get:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { ${properties} } } } } } }\n`,
  );
const PAGED = (method: string, parameters: string) =>
  OAS(', version: 1.0.0', `paths:\n  /orders:\n    ${method}:\n      parameters: [${parameters}]\n      responses: { "200": { description: OK } }\n`);
const SCHEMA = (schema: string) => OAS(', version: 1.0.0', `paths: {}\ncomponents:\n  schemas:\n    S: ${schema}\n`);
const SORTED = (parameter: string) => GET(`{ name: ${parameter} }`);
const ITEM = (parameters: string) =>
  OAS(', version: 1.0.0', `paths:\n  /orders/{id}:\n    get:\n      parameters: [${parameters}]\n      responses: { "200": { description: OK } }\n`);
const A2 = (rest: string) => `asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\n${rest}`;
const A3 = (rest: string) => `asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\n${rest}`;
const SERVER2 = (server: string, components = '') =>
  A2(`servers:\n  prod: { url: "kafka.example.com:9093", protocol: kafka-secure${server} }\nchannels: {}\n${components}`);
const PAYLOAD = (message: string) => A3(`channels:\n  orders:\n    address: orders\n    messages:\n      placed: { name: OrderPlaced${message} }\n`);
const DELIVERY = (channel: string, operation: string, top = '') =>
  A3(
    `${top}channels:\n  orders: { address: orders.v1${channel} }\noperations:\n  publishOrders: { action: send, channel: { $ref: "#/channels/orders" }${operation} }\n`,
  );
const OPS2 = (publish: string, subscribe: string) =>
  A2(
    `channels:\n  orders:\n    publish: { ${publish}message: { payload: { type: string } } }\n  refunds:\n    subscribe: { ${subscribe}message: { payload: { type: string } } }\n`,
  );
const Q = (name: string) => `{ name: ${name}, in: query, schema: { type: integer } }`;

const CASES: Array<[rule: string, name: string, doc: string, expected: string[]]> = [
  ['info-version-semver', 'semver with pre-release and build', VERSION('1.2.3-rc.1+build.5'), []],
  ['info-version-semver', 'multi-digit semver', VERSION('10.20.30'), []],
  [
    'info-version-semver',
    'semver with an empty pre-release',
    VERSION('1.2.3-'),
    ['info-version-semver@/info/version 2:28 info.version "1.2.3-" is neither a semantic version nor a release date'],
  ],
  [
    'info-version-semver',
    'semver with text before it',
    VERSION('v1.2.3'),
    ['info-version-semver@/info/version 2:28 info.version "v1.2.3" is neither a semantic version nor a release date'],
  ],
  [
    'info-version-semver',
    'semver with text after it',
    VERSION('1.2.3 beta'),
    ['info-version-semver@/info/version 2:28 info.version "1.2.3 beta" is neither a semantic version nor a release date'],
  ],
  ['info-version-semver', 'a release date with a suffix', VERSION('2024-01-15.preview'), []],
  [
    'info-version-semver',
    'a release date with a bad suffix',
    VERSION('2024-01-15.Preview'),
    ['info-version-semver@/info/version 2:28 info.version "2024-01-15.Preview" is neither a semantic version nor a release date'],
  ],
  [
    'info-version-semver',
    'a release date after text',
    VERSION('release 2024-01-15'),
    ['info-version-semver@/info/version 2:28 info.version "release 2024-01-15" is neither a semantic version nor a release date'],
  ],
  ['info-version-semver', 'MAJOR.MINOR with many digits', VERSION('12.34'), []],
  [
    'info-version-semver',
    'MAJOR. with nothing after',
    VERSION('12.'),
    ['info-version-semver@/info/version 2:28 info.version "12." is neither a semantic version nor a release date'],
  ],
  ['info-version-semver', 'CalVer year.month.day', VERSION('2024.1.15'), []],
  ['info-version-semver', 'CalVer year-month', VERSION('2024-11'), []],
  [
    'info-version-semver',
    'CalVer with a three-digit month',
    VERSION('2024-123'),
    ['info-version-semver@/info/version 2:28 info.version "2024-123" is neither a semantic version nor a release date'],
  ],
  [
    'info-version-semver',
    'CalVer with a short year',
    VERSION('24.1.2.3'),
    ['info-version-semver@/info/version 2:28 info.version "24.1.2.3" is neither a semantic version nor a release date'],
  ],
  [
    'info-version-semver',
    'CalVer with a slash',
    VERSION('2024/11'),
    ['info-version-semver@/info/version 2:28 info.version "2024/11" is neither a semantic version nor a release date'],
  ],
  [
    'info-version-semver',
    'CalVer with a three-digit day',
    VERSION('2024-11-123'),
    ['info-version-semver@/info/version 2:28 info.version "2024-11-123" is neither a semantic version nor a release date'],
  ],
  [
    'info-version-semver',
    'CalVer with letters',
    VERSION('2024-ab'),
    ['info-version-semver@/info/version 2:28 info.version "2024-ab" is neither a semantic version nor a release date'],
  ],
  [
    'info-version-semver',
    'no info at all',
    'openapi: 3.1.0\npaths: {}\n',
    ['info-version-semver@/info/version 1:1 info.version "" is neither a semantic version nor a release date'],
  ],
  ['info-contact', 'a contact with only a name', OAS(', version: 1.0.0, contact: { name: team }'), []],
  ['info-contact', 'a contact with only a url', OAS(', version: 1.0.0, contact: { url: "https://example.com" }'), []],
  ['info-contact', 'an empty contact', OAS(', version: 1.0.0, contact: {}'), ['info-contact@/info 2:7 the document names no contact']],
  ['info-contact', 'no info at all', 'openapi: 3.1.0\npaths: {}\n', ['info-contact@/info 1:1 the document names no contact']],
  [
    'deprecated-replacement',
    'a deprecated parameter without a replacement',
    DEPRECATED_PARAMETER(''),
    ['deprecated-replacement@/paths/~1orders/get/parameters/0 6:20 parameter "q" of GET /orders is deprecated without naming a replacement'],
  ],
  ['deprecated-replacement', 'a deprecated parameter with x-replaced-by', DEPRECATED_PARAMETER(', x-replaced-by: search'), []],
  ['deprecated-replacement', 'a deprecated parameter with x-replacement', DEPRECATED_PARAMETER(', x-replacement: search'), []],
  ['deprecated-replacement', 'a deprecated parameter whose description names its replacement', DEPRECATED_PARAMETER(', description: Use search instead.'), []],
  ['deprecated-replacement', 'a deprecated parameter whose summary names its replacement', DEPRECATED_PARAMETER(', summary: Use search instead.'), []],
  ['deprecated-replacement', 'a parameter deprecated: false', GET('{ name: q, in: query, deprecated: false, schema: { type: string } }'), []],
  ['deprecated-replacement', 'a parameter deprecated: "true" (a string)', GET('{ name: q, in: query, deprecated: "true", schema: { type: string } }'), []],
  ['filter-allow-listed', 'a filter header is not a query', GET('{ name: filter, in: header, schema: { type: string } }'), []],
  ['filter-allow-listed', 'a query parameter that is no filter', GET('{ name: color, in: query, schema: { type: string } }'), []],
  [
    'filter-allow-listed',
    'an array filter with enum items',
    GET('{ name: filter, in: query, schema: { type: array, items: { type: string, enum: [a, b] } } }'),
    [],
  ],
  [
    'filter-allow-listed',
    'a 40-character description is not a grammar',
    GET(`{ name: filter, in: query, description: ${FORTY}, schema: { type: string } }`),
    ['filter-allow-listed@/paths/~1orders/get/parameters/0 6:20 "filter" of GET /orders takes free-form input with no allow-list or documented grammar'],
  ],
  [
    'filter-allow-listed',
    'a 41-character description documents a grammar',
    GET(`{ name: filter, in: query, description: ${FORTY}y, schema: { type: string } }`),
    [],
  ],
  ['servers-https', 'http on localhost with a port', SERVER('http://localhost:8080/v1'), []],
  ['servers-https', 'http on 127.0.0.1', SERVER('http://127.0.0.1'), []],
  ['servers-https', 'http on [::1] with a path', SERVER('http://[::1]/api'), []],
  [
    'servers-https',
    'http on a host that starts with localhost',
    SERVER('http://localhost.example.com'),
    ['servers-https@/servers/0 3:11 server http://localhost.example.com is plain http'],
  ],
  ['servers-https', 'HTTP in capitals', SERVER('HTTP://api.example.com'), ['servers-https@/servers/0 3:11 server HTTP://api.example.com is plain http']],
  ['servers-https', 'an https URL that mentions http://', SERVER('https://proxy.example.com/http://x'), []],
  ['servers-https', 'Swagger 2.0 served over http only', SWAGGER('http'), ['servers-https@/schemes 3:10 the API is served over plain http only']],
  ['servers-https', 'Swagger 2.0 served over http and https', SWAGGER('http, https'), []],
  ['servers-https', 'Swagger 2.0 served over https only', SWAGGER('https'), []],
  ['operation-id-unique', 'a missing operationId', OPS('', 'operationId: b, '), ['operation-id-unique@/paths/~1a/get 5:10 GET /a has no operationId']],
  [
    'operation-id-unique',
    'an empty operationId',
    OPS("operationId: '', ", 'operationId: b, '),
    ['operation-id-unique@/paths/~1a/get 5:10 GET /a has no operationId'],
  ],
  [
    'operation-id-unique',
    'a numeric operationId',
    OPS('operationId: 7, ', 'operationId: b, '),
    ['operation-id-unique@/paths/~1a/get 5:10 GET /a has no operationId'],
  ],
  [
    'operation-id-unique',
    'a repeated operationId',
    OPS('operationId: same, ', 'operationId: same, '),
    ['operation-id-unique@/paths/~1b/get/operationId 7:25 operationId "same" of GET /b is already used by GET /a'],
  ],
  ['operation-id-unique', 'two distinct operationIds', OPS('operationId: a, ', 'operationId: b, '), []],
  [
    'no-secrets-in-url',
    'an API key scheme in the query',
    SCHEME('{ type: apiKey, name: key, in: query }'),
    ['no-secrets-in-url@/components/securitySchemes/k 3:37 security scheme "k" sends its API key in the query string'],
  ],
  ['no-secrets-in-url', 'an API key scheme in a header', SCHEME('{ type: apiKey, name: key, in: header }'), []],
  ['no-secrets-in-url', 'an http scheme that says in: query', SCHEME('{ type: http, scheme: bearer, in: query }'), []],
  ['no-secrets-in-url', 'a token in a header', GET('{ name: token, in: header, schema: { type: string } }'), []],
  [
    'no-secrets-in-url',
    'a token in the query',
    GET('{ name: access_token, in: query, schema: { type: string } }'),
    ['no-secrets-in-url@/paths/~1orders/get/parameters/0 6:20 GET /orders takes the credential "access_token" in the query'],
  ],
  ['no-secrets-in-url', 'a token object addressed by its id', PATH('/tokens/{token}', 'token'), []],
  [
    'no-secrets-in-url',
    'a token in the path of another resource',
    PATH('/users/{token}', 'token'),
    ['no-secrets-in-url@/paths/~1users~1{token}/get/parameters/0 6:20 GET /users/{token} takes the credential "token" in the path'],
  ],
  ['status-code-registered', 'default', STATUS('default'), []],
  ['status-code-registered', 'a range in capitals', STATUS('2XX'), []],
  ['status-code-registered', 'a range in lower case', STATUS('2xx'), []],
  [
    'status-code-registered',
    'an unregistered code',
    STATUS('299'),
    ['status-code-registered@/paths/~1a/get/responses/299 6:20 GET /a uses unregistered status code 299'],
  ],
  [
    'status-code-registered',
    'a range with a trailing X',
    STATUS('2XXX'),
    ['status-code-registered@/paths/~1a/get/responses/2XXX 6:20 GET /a uses unregistered status code 2XXX'],
  ],
  [
    'status-code-registered',
    'a range with a leading X',
    STATUS('X2XX'),
    ['status-code-registered@/paths/~1a/get/responses/X2XX 6:20 GET /a uses unregistered status code X2XX'],
  ],
  [
    'status-code-registered',
    'a range of 6xx',
    STATUS('6XX'),
    ['status-code-registered@/paths/~1a/get/responses/6XX 6:20 GET /a uses unregistered status code 6XX'],
  ],
  [
    'success-no-error-body',
    'an error field alone',
    BODY('error: { type: string }'),
    ['success-no-error-body@/paths/~1a/get/responses/200 6:27 GET /a 200 has an "error" field in its success body'],
  ],
  ['success-no-error-body', 'an error field beside a status', BODY('error: { type: string }, status: { type: string }'), []],
  ['success-no-error-body', 'a field that ends in error', BODY('my_error: { type: string }'), []],
  ['success-no-error-body', 'a field that starts with error', BODY('errorCount: { type: integer }'), []],
  [
    'success-no-error-body',
    'an error beside a field ending in status',
    BODY('error: { type: string }, last_status: { type: string }'),
    ['success-no-error-body@/paths/~1a/get/responses/200 6:27 GET /a 200 has an "error" field in its success body'],
  ],
  [
    'success-no-error-body',
    'an error beside a field starting with status',
    BODY('error: { type: string }, statusCode: { type: integer }'),
    ['success-no-error-body@/paths/~1a/get/responses/200 6:27 GET /a 200 has an "error" field in its success body'],
  ],
  [
    'pagination-cursor-preferred',
    'offset paging on a GET',
    PAGED('get', Q('offset')),
    [
      'pagination-cursor-preferred@/paths/~1orders/get/parameters/0 6:20 GET /orders pages by "offset" (offset), which skips or repeats items when the collection changes',
    ],
  ],
  ['pagination-cursor-preferred', 'offset and cursor on a GET', PAGED('get', `${Q('offset')}, { name: cursor, in: query, schema: { type: string } }`), []],
  ['pagination-cursor-preferred', 'offset paging on a POST', PAGED('post', Q('offset')), []],
  ['pagination-cursor-preferred', 'no paging', PAGED('get', Q('count')), []],
  ['enum-type-match', 'null in a nullable enum', SCHEMA('{ type: string, nullable: true, enum: [a, null] }'), []],
  [
    'enum-type-match',
    'null in an enum that is not nullable',
    SCHEMA('{ type: string, enum: [a, null] }'),
    ['enum-type-match@/components/schemas/S/enum/1 6:34 enum value null is null, not string'],
  ],
  ['enum-type-match', 'integers in a number enum', SCHEMA('{ type: number, enum: [1, 2.5] }'), []],
  [
    'enum-type-match',
    'a fraction in an integer enum',
    SCHEMA('{ type: integer, enum: [1, 2.5] }'),
    ['enum-type-match@/components/schemas/S/enum/1 6:35 enum value 2.5 is number, not integer'],
  ],
  ['enum-type-match', 'arrays in an array enum', SCHEMA('{ type: array, enum: [[1], [2]] }'), []],
  [
    'enum-type-match',
    'an array in a string enum',
    SCHEMA('{ type: string, enum: [[1]] }'),
    ['enum-type-match@/components/schemas/S/enum/0 6:31 enum value [1] is array, not string'],
  ],
  ['enum-type-match', 'an enum without a type', SCHEMA('{ enum: [1, a] }'), []],
  [
    'enum-type-match',
    'a boolean in a string-or-integer enum',
    SCHEMA('{ type: [string, integer], enum: [a, 1, true] }'),
    ['enum-type-match@/components/schemas/S/enum/2 6:48 enum value true is boolean, not string or integer'],
  ],
  ['sort-allow-listed', 'a sort header', SORTED('sort, in: header, schema: { type: string }'), []],
  ['sort-allow-listed', 'a query parameter that only starts like sort', SORTED('sortKey, in: query, schema: { type: string }'), []],
  ['sort-allow-listed', 'an order that names an order', SORTED('order, in: query, description: The order to retrieve, schema: { type: string }'), []],
  [
    'sort-allow-listed',
    'an order that orders results',
    SORTED('order, in: query, description: Sort order of results, schema: { type: string }'),
    ['sort-allow-listed@/paths/~1orders/get/parameters/0 6:20 sort parameter "order" of GET /orders accepts any field; allow-list them with an enum'],
  ],
  [
    'sort-allow-listed',
    'an orderBy described as the order id',
    SORTED('orderBy, in: query, description: the order id, schema: { type: string }'),
    ['sort-allow-listed@/paths/~1orders/get/parameters/0 6:20 sort parameter "orderBy" of GET /orders accepts any field; allow-list them with an enum'],
  ],
  ['sort-allow-listed', 'a oneOf of consts', SORTED('sort, in: query, schema: { oneOf: [{ const: a }, { const: b }] }'), []],
  [
    'sort-allow-listed',
    'an empty oneOf',
    SORTED('sort, in: query, schema: { oneOf: [] }'),
    ['sort-allow-listed@/paths/~1orders/get/parameters/0 6:20 sort parameter "sort" of GET /orders accepts any field; allow-list them with an enum'],
  ],
  [
    'sort-allow-listed',
    'a oneOf with one open member',
    SORTED('sort, in: query, schema: { oneOf: [{ const: a }, { type: string }] }'),
    ['sort-allow-listed@/paths/~1orders/get/parameters/0 6:20 sort parameter "sort" of GET /orders accepts any field; allow-list them with an enum'],
  ],
  ['sort-allow-listed', 'a oneOf of enums', SORTED('sort, in: query, schema: { oneOf: [{ enum: [a] }, { enum: [b] }] }'), []],
  [
    'sort-allow-listed',
    'a documented array of consts',
    SORTED('sort, in: query, description: fields by precedence, schema: { type: array, items: { oneOf: [{ const: a }] } }'),
    [],
  ],
  [
    'sort-allow-listed',
    'an array of enums documented on its schema',
    SORTED('sort, in: query, schema: { type: array, description: fields, items: { enum: [a, b] } }'),
    [],
  ],
  ['sort-allow-listed', 'one field from an enum', SORTED('sort, in: query, schema: { type: string, enum: [a, b] }'), []],
  [
    'path-parameters-defined',
    'a path parameter that is not required',
    ITEM('{ name: id, in: path, schema: { type: string } }'),
    ['path-parameters-defined@/paths/~1orders~1{id}/get/parameters/0 6:20 path parameter "id" of GET /orders/{id} is not required'],
  ],
  [
    'path-parameters-defined',
    'a path parameter the path does not use',
    ITEM('{ name: id, in: path, required: true, schema: { type: string } }, { name: other, in: path, required: true, schema: { type: string } }'),
    ['path-parameters-defined@/paths/~1orders~1{id}/get/parameters/1 6:86 path parameter "other" of GET /orders/{id} is not in the path'],
  ],
  [
    'path-parameters-defined',
    'a query parameter named like the path parameter',
    ITEM('{ name: id, in: query, schema: { type: string } }'),
    ['path-parameters-defined@/paths/~1orders~1{id}/get 6:7 GET /orders/{id} has no path parameter for {id}'],
  ],
  ['path-parameters-defined', 'the path parameter declared and required', ITEM('{ name: id, in: path, required: true, schema: { type: string } }'), []],
  [
    'event-server-security',
    '2.x: a requirement naming a defined scheme',
    SERVER2(', security: [{ scram: [] }]', 'components: { securitySchemes: { scram: { type: scramSha512 } } }\n'),
    [],
  ],
  [
    'event-server-security',
    '2.x: a requirement naming an undefined scheme',
    SERVER2(', security: [{ scram: [] }]', 'components: { securitySchemes: { other: { type: scramSha512 } } }\n'),
    [
      'event-server-security@/servers/prod/security/0/scram 4:79 server prod requires security scheme "scram", which components.securitySchemes does not define',
    ],
  ],
  [
    'event-server-security',
    '2.x: a requirement and no components',
    SERVER2(', security: [{ scram: [] }]'),
    [
      'event-server-security@/servers/prod/security/0/scram 4:79 server prod requires security scheme "scram", which components.securitySchemes does not define',
    ],
  ],
  [
    'event-server-security',
    '2.x: only an empty requirement',
    SERVER2(', security: [{}]'),
    ['event-server-security@/servers/prod 4:9 server prod declares no security'],
  ],
  [
    'event-message-payload',
    'a format without its schema',
    PAYLOAD(', payload: { schemaFormat: "application/vnd.apache.avro;version=1.9.0" }'),
    [
      'event-message-payload@/channels/orders/messages/placed/payload 7:45 message OrderPlaced names payload format application/vnd.apache.avro;version=1.9.0 but no schema',
    ],
  ],
  [
    'event-message-payload',
    'a format with its schema',
    PAYLOAD(', payload: { schemaFormat: "application/vnd.apache.avro;version=1.9.0", schema: { type: record, name: O, fields: [] } }'),
    [],
  ],
  [
    'event-message-payload',
    'a null payload',
    PAYLOAD(', payload: null'),
    ['event-message-payload@/channels/orders/messages/placed 7:15 message OrderPlaced declares no payload schema'],
  ],
  ['event-delivery-semantics', 'declared once for the document', DELIVERY('', '', 'x-delivery: at-least-once\n'), []],
  [
    'event-delivery-semantics',
    'an invalid value on the channel',
    DELIVERY(', x-delivery: once', ''),
    ['event-delivery-semantics@/channels/orders/x-delivery 4:45 x-delivery "once" is not one of at-least-once, at-most-once, exactly-once-effect'],
  ],
  ['event-delivery-semantics', 'the operation declares its own', DELIVERY('', ', x-delivery: at-most-once'), []],
  ['event-delivery-semantics', 'a trait declares it', DELIVERY('', ', traits: [{ x-delivery: at-least-once }]'), []],
  [
    'event-operation-documented',
    '2.x: one operationId used twice',
    OPS2('operationId: same, summary: s, ', 'operationId: same, summary: s, '),
    ['event-operation-documented@/channels/refunds/subscribe/operationId 7:31 operationId "same" is already used by publish orders'],
  ],
  [
    'event-operation-documented',
    '2.x: no operationId and no summary',
    OPS2('', 'operationId: b, description: d, '),
    ['event-operation-documented@/channels/orders/publish 5:14 operation receive orders has no operationId and no summary or description'],
  ],
  ['event-operation-documented', '2.x: distinct ids, each documented', OPS2('operationId: a, summary: s, ', 'operationId: b, description: d, '), []],
];

for (const [rule, name, doc, expected] of CASES) {
  test(`${rule}: ${name}`, () => {
    const found = withTempDir((dir) => {
      const path = join(dir, doc.startsWith('swagger') ? 'swagger.yaml' : doc.startsWith('asyncapi') ? 'asyncapi.yaml' : 'openapi.yaml');
      writeFileSync(path, doc);
      return lintContract(loadContract(path, { cwd: dir }), { ...DEFAULT_CONFIG, extends: 'strict' }, [LINT_RULES.find((r) => r.id === rule)!], { cwd: dir });
    });
    assert.deepEqual(found.map(line), expected);
  });
}
