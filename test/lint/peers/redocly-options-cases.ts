import type { RuleOptionValue } from '../../../src/core/rule.js';

/**
 * Redocly's option rules (off in `recommended`, configured in redocly.yaml) as archway rules:
 * per rule failing and passing cases with the options a config gives, and the boundaries (a
 * status code before its range, an exception, a skipped 204, a reference across files).
 */
const OAS3 = 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\n';
const OAS2 = 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\n';
const OK = '{ "200": { description: OK } }';

export interface RedoclyOptionCase {
  peer: string;
  rule: string;
  name: string;
  doc: string;
  /** Other files beside `contract.yaml`, by relative path. */
  files?: Record<string, string>;
  options?: Record<string, RuleOptionValue>;
  /** `ruleId@pointer line:col message {data}`, in order. */
  expected: string[];
}

export const REDOCLY_OPTION_CASES: RedoclyOptionCase[] = [
  {
    peer: 'request-mime-type',
    rule: 'request-mime-type',
    name: 'an allowed second type',
    options: { allowedValues: ['application/json', 'application/xml'] },
    doc: `${OAS3}paths:\n  /a:\n    post:\n      requestBody: { content: { application/xml: {}, text/csv: {} } }\n      responses: ${OK}\n`,
    expected: [
      'request-mime-type@/paths/~1a/post/requestBody/content/text~1csv 6:54 request media type text/csv is not one of the allowed application/json, application/xml {"mediaType":"text/csv"}',
    ],
  },
  {
    peer: 'request-mime-type',
    rule: 'request-mime-type',
    name: 'a request body component, judged where written',
    doc: `${OAS3}paths:\n  /a:\n    post:\n      requestBody: { $ref: "#/components/requestBodies/B" }\n      responses: ${OK}\n  /b:\n    put:\n      requestBody: { $ref: "#/components/requestBodies/B" }\n      responses: ${OK}\ncomponents:\n  requestBodies:\n    B: { content: { text/plain: {} } }\n`,
    expected: [
      'request-mime-type@/components/requestBodies/B/content/text~1plain 14:21 request media type text/plain is not one of the allowed application/json {"mediaType":"text/plain"}',
    ],
  },
  {
    peer: 'request-mime-type',
    rule: 'request-mime-type',
    name: 'Swagger 2.0 consumes, document and operation',
    doc: `${OAS2}consumes: [application/json, application/x-www-form-urlencoded]\npaths:\n  /a:\n    post:\n      consumes: [multipart/form-data]\n      responses: ${OK}\n`,
    expected: [
      'request-mime-type@/consumes/1 3:30 request media type application/x-www-form-urlencoded is not one of the allowed application/json {"mediaType":"application/x-www-form-urlencoded"}',
      'request-mime-type@/paths/~1a/post/consumes/0 7:18 request media type multipart/form-data is not one of the allowed application/json {"mediaType":"multipart/form-data"}',
    ],
  },
  {
    peer: 'request-mime-type',
    rule: 'request-mime-type',
    name: 'callback and webhook responses: what the API reads back',
    doc: `${OAS3}paths:\n  /a:\n    post:\n      responses: ${OK}\n      callbacks:\n        done:\n          "{$request.body#/url}":\n            post:\n              requestBody: { content: { application/xml: {} } }\n              responses: { "200": { description: OK, content: { text/plain: {} } } }\nwebhooks:\n  ping:\n    post:\n      requestBody: { content: { text/csv: {} } }\n      responses: { "202": { description: Accepted, content: { text/html: {} } } }\n`,
    expected: [
      'request-mime-type@/paths/~1a/post/callbacks/done/{$request.body#~1url}/post/responses/200/content/text~1plain 12:65 request media type text/plain is not one of the allowed application/json {"mediaType":"text/plain"}',
      'request-mime-type@/webhooks/ping/post/responses/202/content/text~1html 17:63 request media type text/html is not one of the allowed application/json {"mediaType":"text/html"}',
    ],
  },
  {
    peer: 'response-mime-type',
    rule: 'response-mime-type',
    name: 'callback and webhook request bodies: what the API sends',
    doc: `${OAS3}paths:\n  /a:\n    post:\n      responses: ${OK}\n      callbacks:\n        done:\n          "{$request.body#/url}":\n            post:\n              requestBody: { content: { application/xml: {} } }\n              responses: { "200": { description: OK, content: { text/plain: {} } } }\nwebhooks:\n  ping:\n    post:\n      requestBody: { content: { text/csv: {} } }\n      responses: { "202": { description: Accepted, content: { text/html: {} } } }\n`,
    expected: [
      'response-mime-type@/paths/~1a/post/callbacks/done/{$request.body#~1url}/post/requestBody/content/application~1xml 11:41 response media type application/xml is not one of the allowed application/json {"mediaType":"application/xml"}',
      'response-mime-type@/webhooks/ping/post/requestBody/content/text~1csv 16:33 response media type text/csv is not one of the allowed application/json {"mediaType":"text/csv"}',
    ],
  },
  {
    peer: 'response-contains-header',
    rule: 'response-contains-header',
    name: 'callback and webhook responses',
    options: { names: { '2XX': ['X-Request-Id'] } },
    doc: `${OAS3}paths:\n  /a:\n    post:\n      responses: ${OK}\n      callbacks:\n        done:\n          "{$request.body#/url}":\n            post:\n              requestBody: { content: { application/xml: {} } }\n              responses: { "200": { description: OK, content: { text/plain: {} } } }\nwebhooks:\n  ping:\n    post:\n      requestBody: { content: { text/csv: {} } }\n      responses: { "202": { description: Accepted, content: { text/html: {} } } }\n`,
    expected: [
      'response-contains-header@/paths/~1a/post/responses/200/headers 6:20 a 200 response does not declare the header X-Request-Id {"status":"200","headers":["X-Request-Id"]}',
      'response-contains-header@/paths/~1a/post/callbacks/done/{$request.body#~1url}/post/responses/200/headers 12:28 a 200 response does not declare the header X-Request-Id {"status":"200","headers":["X-Request-Id"]}',
      'response-contains-header@/webhooks/ping/post/responses/202/headers 17:20 a 202 response does not declare the header X-Request-Id {"status":"202","headers":["X-Request-Id"]}',
    ],
  },
  {
    peer: 'response-mime-type',
    rule: 'response-mime-type',
    name: 'Swagger 2.0 produces',
    doc: `${OAS2}produces: [application/json]\npaths:\n  /a:\n    get:\n      produces: [application/json, text/html]\n      responses: ${OK}\n`,
    expected: [
      'response-mime-type@/paths/~1a/get/produces/1 7:36 response media type text/html is not one of the allowed application/json {"mediaType":"text/html"}',
    ],
  },
  {
    peer: 'response-mime-type',
    rule: 'response-mime-type',
    name: 'an allow-list of problem+json too',
    options: { allowedValues: ['application/json', 'application/problem+json'] },
    doc: `${OAS3}paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK, content: { application/json: {} } }\n        "404": { description: Missing, content: { application/problem+json: {} } }\n`,
    expected: [],
  },
  {
    peer: 'response-contains-header',
    rule: 'response-contains-header',
    name: 'the code before its range, the range in lower case, names case-insensitive',
    options: { names: { '200': ['ETag'], '2XX': ['X-Request-Id'], '4xx': ['X-Request-Id'] } },
    doc: `${OAS3}paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK, headers: { etag: { schema: { type: string } } } }\n        "201": { description: Created, headers: { Location: { schema: { type: string } } } }\n        "404": { description: Missing }\n        "500": { description: Failed }\n`,
    expected: [
      'response-contains-header@/paths/~1a/get/responses/201/headers 8:40 a 201 response does not declare the header X-Request-Id {"status":"201","headers":["X-Request-Id"]}',
      'response-contains-header@/paths/~1a/get/responses/404/headers 9:9 a 404 response does not declare the header X-Request-Id {"status":"404","headers":["X-Request-Id"]}',
    ],
  },
  {
    peer: 'response-contains-header',
    rule: 'response-contains-header',
    name: 'no names configured',
    doc: `${OAS3}paths:\n  /a:\n    get:\n      responses: ${OK}\n`,
    expected: [],
  },
  {
    peer: 'response-contains-property',
    rule: 'response-contains-property',
    name: 'a shared schema reported once where written; 204 and non-objects skipped',
    options: { names: { '2XX': ['id'], default: ['code'] } },
    doc: `${OAS3}paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/A" } } } }\n        "204": { description: None, content: { application/json: { schema: { type: object } } } }\n        default: { description: Failed, content: { application/json: { schema: { type: string } } } }\n  /b:\n    get:\n      responses:\n        "201": { description: Created, content: { application/json: { schema: { $ref: "#/components/schemas/A" } } } }\ncomponents:\n  schemas:\n    A: { type: object, properties: { name: { type: string }, nested: { type: object, properties: { id: { type: string } } } } }\n`,
    expected: ['response-contains-property@/components/schemas/A/properties 16:24 the response body has no top-level id property {"properties":["id"]}'],
  },
  {
    peer: 'response-contains-property',
    rule: 'response-contains-property',
    name: 'Swagger 2.0 response schema',
    options: { names: { '200': ['id'] } },
    doc: `${OAS2}paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK, schema: { type: object, properties: { id: { type: string } } } }\n`,
    expected: [],
  },
  {
    peer: 'path-segment-plural',
    rule: 'path-segment-plural',
    name: 'pluralize’s judgement: uncountable, irregular, -us, versions',
    doc: `${OAS3}paths:\n  /v1/people/{id}/news: { get: { responses: ${OK} } }\n  /statuses/data/children: { get: { responses: ${OK} } }\n  /status: { get: { responses: ${OK} } }\n`,
    expected: [
      'path-segment-plural@/paths/~1v1~1people~1{id}~1news 4:3 path /v1/people/{id}/news has singular segments v1, news {"segments":["v1","news"]}',
      'path-segment-plural@/paths/~1status 6:3 path /status has singular segment status {"segments":["status"]}',
    ],
  },
  {
    peer: 'path-segment-plural',
    rule: 'path-segment-plural',
    name: 'exceptions and ignoreLastPathSegment',
    options: { exceptions: ['v1'], ignoreLastPathSegment: true },
    doc: `${OAS3}paths:\n  /v1/orders/{id}/cancel: { post: { responses: ${OK} } }\n  /v1/order/{id}: { get: { responses: ${OK} } }\n`,
    expected: ['path-segment-plural@/paths/~1v1~1order~1{id} 5:3 path /v1/order/{id} has singular segment order {"segments":["order"]}'],
  },
  {
    peer: 'spec-strict-refs',
    rule: 'spec-strict-refs',
    name: 'a media type, a schema map and an operation as $ref; example values left alone',
    doc: `${OAS3}paths:\n  /a:\n    get: { $ref: "#/components/x-op" }\n  /b:\n    get:\n      responses:\n        "200":\n          description: OK\n          content:\n            application/json: { $ref: "#/components/x-media" }\n          x-note: { $ref: "#/components/x-media" }\n          x-extra: { nested: { $ref: "#/components/x-media" } }\ncomponents:\n  schemas:\n    A: { type: object, properties: { $ref: "#/components/x-props" }, example: { $ref: "#/anything" } }\n  x-op: { responses: ${OK} }\n  x-media: { schema: { type: object } }\n  x-props: { id: { type: string } }\n`,
    expected: [
      'spec-strict-refs@/paths/~1a/get/$ref 5:12 $ref is not allowed in place of an operation {"object":"Operation"}',
      'spec-strict-refs@/paths/~1b/get/responses/200/content/application~1json/$ref 12:33 $ref is not allowed in place of a media type {"object":"MediaType"}',
      'spec-strict-refs@/paths/~1b/get/responses/200/x-note/$ref 13:21 $ref is not allowed in place of an extension {"object":"Extension"}',
      'spec-strict-refs@/components/schemas/A/properties/$ref 17:38 $ref is not allowed in place of a map of schemas {"object":"Schemas"}',
    ],
  },
  {
    peer: 'spec-strict-refs',
    rule: 'spec-strict-refs',
    name: 'references where OpenAPI allows them, across files',
    files: { 'pet.yaml': 'type: object\nproperties:\n  owner: { $ref: "#/$defs/Owner" }\n$defs:\n  Owner: { type: string }\n' },
    doc: `${OAS3}paths:\n  /a:\n    $ref: "#/components/pathItems/A"\ncomponents:\n  pathItems:\n    A:\n      get:\n        parameters: [{ $ref: "#/components/parameters/P" }]\n        responses: { "200": { $ref: "#/components/responses/R" } }\n  parameters:\n    P: { name: p, in: query, schema: { $ref: "./pet.yaml" } }\n  responses:\n    R: { description: OK, headers: { x-request-id: { $ref: "#/components/headers/X" } } }\n  headers:\n    X: { schema: { type: string } }\n`,
    expected: [],
  },
  {
    peer: 'spec-strict-refs',
    rule: 'spec-strict-refs',
    name: 'Redoc’s x-webhooks in 3.0 are path items',
    doc: `openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths: {}\nx-webhooks:\n  ping:\n    post:\n      requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/A" } } } }\n      responses: ${OK}\ncomponents:\n  schemas:\n    A: { type: object }\n`,
    expected: [],
  },
  {
    peer: 'component-name-unique',
    rule: 'component-name-unique',
    name: 'a schema file named like a component',
    files: { 'schemas/Pet.yaml': 'type: object\nproperties:\n  name: { type: string }\n' },
    doc: `${OAS3}paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK, content: { application/json: { schema: { $ref: "./schemas/Pet.yaml" } } } }\ncomponents:\n  schemas:\n    Pet: { type: object }\n`,
    expected: [
      'component-name-unique@/components/schemas/Pet 10:5 component schemas/Pet is also defined at schemas/Pet.yaml {"component":"schemas/Pet"}',
      'component-name-unique@ 1:1 component schemas/Pet is also defined at #/components/schemas/Pet {"component":"schemas/Pet"}',
    ],
  },
  {
    peer: 'component-name-unique',
    rule: 'component-name-unique',
    name: 'schemas off',
    options: { schemas: 'off' },
    files: { 'schemas/Pet.yaml': 'type: object\n' },
    doc: `${OAS3}paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK, content: { application/json: { schema: { $ref: "./schemas/Pet.yaml" } } } }\ncomponents:\n  schemas:\n    Pet: { type: object }\n`,
    expected: [],
  },
  {
    peer: 'component-name-unique',
    rule: 'component-name-unique',
    name: 'one component referred to from two places',
    doc: `${OAS3}paths:\n  /a:\n    get:\n      parameters: [{ $ref: "#/components/parameters/Limit" }]\n      responses: ${OK}\n  /b:\n    get:\n      parameters: [{ $ref: "#/components/parameters/Limit" }]\n      responses: ${OK}\ncomponents:\n  parameters:\n    Limit: { name: limit, in: query, schema: { type: integer } }\n`,
    expected: [],
  },
];

/** Pinned findings of each option rule's bad and good example (linted with `examples.options`). */
export const REDOCLY_OPTION_EXAMPLES: Record<string, string[]> = {
  'request-mime-type bad example': [
    'request-mime-type@/paths/~1orders/post/requestBody/content/application~1xml 6:33 request media type application/xml is not one of the allowed application/json {"mediaType":"application/xml"}',
  ],
  'request-mime-type good example': [],
  'response-mime-type bad example': [
    'response-mime-type@/paths/~1orders/get/responses/200/content/text~1plain 6:57 response media type text/plain is not one of the allowed application/json {"mediaType":"text/plain"}',
  ],
  'response-mime-type good example': [],
  'response-contains-header bad example': [
    'response-contains-header@/paths/~1orders/get/responses/200/headers 6:20 a 200 response does not declare the header X-Request-Id {"status":"200","headers":["X-Request-Id"]}',
  ],
  'response-contains-header good example': [],
  'response-contains-property bad example': [
    'response-contains-property@/paths/~1orders/get/responses/404/content/application~1json/schema/properties 7:95 the response body has no top-level code property {"properties":["code"]}',
  ],
  'response-contains-property good example': [],
  'path-segment-plural bad example': ['path-segment-plural@/paths/~1order~1{id} 4:3 path /order/{id} has singular segment order {"segments":["order"]}'],
  'path-segment-plural good example': [],
  'spec-strict-refs bad example': [
    'spec-strict-refs@/paths/~1orders/get/responses/$ref 6:20 $ref is not allowed in place of a map of responses {"object":"Responses"}',
  ],
  'spec-strict-refs good example': [],
  'component-name-unique bad example': [
    'component-name-unique@/components/schemas/Pet 6:5 component schemas/Pet is also defined at #/components/schemas/Shop/$defs/Pet {"component":"schemas/Pet"}',
    'component-name-unique@/components/schemas/Shop/$defs/Pet 7:106 component schemas/Pet is also defined at #/components/schemas/Pet {"component":"schemas/Pet"}',
  ],
  'component-name-unique good example': [],
};
