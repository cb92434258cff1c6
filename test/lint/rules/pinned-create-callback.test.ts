import { OAS, pin } from './pin.js';

/** create-answers-201 (what a create is, which success codes answer it) and callback-url-restricted (which properties are called URLs, what restricts them). */
const ID = '{ type: object, properties: { id: { type: string } } }';
const POST = (path: string, responses: string, body = 'requestBody: { content: { application/json: { schema: { type: object } } } }') =>
  OAS(`paths:\n  ${path}:\n    post:\n      ${body}\n      responses: { ${responses} }\n`);
const OK = `"200": { description: OK, content: { application/json: { schema: ${ID} } } }`;
const SWAGGER = (parameter: string) =>
  `swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    post:\n      parameters: [${parameter}]\n      responses: { "200": { description: OK, schema: ${ID} } }\n`;
const CALL = (path: string, property: string, schema = '{ type: string, format: uri }', parameters = '') =>
  OAS(
    `paths:\n  ${path}:\n    post:\n${parameters}      requestBody: { content: { application/json: { schema: { type: object, properties: { ${property}: ${schema} } } } } }\n      responses: { "201": { description: Created } }\n`,
  );
const CREATE = 'create-answers-201';
const CALLBACK = 'callback-url-restricted';

pin([
  [
    CREATE,
    '2.0: a body parameter',
    SWAGGER('{ name: body, in: body, schema: { type: object } }'),
    ['create-answers-201@/paths/~1orders/post/responses/200 7:20 POST /orders creates with 200 OK instead of 201 Created {"operation":"POST /orders"}'],
  ],
  [
    CREATE,
    '2.0: form data',
    SWAGGER('{ name: note, in: formData, type: string }'),
    ['create-answers-201@/paths/~1orders/post/responses/200 7:20 POST /orders creates with 200 OK instead of 201 Created {"operation":"POST /orders"}'],
  ],
  [CREATE, '2.0: query parameters only', SWAGGER('{ name: note, in: query, type: string }'), []],
  [
    CREATE,
    'a trailing slash on the collection',
    POST('/orders/', OK),
    ['create-answers-201@/paths/~1orders~1/post/responses/200 7:20 POST /orders/ creates with 200 OK instead of 201 Created {"operation":"POST /orders/"}'],
  ],
  [CREATE, '201 declared as well', POST('/orders', `${OK}, "201": { description: Created }`), []],
  [CREATE, '207 declared as well', POST('/orders', `${OK}, "207": { description: Multi-Status }`), []],
  [CREATE, '2XX declared as well', POST('/orders', `${OK}, "2xx": { description: Fine }`), []],
  [
    CREATE,
    '208 is no create answer',
    POST('/orders', `${OK}, "208": { description: Already Reported }`),
    ['create-answers-201@/paths/~1orders/post/responses/200 7:20 POST /orders creates with 200 OK instead of 201 Created {"operation":"POST /orders"}'],
  ],
  [CREATE, 'no 200 at all', POST('/orders', '"204": { description: Done }'), []],
  [
    CREATE,
    'the id comes in the second body',
    POST('/orders', `"200": { description: OK, content: { text/plain: { schema: { type: string } }, application/json: { schema: ${ID} } } }`),
    ['create-answers-201@/paths/~1orders/post/responses/200 7:20 POST /orders creates with 200 OK instead of 201 Created {"operation":"POST /orders"}'],
  ],
  [
    CALLBACK,
    'a bare url sent to a webhook resource',
    CALL('/hooks', 'url'),
    [
      'callback-url-restricted@/paths/~1hooks/post/requestBody/content/application~1json/schema/properties/url 6:96 POST /hooks takes "url", a URL the service will call, without restricting it to https:// {"property":"url"}',
    ],
  ],
  [
    CALLBACK,
    "a bare url sent to a webhook's config",
    CALL('/hooks/{id}/config', 'url', undefined, '      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n'),
    [
      'callback-url-restricted@/paths/~1hooks~1{id}~1config/post/requestBody/content/application~1json/schema/properties/url 7:96 POST /hooks/{id}/config takes "url", a URL the service will call, without restricting it to https:// {"property":"url"}',
    ],
  ],
  [
    CALLBACK,
    'a bare url under a webhook that is not one',
    CALL('/webhooks/{id}/github', 'url', undefined, '      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n'),
    [],
  ],
  [CALLBACK, 'a bare url sent elsewhere', CALL('/orders', 'url'), []],
  [CALLBACK, 'another URL sent to a webhook resource', CALL('/hooks', 'targetUrl'), []],
  [
    CALLBACK,
    'a callback URI, nullable',
    CALL('/orders', 'callback_uri', '{ type: [string, "null"] }'),
    [
      'callback-url-restricted@/paths/~1orders/post/requestBody/content/application~1json/schema/properties/callback_uri 6:105 POST /orders takes "callback_uri", a URL the service will call, without restricting it to https:// {"property":"callback_uri"}',
    ],
  ],
  [
    CALLBACK,
    'a notification endpoint',
    CALL('/orders', 'notificationEndpoint'),
    [
      'callback-url-restricted@/paths/~1orders/post/requestBody/content/application~1json/schema/properties/notificationEndpoint 6:113 POST /orders takes "notificationEndpoint", a URL the service will call, without restricting it to https:// {"property":"notificationEndpoint"}',
    ],
  ],
  [CALLBACK, 'a webhook id is no URL', CALL('/orders', 'webhookId'), []],
  [CALLBACK, 'a webhook URL that is not a string', CALL('/orders', 'webhookUrl', '{ type: object }'), []],
  [CALLBACK, 'an enum pins it', CALL('/orders', 'webhookUrl', '{ type: string, enum: ["https://a.example.com/hook"] }'), []],
  [CALLBACK, 'a const pins it', CALL('/orders', 'webhookUrl', '{ type: string, const: "https://a.example.com/hook" }'), []],
  [CALLBACK, 'an escaped https pattern', CALL('/orders', 'webhookUrl', '{ type: string, pattern: "^https\\\\://" }'), []],
  [CALLBACK, 'a grouped https pattern', CALL('/orders', 'webhookUrl', '{ type: string, pattern: "^(https://)" }'), []],
  [
    CALLBACK,
    'a pattern that allows http',
    CALL('/orders', 'webhookUrl', '{ type: string, pattern: "^(https|http)://" }'),
    [
      'callback-url-restricted@/paths/~1orders/post/requestBody/content/application~1json/schema/properties/webhookUrl 6:103 POST /orders takes "webhookUrl", a URL the service will call, without restricting it to https:// {"property":"webhookUrl"}',
    ],
  ],
  [
    CALLBACK,
    'a pattern with https anywhere',
    CALL('/orders', 'webhookUrl', '{ type: string, pattern: ".*https://" }'),
    [
      'callback-url-restricted@/paths/~1orders/post/requestBody/content/application~1json/schema/properties/webhookUrl 6:103 POST /orders takes "webhookUrl", a URL the service will call, without restricting it to https:// {"property":"webhookUrl"}',
    ],
  ],
  [
    CALLBACK,
    'a pattern for http',
    CALL('/orders', 'webhookUrl', '{ type: string, pattern: "^http://" }'),
    [
      'callback-url-restricted@/paths/~1orders/post/requestBody/content/application~1json/schema/properties/webhookUrl 6:103 POST /orders takes "webhookUrl", a URL the service will call, without restricting it to https:// {"property":"webhookUrl"}',
    ],
  ],
  [
    CALLBACK,
    'a query parameter named like the property is not the property',
    CALL('/orders', 'webhookUrl', '{ type: string, pattern: "^https://" }', '      parameters: [{ name: callbackUrl, in: query, schema: { type: string } }]\n'),
    [],
  ],
  [
    CALLBACK,
    '2.0: a property of the body parameter',
    'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    post:\n      parameters: [{ name: webhookUrl, in: body, schema: { type: object, properties: { webhookUrl: { type: string } } } }]\n      responses: { "201": { description: Created } }\n',
    [
      'callback-url-restricted@/paths/~1orders/post/parameters/0/schema/properties/webhookUrl 6:100 POST /orders takes "webhookUrl", a URL the service will call, without restricting it to https:// {"property":"webhookUrl"}',
    ],
  ],
]);
