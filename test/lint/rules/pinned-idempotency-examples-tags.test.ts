import { A3, OAS, pin } from './pin.js';

/** idempotency-key-on-create (what is a create, where the key may be), example-value-or-external-value (every examples map) and asyncapi-tags-alphabetical. */
const POST = (path: string, parameters = '', info = '') =>
  OAS(`paths:\n  ${path}:\n    post:\n      parameters: [${parameters}]\n      responses: { "201": { description: Created } }\n`).replace(
    'version: 1.0.0 }',
    `version: 1.0.0${info} }`,
  );
const EXAMPLES = '{ none: { summary: s }, both: { value: 1, externalValue: "https://e.example.com/1.json" }, fine: { value: 1 }, odd: null }';
const TAGS = (tags: string) => A3(`info: { title: T, version: 1.0.0, tags: ${tags} }\n`);
const IDEMPOTENT = 'idempotency-key-on-create';
const EXAMPLE = 'example-value-or-external-value';
const ALPHABETICAL = 'asyncapi-tags-alphabetical';

pin([
  [IDEMPOTENT, 'an update through a trailing slash', POST('/orders/{id}/', '{ name: id, in: path, required: true, schema: { type: string } }'), []],
  [IDEMPOTENT, 'an item with a suffix', POST('/Calls/{Sid}.json', '{ name: Sid, in: path, required: true, schema: { type: string } }'), []],
  [IDEMPOTENT, 'sessions and tokens are short-lived', POST('/auth/login_tokens'), []],
  [
    IDEMPOTENT,
    'a collection that only starts like tokens',
    POST('/tokens_audits'),
    [
      'idempotency-key-on-create@/paths/~1tokens_audits/post 6:7 POST /tokens_audits creates without accepting an Idempotency-Key, so a retried request can create twice',
    ],
  ],
  [IDEMPOTENT, 'the info description promises it for all', POST('/payments', '', ', description: "Every POST takes an Idempotency-Key header."'), []],
  [IDEMPOTENT, 'an X-Idempotency-Key header', POST('/payments', '{ name: X-Idempotency-Key, in: header, schema: { type: string } }'), []],
  [
    IDEMPOTENT,
    'a query parameter is not the header',
    POST('/payments', '{ name: idempotency-key, in: query, schema: { type: string } }'),
    ['idempotency-key-on-create@/paths/~1payments/post 6:7 POST /payments creates without accepting an Idempotency-Key, so a retried request can create twice'],
  ],
  [
    EXAMPLE,
    'component examples',
    OAS(`paths: {}\ncomponents:\n  examples: ${EXAMPLES}\n`),
    [
      'example-value-or-external-value@/components/examples/none 5:15 example none has neither value nor externalValue {"example":"none"}',
      'example-value-or-external-value@/components/examples/both/externalValue 5:55 example both has both value and externalValue {"example":"both"}',
    ],
  ],
  [
    EXAMPLE,
    'media type examples',
    OAS(`paths:\n  /a: { get: { responses: { "200": { description: OK, content: { application/json: { examples: ${EXAMPLES} } } } } } }\n`),
    [
      'example-value-or-external-value@/paths/~1a/get/responses/200/content/application~1json/examples/none 4:98 example none has neither value nor externalValue {"example":"none"}',
      'example-value-or-external-value@/paths/~1a/get/responses/200/content/application~1json/examples/both/externalValue 4:138 example both has both value and externalValue {"example":"both"}',
    ],
  ],
  [
    EXAMPLE,
    'parameter examples',
    OAS(
      `paths:\n  /a: { get: { parameters: [{ name: q, in: query, schema: { type: integer }, examples: ${EXAMPLES} }], responses: { "200": { description: OK } } } }\n`,
    ),
    [
      'example-value-or-external-value@/paths/~1a/get/parameters/0/examples/none 4:90 example none has neither value nor externalValue {"example":"none"}',
      'example-value-or-external-value@/paths/~1a/get/parameters/0/examples/both/externalValue 4:130 example both has both value and externalValue {"example":"both"}',
    ],
  ],
  [
    EXAMPLE,
    'header examples',
    OAS(`paths:\n  /a: { get: { responses: { "200": { description: OK, headers: { X-Q: { schema: { type: integer }, examples: ${EXAMPLES} } } } } } }\n`),
    [
      'example-value-or-external-value@/paths/~1a/get/responses/200/headers/X-Q/examples/none 4:112 example none has neither value nor externalValue {"example":"none"}',
      'example-value-or-external-value@/paths/~1a/get/responses/200/headers/X-Q/examples/both/externalValue 4:152 example both has both value and externalValue {"example":"both"}',
    ],
  ],
  [
    EXAMPLE,
    'a referenced example is judged where it is written',
    OAS(
      `paths:\n  /a: { get: { responses: { "200": { description: OK, content: { application/json: { examples: { e: { $ref: "#/components/examples/E" } } } } } } } }\ncomponents:\n  examples:\n    E: { summary: s }\n`,
    ),
    ['example-value-or-external-value@/components/examples/E 7:5 example E has neither value nor externalValue {"example":"E","uses":2,"examples":[]}'],
  ],
  [
    EXAMPLE,
    '2.0: response examples are values by media type',
    'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { produces: [application/json], responses: { "200": { description: OK, examples: { application/json: { id: 1 } } } } } }\n',
    [],
  ],
  [
    ALPHABETICAL,
    'the first pair out of order',
    TAGS('[{ name: a }, { name: c }, { name: b }, { name: a }]'),
    ['asyncapi-tags-alphabetical@/info/tags/1 3:55 tag c is listed before b; tags are not in alphabetical order {"tag":"c","next":"b"}'],
  ],
  [ALPHABETICAL, 'the same name twice is in order', TAGS('[{ name: a }, { name: a }]'), []],
  [ALPHABETICAL, 'tags without a name break the comparison', TAGS('[{ name: b }, { description: d }, { name: a }, c]'), []],
  [ALPHABETICAL, 'tags that are not a list', TAGS('{ name: b }'), []],
]);
