import { OAS, pin } from './pin.js';

/** security-scopes-defined, scalar-property-missing-example, license-url and accepted-status-link: their edges. */
const OAUTH = (scheme: string, security: string, paths = 'paths: {}\n') =>
  OAS(`security: ${security}\ncomponents:\n  securitySchemes:\n    oauth: ${scheme}\n${paths}`);
const FLOWS =
  '{ type: oauth2, flows: { implicit: { authorizationUrl: "https://a.example.com", scopes: { read: r } }, clientCredentials: { tokenUrl: "https://a.example.com/t", scopes: { write: w } }, x-note: n } }';
const PROPERTY = (property: string, name = 'p') => OAS(`paths: {}\ncomponents:\n  schemas:\n    S: { type: object, properties: { "${name}": ${property} } }\n`);
const LICENSE = (license: string, version = '3.1.0') => `openapi: ${version}\ninfo: { title: T, version: 1.0.0, license: ${license} }\npaths: {}\n`;
const ACCEPTED = (response: string, more = '', path = '/runs') =>
  OAS(`paths:\n  ${path}:\n    post:\n      responses: { "202": { description: Accepted${response} } }\n${more}`);
const BODY = (properties: string) => `, content: { application/json: { schema: { type: object, properties: { ${properties} } } } }`;
const SCOPES = 'security-scopes-defined';
const SCALAR = 'scalar-property-missing-example';
const LICENSED = 'license-url';
const LINKED = 'accepted-status-link';

pin([
  [
    SCOPES,
    'scopes of every flow count',
    OAUTH(FLOWS, '[{ oauth: [read, write, admin] }]'),
    ['security-scopes-defined@/security/0/oauth/2 3:35 scope "admin" is not declared by security scheme "oauth" {"scheme":"oauth","scope":"admin"}'],
  ],
  [
    SCOPES,
    '3.x: scopes beside the flows are not declared',
    OAUTH('{ type: oauth2, scopes: { admin: a }, flows: {} }', '[{ oauth: [admin] }]'),
    ['security-scopes-defined@/security/0/oauth/0 3:22 scope "admin" is not declared by security scheme "oauth" {"scheme":"oauth","scope":"admin"}'],
  ],
  [
    SCOPES,
    '2.0: scopes on the scheme',
    'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\nsecurityDefinitions:\n  oauth: { type: oauth2, flow: implicit, authorizationUrl: "https://a.example.com", scopes: { read: r } }\nsecurity: [{ oauth: [read, admin] }]\npaths: {}\n',
    ['security-scopes-defined@/security/0/oauth/1 5:28 scope "admin" is not declared by security scheme "oauth" {"scheme":"oauth","scope":"admin"}'],
  ],
  [
    SCOPES,
    'an operation requirement',
    OAUTH(FLOWS, '[]', 'paths:\n  /a: { get: { security: [{ oauth: [admin] }], responses: { "200": { description: OK } } } }\n'),
    [
      'security-scopes-defined@/paths/~1a/get/security/0/oauth/0 8:37 scope "admin" is not declared by security scheme "oauth" {"scheme":"oauth","scope":"admin"}',
    ],
  ],
  [SCOPES, 'odd requirements are skipped', OAUTH(FLOWS, '[x, { oauth: read }, { oauth: [5] }, { other: [admin] }]'), []],
  [SCOPES, 'a requirement list that is not a list', OAUTH(FLOWS, '{ oauth: [admin] }'), []],
  [SCOPES, 'no components at all', OAS('security: [{ oauth: [admin] }]\npaths: {}\n'), []],
  [SCOPES, 'an API key scheme has no scopes to check', OAUTH('{ type: apiKey, name: k, in: header }', '[{ oauth: [admin] }]'), []],
  [
    SCALAR,
    'names with a slash and a tilde are escaped in the pointer',
    PROPERTY('{ type: string }', 'a/b~c'),
    ['scalar-property-missing-example@/components/schemas/S/properties/a~1b~0c 6:38 scalar property "a/b~c" has no example {"property":"a/b~c"}'],
  ],
  [SCALAR, 'no type', PROPERTY('{ description: d }'), []],
  [SCALAR, 'a composition', PROPERTY('{ type: string, oneOf: [{ maxLength: 2 }] }'), []],
  [SCALAR, 'binary', PROPERTY('{ type: string, format: binary }'), []],
  [
    SCALAR,
    'nullable by type list',
    PROPERTY('{ type: [string, "null"] }'),
    ['scalar-property-missing-example@/components/schemas/S/properties/p 6:38 scalar property "p" has no example {"property":"p"}'],
  ],
  [SCALAR, 'a scalar or an object', PROPERTY('{ type: [string, object] }'), []],
  [SCALAR, 'examples instead of example', PROPERTY('{ type: integer, examples: [1] }'), []],
  [LICENSED, 'no url', LICENSE('{ name: Custom }', '3.0.3'), ['license-url@/info/license 2:35 the license has no url']],
  [LICENSED, 'an empty url', LICENSE('{ name: Custom, url: "" }', '3.0.3'), ['license-url@/info/license 2:35 the license has no url']],
  [LICENSED, '3.1: an SPDX identifier instead', LICENSE('{ name: MIT, identifier: MIT }'), []],
  [LICENSED, '3.1: an empty identifier', LICENSE('{ name: MIT, identifier: "" }'), ['license-url@/info/license 2:35 the license has no url']],
  [LICENSED, '3.0 has no identifier', LICENSE('{ name: MIT, identifier: MIT }', '3.0.3'), ['license-url@/info/license 2:35 the license has no url']],
  [LICENSED, 'a license that is not an object', LICENSE('MIT'), []],
  [LICENSED, 'a license that is null', LICENSE('null'), []],
  [LICENSED, 'a license that is a list', LICENSE('[MIT]'), []],
  [LICENSED, 'no info', 'openapi: 3.1.0\npaths: {}\n', []],
  [LINKED, 'a status URL in the body', ACCEPTED(BODY('statusUrl: { type: string }')), []],
  [LINKED, 'links in the body', ACCEPTED(BODY('links: { type: object }')), []],
  [
    LINKED,
    'a field that only ends like a status URL',
    ACCEPTED(BODY('job_status_url_template: { type: string }, old_self: { type: string }')),
    ['accepted-status-link@/paths/~1runs/post/responses/202 6:27 POST /runs answers 202 with no Location header or status link'],
  ],
  [
    LINKED,
    'a job id a GET below accepts, behind a trailing slash',
    ACCEPTED(
      BODY('id: { type: string }'),
      '  /runs/{id}:\n    get: { parameters: [{ name: id, in: path, required: true, schema: { type: string } }], responses: { "200": { description: OK } } }\n',
      '/runs/',
    ),
    [],
  ],
  [
    LINKED,
    'a job id no GET accepts',
    ACCEPTED(
      BODY('id: { type: string }'),
      '  /jobs/{id}:\n    get: { parameters: [{ name: id, in: path, required: true, schema: { type: string } }], responses: { "200": { description: OK } } }\n',
    ),
    ['accepted-status-link@/paths/~1runs/post/responses/202 6:27 POST /runs answers 202 with no Location header or status link'],
  ],
  [
    LINKED,
    'a body that is not an object schema',
    ACCEPTED(', content: { application/json: { schema: true } }'),
    ['accepted-status-link@/paths/~1runs/post/responses/202 6:27 POST /runs answers 202 with no Location header or status link'],
  ],
]);
