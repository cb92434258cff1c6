import type { Finding } from '../../../src/core/diagnostic.js';

/** One compact line per finding: `ruleId@pointer line:col message {data}`. */
export const line = (f: Finding) =>
  `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.message}${f.data ? ` ${JSON.stringify(f.data)}` : ''}`;

/**
 * Extra pinned cases beyond each rule's bad and good example: boundaries of the rules with a
 * threshold or a majority, and the look-alikes of issue #13 that must not fire (and their
 * near misses that must). Inline documents, one line of YAML flow style per node.
 */
const OAS = (paths: string, extra = '') => `openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\n${extra}paths:\n${paths}`;
const SECURED = 'security: [{ key: [] }]\ncomponents: { securitySchemes: { key: { type: http, scheme: bearer } } }\n';

export interface Case {
  rule: string;
  name: string;
  doc: string;
}

export const CASES: Case[] = [
  // pagination-page-size-bounded: both bounds are needed; one alone is the boundary.
  {
    rule: 'pagination-page-size-bounded',
    name: 'maximum without default',
    doc: OAS(
      '  /a:\n    get:\n      parameters: [{ name: limit, in: query, schema: { type: integer, maximum: 100 } }]\n      responses: { "200": { description: OK } }\n',
    ),
  },
  {
    rule: 'pagination-page-size-bounded',
    name: 'default and maximum',
    doc: OAS(
      '  /a:\n    get:\n      parameters: [{ name: limit, in: query, schema: { type: integer, maximum: 100, default: 20 } }]\n      responses: { "200": { description: OK } }\n',
    ),
  },
  // request-bounded: exclusiveMaximum bounds as well as maximum.
  {
    rule: 'request-bounded',
    name: 'exclusiveMaximum bounds a number',
    doc: OAS(
      '  /a:\n    get:\n      parameters: [{ name: n, in: query, schema: { type: integer, exclusiveMaximum: 10 } }]\n      responses: { "200": { description: OK } }\n',
    ),
  },
  // path-casing-consistent: the majority wins; a tie goes to the casing that sorts first.
  {
    rule: 'path-casing-consistent',
    name: 'two kebab against one snake',
    doc: OAS(
      '  /user-groups:\n    get: { responses: { "200": { description: OK } } }\n  /access-keys:\n    get: { responses: { "200": { description: OK } } }\n  /audit_logs:\n    get: { responses: { "200": { description: OK } } }\n',
    ),
  },
  {
    rule: 'path-casing-consistent',
    name: 'one kebab against one snake',
    doc: OAS(
      '  /user-groups:\n    get: { responses: { "200": { description: OK } } }\n  /audit_logs:\n    get: { responses: { "200": { description: OK } } }\n',
    ),
  },
  // versioning-consistent: a path that overrides servers has its own versioning.
  {
    rule: 'versioning-consistent',
    name: 'a v1 path on its own servers',
    doc: OAS(
      '  /v2/a:\n    get: { responses: { "200": { description: OK } } }\n  /v2/b:\n    get: { responses: { "200": { description: OK } } }\n  /v1/chat:\n    servers: [{ url: "https://inference.example.com" }]\n    post: { responses: { "200": { description: OK } } }\n',
    ),
  },
  {
    rule: 'versioning-consistent',
    name: 'a v1 path on the same servers',
    doc: OAS(
      '  /v2/a:\n    get: { responses: { "200": { description: OK } } }\n  /v2/b:\n    get: { responses: { "200": { description: OK } } }\n  /v1/chat:\n    post: { responses: { "200": { description: OK } } }\n',
    ),
  },
  // secured-401, item-404, auth-rate-limited: `default` covers unless generic errors are listed.
  {
    rule: 'secured-401',
    name: 'default only',
    doc: OAS('  /a:\n    get:\n      responses: { "200": { description: OK }, default: { description: Error } }\n', SECURED),
  },
  {
    rule: 'secured-401',
    name: 'default beside an explicit 403',
    doc: OAS('  /a:\n    get:\n      responses: { "200": { description: OK }, "403": { description: Forbidden }, default: { description: Error } }\n', SECURED),
  },
  {
    rule: 'item-404',
    name: 'default only',
    doc: OAS(
      '  /a/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK }, default: { description: Error } }\n',
    ),
  },
  {
    rule: 'item-404',
    name: 'default beside explicit 401 and 500',
    doc: OAS(
      '  /a/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK }, "401": { description: No token }, "500": { description: Failed }, default: { description: Error } }\n',
    ),
  },
  {
    rule: 'auth-rate-limited',
    name: 'default only',
    doc: OAS('  /login:\n    post:\n      responses: { "200": { description: OK }, default: { description: Error } }\n'),
  },
  // error-problem-json: a required non-prose string code, OAuth's error, and prose alone.
  {
    rule: 'error-problem-json',
    name: 'required id code (DigitalOcean)',
    doc: OAS(
      '  /a:\n    get:\n      responses:\n        "200": { description: OK }\n        "404": { description: Gone, content: { application/json: { schema: { type: object, required: [id, message], properties: { id: { type: string }, message: { type: string } } } } } }\n',
    ),
  },
  {
    rule: 'error-problem-json',
    name: 'OAuth error',
    doc: OAS(
      '  /token:\n    post:\n      responses:\n        "200": { description: OK }\n        "400": { description: Bad, content: { application/json: { schema: { type: object, properties: { error: { type: string }, error_description: { type: string } } } } } }\n',
    ),
  },
  {
    rule: 'error-problem-json',
    name: 'required prose only',
    doc: OAS(
      '  /a:\n    get:\n      responses:\n        "200": { description: OK }\n        "400": { description: Bad, content: { application/json: { schema: { type: object, required: [message, request_id], properties: { message: { type: string }, request_id: { type: string } } } } } }\n',
    ),
  },
  // rate-limit-retry-after: equivalents of Retry-After.
  {
    rule: 'rate-limit-retry-after',
    name: 'X-RateLimit-Reset-After header',
    doc: OAS(
      '  /a:\n    get:\n      responses: { "200": { description: OK }, "429": { description: Slow down, headers: { X-RateLimit-Reset-After: { schema: { type: number } } } } }\n',
    ),
  },
  {
    rule: 'rate-limit-retry-after',
    name: 'retry_after body field',
    doc: OAS(
      '  /a:\n    get:\n      responses: { "200": { description: OK }, "429": { description: Slow down, content: { application/json: { schema: { type: object, properties: { retry_after: { type: number } } } } } } }\n',
    ),
  },
  {
    rule: 'rate-limit-retry-after',
    name: 'X-RateLimit-Limit says nothing about when',
    doc: OAS(
      '  /a:\n    get:\n      responses: { "200": { description: OK }, "429": { description: Slow down, headers: { X-RateLimit-Limit: { schema: { type: integer } } } } }\n',
    ),
  },
  // idempotency-key-on-create: updates and actions are not creates; a document-wide statement counts.
  {
    rule: 'idempotency-key-on-create',
    name: 'POST on an item and an action verb',
    doc: OAS(
      '  /tasks/{id}:\n    post: { responses: { "200": { description: OK } } }\n  /tasks/{id}/addFollowers:\n    post: { responses: { "200": { description: OK } } }\n  /Calls/{Sid}.json:\n    post: { responses: { "200": { description: OK } } }\n  /tasks/{id}/subtasks:\n    post: { responses: { "201": { description: Created } } }\n',
    ),
  },
  {
    rule: 'idempotency-key-on-create',
    name: 'stated in info.description',
    doc: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0, description: "Every POST accepts an Idempotency-Key header." }\npaths:\n  /orders:\n    post: { responses: { "201": { description: Created } } }\n',
  },
  // pagination-next-link: keyset ids and time ranges need no next link; an offset does.
  {
    rule: 'pagination-next-link',
    name: 'keyset before/after and a start-end range',
    doc: OAS(
      '  /messages:\n    get:\n      parameters: [{ name: before, in: query, schema: { type: string } }, { name: limit, in: query, schema: { type: integer } }]\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { data: { type: array } } } } } } }\n  /metrics:\n    get:\n      parameters: [{ name: start, in: query, schema: { type: string } }, { name: end, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { data: { type: array } } } } } } }\n',
    ),
  },
  {
    rule: 'pagination-next-link',
    name: 'a start offset without end',
    doc: OAS(
      '  /items:\n    get:\n      parameters: [{ name: start, in: query, schema: { type: integer } }]\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { data: { type: array } } } } } } }\n',
    ),
  },
  // error-schema-consistent: two spellings of one target are one shape.
  {
    rule: 'error-schema-consistent',
    name: 'two ref spellings of one schema',
    doc: OAS(
      '  /a:\n    get:\n      responses: { "200": { description: OK }, "400": { description: Bad, content: { application/json: { schema: { $ref: "#/components/schemas/Error" } } } } }\n  /b:\n    get:\n      responses: { "200": { description: OK }, "400": { description: Bad, content: { application/json: { schema: { $ref: "#/components/schemas/Err" } } } } }\n',
      'components: { schemas: { Error: { type: object, properties: { code: { type: string } } }, Err: { $ref: "#/components/schemas/Error" } } }\n',
    ),
  },
  {
    rule: 'sunset-after-deprecation',
    name: 'a value that is no date is not read as one',
    doc: OAS(
      '  /old:\n    get:\n      deprecated: true\n      x-deprecated-at: "2026-06-01"\n      x-sunset: "1"\n      responses: { "200": { description: OK } }\n',
    ),
  },
  {
    rule: 'sunset-after-deprecation',
    name: 'HTTP-dates are compared as dates',
    doc: OAS(
      '  /old:\n    get:\n      deprecated: true\n      x-deprecated-at: "Mon, 01 Jun 2026 00:00:00 GMT"\n      x-sunset: "Sun, 01 Mar 2026 00:00:00 GMT"\n      responses: { "200": { description: OK } }\n',
    ),
  },
  // operation-security-defined: wording and OAuth endpoints.
  {
    rule: 'operation-security-defined',
    name: 'a document that declares no security at all is one finding',
    doc: OAS('  /a:\n    get:\n      responses: { "200": { description: OK } }\n  /b:\n    post:\n      responses: { "200": { description: OK } }\n'),
  },
  {
    rule: 'operation-security-defined',
    name: 'a document with schemes leaves each unsecured operation its own finding',
    doc: OAS(
      '  /a:\n    get:\n      responses: { "200": { description: OK } }\n  /b:\n    post:\n      responses: { "200": { description: OK } }\n',
      'components: { securitySchemes: { key: { type: http, scheme: bearer } } }\n',
    ),
  },
  {
    rule: 'error-no-internals',
    name: 'file alone is a resource, file with line a source position',
    doc: OAS(
      '  /a:\n    get:\n      responses:\n        "400": { description: E, content: { application/json: { schema: { type: object, properties: { file: { type: string } } } } } }\n        "500": { description: E, content: { application/json: { schema: { type: object, properties: { file: { type: string }, line: { type: integer } } } } } }\n',
    ),
  },
  {
    rule: 'operation-security-defined',
    name: 'plainly worded public and OAuth token',
    doc: OAS(
      '  /zip/{id}/content:\n    get:\n      description: "This URL does not\\nrequire any form of authentication."\n      security: []\n      responses: { "200": { description: OK } }\n  /oauth2/token:\n    post:\n      security: []\n      responses: { "200": { description: OK } }\n',
      SECURED,
    ),
  },
  // operation-success-response: a deprecated 410-only operation is retired, a live one is a gap.
  {
    rule: 'operation-success-response',
    name: 'deprecated and 410 only',
    doc: OAS(
      '  /old:\n    post:\n      deprecated: true\n      responses: { "410": { description: Gone } }\n  /live:\n    post:\n      responses: { "410": { description: Gone } }\n',
    ),
  },
  // sort-allow-listed: 3.1 oneOf of const, an order filter, and a free-form sort.
  {
    rule: 'sort-allow-listed',
    name: 'oneOf const, order filter, free string',
    doc: OAS(
      '  /a:\n    get:\n      parameters:\n        - { name: sort, in: query, schema: { oneOf: [{ const: created }, { const: name }] } }\n        - { name: order, in: query, description: The order to retrieve returns for., schema: { type: string } }\n        - { name: order_by, in: query, description: Field to sort by., schema: { type: string } }\n      responses: { "200": { description: OK } }\n',
    ),
  },
  // success-no-error-body: a job's error with a status beside it is not an error envelope.
  {
    rule: 'success-no-error-body',
    name: 'job with status and error',
    doc: OAS(
      '  /jobs/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { status: { type: string }, error: { type: string } } } } } } }\n',
    ),
  },
  // info-version-semver: versions that are not semver but are versions.
  { rule: 'info-version-semver', name: 'MAJOR.MINOR', doc: 'openapi: 3.1.0\ninfo: { title: T, version: "2.0" }\npaths: {}\n' },
  { rule: 'info-version-semver', name: 'CalVer', doc: 'openapi: 3.1.0\ninfo: { title: T, version: "2024.0" }\npaths: {}\n' },
  { rule: 'info-version-semver', name: 'a word', doc: 'openapi: 3.1.0\ninfo: { title: T, version: latest }\npaths: {}\n' },
  // create-201-location and accepted-status-link: an id in the body is the equivalent.
  {
    rule: 'create-201-location',
    name: 'created resource with its id',
    doc: OAS(
      '  /orders:\n    post:\n      responses: { "201": { description: Created, content: { application/json: { schema: { type: object, properties: { data: { type: object, properties: { gid: { type: string } } } } } } } } }\n',
    ),
  },
  {
    rule: 'accepted-status-link',
    name: 'run id a sibling GET accepts',
    doc: OAS(
      '  /runs:\n    post:\n      responses: { "202": { description: Accepted, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } } }\n  /runs/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
    ),
  },
  {
    rule: 'accepted-status-link',
    name: 'run id nothing accepts',
    doc: OAS(
      '  /runs:\n    post:\n      responses: { "202": { description: Accepted, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } } }\n',
    ),
  },
  // event-message-name and event-message-content-type (AsyncAPI 3.0).
  {
    rule: 'event-message-name',
    name: '3.0 components/messages key',
    doc: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  a:\n    messages: { hello: { $ref: "#/components/messages/hello" } }\ncomponents:\n  messages:\n    hello: { payload: { type: object } }\n',
  },
  {
    rule: 'event-message-content-type',
    name: 'three messages, one missing default',
    doc: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  a:\n    messages: { hello: { $ref: "#/components/messages/hello" }, bye: { $ref: "#/components/messages/bye" }, json: { $ref: "#/components/messages/json" } }\ncomponents:\n  messages:\n    hello: { payload: { type: object } }\n    bye: { payload: { type: object } }\n    json: { contentType: application/json, payload: { type: object } }\n',
  },
  // Second round, from labelling the precision sample (bench/precision).
  {
    rule: 'auth-rate-limited',
    name: 'an auth segment deep in a configuration path',
    doc: OAS(
      '  /SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json:\n    get: { responses: { "200": { description: OK } } }\n  /auth/token:\n    post: { responses: { "200": { description: OK } } }\n',
    ),
  },
  {
    rule: 'pagination-next-link',
    name: 'next_page_uri (Twilio)',
    doc: OAS(
      '  /Calls.json:\n    get:\n      parameters: [{ name: Page, in: query, schema: { type: integer } }]\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { calls: { type: array }, next_page_uri: { type: string } } } } } } }\n',
    ),
  },
  {
    rule: 'error-problem-json',
    name: 'an HTML error page of a browser flow',
    doc: OAS(
      '  /authorize:\n    get:\n      responses: { "302": { description: Redirect }, default: { description: Error, content: { text/html: { schema: { type: string } } } } }\n',
    ),
  },
  {
    rule: 'error-schema-consistent',
    name: 'OAuth error shape beside the API error',
    doc: OAS(
      '  /a:\n    get:\n      responses: { "200": { description: OK }, "400": { description: Bad, content: { application/json: { schema: { type: object, properties: { code: { type: string } } } } } } }\n  /oauth2/token:\n    post:\n      responses: { "200": { description: OK }, "400": { description: Bad, content: { application/json: { schema: { type: object, properties: { error: { type: string }, error_description: { type: string } } } } } } }\n',
    ),
  },
  {
    rule: 'success-no-error-body',
    name: 'a validation result with valid and error',
    doc: OAS(
      '  /validate:\n    post:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { valid: { type: boolean }, error: { type: object } } } } } } }\n',
    ),
  },
  {
    rule: 'path-casing-consistent',
    name: 'camel-case action verbs beside snake nouns',
    doc: OAS(
      '  /custom_fields/{id}/addEnumOption:\n    post: { responses: { "200": { description: OK } } }\n  /tasks/{id}/setParent:\n    post: { responses: { "200": { description: OK } } }\n  /project_statuses:\n    get: { responses: { "200": { description: OK } } }\n  /projectTemplates:\n    get: { responses: { "200": { description: OK } } }\n',
    ),
  },
  {
    rule: 'no-secrets-in-url',
    name: 'a token object addressed by its id',
    doc: OAS(
      '  /tokens/{token}:\n    get:\n      parameters: [{ name: token, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n  /reset/{token}:\n    post:\n      parameters: [{ name: token, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
    ),
  },
  {
    rule: 'pagination-next-link',
    name: 'stray paging parameters on one item',
    doc: OAS(
      '  /volumes/{id}/actions/{action_id}:\n    get:\n      parameters: [{ name: page, in: query, schema: { type: integer } }]\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { action: { type: object } } } } } } }\n',
    ),
  },
  {
    rule: 'path-casing-consistent',
    name: 'a product name that starts with a digit',
    doc: OAS('  /1-clicks:\n    get: { responses: { "200": { description: OK } } }\n  /access_keys:\n    get: { responses: { "200": { description: OK } } }\n'),
  },
  {
    rule: 'idempotency-key-on-create',
    name: 'sessions and tokens are short-lived',
    doc: OAS(
      '  /billing_portal/sessions:\n    post: { responses: { "200": { description: OK } } }\n  /connection_tokens:\n    post: { responses: { "200": { description: OK } } }\n',
    ),
  },
];
