import { A2, OAS, pin } from './pin.js';

/** openapi-tags, no-http-verbs-in-paths, sunset-after-deprecation and asyncapi-schema-default: their edges. */
const PATHS = (...paths: string[]) => OAS(`paths:\n${paths.map((p) => `  ${p}: { get: { responses: { "200": { description: OK } } } }\n`).join('')}`);
const DATES = (dates: string) => OAS(`paths:\n  /old:\n    get:\n      deprecated: true\n${dates}      responses: { "200": { description: OK } }\n`);
const TAGS = 'openapi-tags';
const VERBS = 'no-http-verbs-in-paths';
const SUNSET = 'sunset-after-deprecation';
const DEFAULTS = 'asyncapi-schema-default';

pin([
  [TAGS, 'an empty tag list', OAS('tags: []\npaths: {}\n'), ['openapi-tags@/tags 3:1 the document declares no tags']],
  [TAGS, 'no tags in 3.x', OAS('paths: {}\n'), ['openapi-tags@/openapi 1:1 the document declares no tags']],
  [TAGS, 'no tags in 2.0', 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\npaths: {}\n', ['openapi-tags@/swagger 1:1 the document declares no tags']],
  [VERBS, 'a parameter named like a verb', PATHS('/orders/{get}', '/posts/{postId}'), []],
  [
    VERBS,
    'a verb after a parameter in one segment',
    PATHS('/orders/{id}.get'),
    ['no-http-verbs-in-paths@/paths/~1orders~1{id}.get 4:3 path /orders/{id}.get names the HTTP method "get" {"path":"/orders/{id}.get","verb":"get"}'],
  ],
  [
    VERBS,
    'a verb before a parameter in one segment',
    PATHS('/orders/get-{id}'),
    ['no-http-verbs-in-paths@/paths/~1orders~1get-{id} 4:3 path /orders/get-{id} names the HTTP method "get" {"path":"/orders/get-{id}","verb":"get"}'],
  ],
  [
    VERBS,
    'a camel-case verb',
    PATHS('/orders/getAll'),
    ['no-http-verbs-in-paths@/paths/~1orders~1getAll 4:3 path /orders/getAll names the HTTP method "get" {"path":"/orders/getAll","verb":"get"}'],
  ],
  [
    SUNSET,
    'dates with spaces around them',
    DATES('      x-deprecated-at: " 2026-06-01 "\n      x-sunset: " 2026-03-01 "\n'),
    ['sunset-after-deprecation@/paths/~1old/get/x-sunset 8:17 GET /old sunsets on  2026-03-01 , before its deprecation on  2026-06-01 '],
  ],
  [SUNSET, 'the same day', DATES('      x-deprecated-at: "2026-06-01"\n      x-sunset: "Mon, 01 Jun 2026 00:00:00 GMT"\n'), []],
  [SUNSET, 'a sunset only', DATES('      x-sunset: "2026-03-01"\n'), []],
  [SUNSET, 'a deprecation only', DATES('      x-deprecated-at: "2026-06-01"\n'), []],
  [SUNSET, 'a date that is not a string', DATES('      x-deprecated-at: "2026-06-01"\n      x-sunset: 1\n'), []],
  [
    DEFAULTS,
    '2.x: a component parameter default',
    A2('channels: {}\ncomponents:\n  parameters:\n    region: { schema: { type: string, enum: [eu, us], default: ap } }\n'),
    [
      'asyncapi-schema-default@/components/parameters/region/schema/default 6:64 the default of the schema of parameter region does not match it: must be one of "eu", "us" {"keyword":"enum","path":""}',
    ],
  ],
  [
    DEFAULTS,
    "2.x: a channel's own parameter, and one it references, each checked once",
    A2(
      'channels:\n  "orders/{region}/{zone}":\n    parameters:\n      region: { $ref: "#/components/parameters/region" }\n      zone: { schema: { type: string, enum: [a, b], default: c } }\ncomponents:\n  parameters:\n    region: { schema: { type: string, enum: [eu, us], default: ap } }\n',
    ),
    [
      'asyncapi-schema-default@/channels/orders~1{region}~1{zone}/parameters/zone/schema/default 7:62 the default of the schema of parameter zone does not match it: must be one of "a", "b" {"keyword":"enum","path":""}',
      'asyncapi-schema-default@/components/parameters/region/schema/default 10:64 the default of the schema of parameter region does not match it: must be one of "eu", "us" {"keyword":"enum","path":""}',
    ],
  ],
  [DEFAULTS, '2.x: a parameter without a schema', A2('channels:\n  "orders/{region}":\n    parameters:\n      region: { description: d }\n'), []],
]);
