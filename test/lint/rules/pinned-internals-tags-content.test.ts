import { A3, OAS, pin } from './pin.js';

/** error-no-internals, tag-description, event-message-content-type and scoped-403: their edges. */
const ERROR = (code: string, properties: string) =>
  OAS(
    `paths:\n  /a:\n    get:\n      responses:\n        "${code}": { description: E, content: { application/json: { schema: { type: object, properties: { ${properties} } } } } }\n`,
  );
const S = '{ type: string }';
const TAGS = (tags: string) => OAS(`tags: ${tags}\npaths: {}\n`);
const MESSAGES = (names: string[], top = '') =>
  A3(
    `${top}channels:\n  c:\n    address: c\n    messages:\n${names.map((n) => `      ${n.split(':')[0]}: { name: ${n.split(':')[0]}${n.includes(':') ? `, contentType: "${n.split(':')[1]}"` : ''} }\n`).join('')}`,
  );
const SCOPED = (security: string) =>
  OAS(
    `paths:\n  /a:\n    delete:\n      security: ${security}\n      responses: { "204": { description: Gone } }\ncomponents: { securitySchemes: { oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://x/t", scopes: { admin: A } } } } } }\n`,
  );
const INTERNALS = 'error-no-internals';
const TAGGED = 'tag-description';
const CONTENT = 'event-message-content-type';
const FORBIDDEN = 'scoped-403';

pin([
  [
    INTERNALS,
    'a default response',
    ERROR('default', `sql: ${S}`),
    [
      'error-no-internals@/paths/~1a/get/responses/default/content/application~1json/schema/properties/sql 7:107 error schema exposes "sql", an internal detail',
    ],
  ],
  [INTERNALS, 'a 205 is no error', ERROR('205', `stack: ${S}`), []],
  [
    INTERNALS,
    'file and line together, in any case; debug but not debug/info',
    ERROR('500', `File: ${S}, LINE: { type: integer }, "debug/info": ${S}, debug: ${S}`),
    [
      'error-no-internals@/paths/~1a/get/responses/500/content/application~1json/schema/properties/File 7:103 error schema exposes "File", an internal detail',
      'error-no-internals@/paths/~1a/get/responses/500/content/application~1json/schema/properties/LINE 7:127 error schema exposes "LINE", an internal detail',
      'error-no-internals@/paths/~1a/get/responses/500/content/application~1json/schema/properties/debug 7:184 error schema exposes "debug", an internal detail',
    ],
  ],
  [INTERNALS, 'file alone is a resource', ERROR('404', `file: ${S}, message: ${S}`), []],
  [
    INTERNALS,
    'a request body is no error',
    OAS(
      `paths:\n  /a:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object, properties: { stack: ${S} } } } } }\n      responses: { "400": { description: E } }\n`,
    ),
    [],
  ],
  [INTERNALS, 'an error schema without properties', ERROR('500', '').replace('type: object, properties: {  }', 'type: string'), []],
  [
    TAGGED,
    'tags that are not objects, and blank descriptions',
    TAGS('[orders, null, { name: a, description: "  " }, { name: b, description: 7 }]'),
    ['tag-description@/tags/2 3:22 tag "a" has no description {"tag":"a"}', 'tag-description@/tags/3 3:54 tag "b" has no description {"tag":"b"}'],
  ],
  [TAGGED, 'a description by $ref', TAGS('[{ name: a, description: { $ref: "docs/a.md" } }]'), []],
  [TAGGED, 'tags that are not a list', TAGS('{ name: a }'), []],
  [
    CONTENT,
    'four messages without a content type: three named',
    MESSAGES(['d', 'b', 'a', 'c', 'e:application/json']),
    [
      'event-message-content-type@ 1:1 4 messages declare no contentType (a, b, c, …) and the document no defaultContentType {"messages":4,"examples":["a","b","c"]}',
    ],
  ],
  [
    CONTENT,
    'three messages, all named',
    MESSAGES(['b', 'a', 'c']),
    [
      'event-message-content-type@ 1:1 3 messages declare no contentType (a, b, c) and the document no defaultContentType {"messages":3,"examples":["a","b","c"]}',
    ],
  ],
  [
    CONTENT,
    'an empty content type is none',
    MESSAGES(['a:']),
    ['event-message-content-type@ 1:1 1 message declares no contentType (a) and the document no defaultContentType {"messages":1,"examples":["a"]}'],
  ],
  [
    CONTENT,
    'an empty default content type is none',
    MESSAGES(['a'], 'defaultContentType: ""\n'),
    ['event-message-content-type@ 1:1 1 message declares no contentType (a) and the document no defaultContentType {"messages":1,"examples":["a"]}'],
  ],
  [CONTENT, 'every message has its own', MESSAGES(['a:application/json']), []],
  [FORBIDDEN, 'a requirement without scopes', SCOPED('[{ oauth: [] }]'), []],
  [
    FORBIDDEN,
    'one requirement of two with scopes',
    SCOPED('[{ oauth: [] }, { oauth: [admin] }]'),
    ['scoped-403@/paths/~1a/delete 6:7 DELETE /a requires scopes but declares no 403'],
  ],
  [
    FORBIDDEN,
    'one scheme of two in a requirement with scopes',
    SCOPED('[{ key: [], oauth: [admin] }]'),
    ['scoped-403@/paths/~1a/delete 6:7 DELETE /a requires scopes but declares no 403'],
  ],
  [FORBIDDEN, 'odd requirements', SCOPED('[x, { oauth: admin }]'), []],
]);
