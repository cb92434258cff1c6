import assert from 'node:assert/strict';
import { test } from 'node:test';
import { API, lintWith, rule } from './helpers.js';

/**
 * Results Spectral adds to a ruleset's own: the parser's diagnostics (code `parser`, severities
 * from `parserOptions`, read from @stoplight/spectral-core 1.23 `spectral.js`) and
 * `unrecognized-format` (`_generateUnrecognizedFormatError`: a warning at the document's root).
 */
const TITLE = rule(`
given: $.info
then: { field: title, function: truthy }
`);

const DUPLICATED = API.replace('  version: 1.0.0\n', '  version: 1.0.0\n  title: Again\n').replace("        '200':\n", '        200:\n');

test('parserOptions: duplicate keys and non-string YAML keys are errors by default', async () => {
  assert.deepEqual(await lintWith(TITLE, DUPLICATED), [
    'parser@/info/title 5:3 error Duplicate key: title',
    'parser@/paths/~1pets~1{petId}/get/responses/200 17:9 error Mapping key must be a string scalar rather than number',
  ]);
});

test('parserOptions: each diagnostic takes its option severity, by name or number; off drops it', async () => {
  assert.deepEqual(await lintWith(`parserOptions: { duplicateKeys: warn, incompatibleValues: off }\n${TITLE}`, DUPLICATED), [
    'parser@/info/title 5:3 warn Duplicate key: title',
  ]);
  assert.deepEqual(await lintWith(`parserOptions: { duplicateKeys: -1, incompatibleValues: 3 }\n${TITLE}`, DUPLICATED), [
    'parser@/paths/~1pets~1{petId}/get/responses/200 17:9 hint Mapping key must be a string scalar rather than number',
  ]);
});

test('parserOptions: booleans, nulls and floats as keys name their type, paths name them as written; quoted keys and merge keys are strings', async () => {
  const doc = `openapi: 3.0.3
info: { title: t, version: '1' }
x-keys:
  true: a
  ~: b
  1.5: c
  '7': d
  "8": e
  <<: { f: 1 }
paths: {}
`;
  assert.deepEqual(await lintWith(TITLE, doc), [
    'parser@/x-keys/1.5 6:3 error Mapping key must be a string scalar rather than number',
    'parser@/x-keys/true 4:3 error Mapping key must be a string scalar rather than boolean',
    'parser@/x-keys/~0 5:3 error Mapping key must be a string scalar rather than null',
  ]);
});

test('parserOptions: a JSON document has duplicate keys only, in objects nested in arrays too', async () => {
  const doc = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1", "title": "u"}, "tags": [{"name": "a", "x": 1, "name": "b"}], "paths": {}}';
  assert.deepEqual(await lintWith(TITLE, doc), ['parser@/info/title 1:61 error Duplicate key: title', 'parser@/tags/0/name 1:107 error Duplicate key: name']);
});

test('parserOptions: a JSON key written twice with non-ASCII characters or escapes is named decoded, at its place; the same key in sibling objects is no duplicate', async () => {
  const doc =
    '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "x-clé": {"clé": 1, "cl\\u00e9": 2, "ü": 3, "\\u00fc": 4}, "paths": {}, "tags": [{"name": "a"}, {"name": "b"}], "x-b": {"clé": 5}}';
  assert.deepEqual(await lintWith(TITLE, doc), ['parser@/x-clé/clé 1:82 error Duplicate key: clé', 'parser@/x-clé/ü 1:105 error Duplicate key: ü']);
});

test('parserOptions: a YAML document with anchors (read by the full parser) gets the same diagnostics, where Spectral 6.16 places them', async () => {
  const doc = `openapi: 3.0.3
info:
  title: t
  version: '1'
  title: again
x-shared: &shared
  a: 1
  a: 2
x-use:
  <<: *shared
  b: 3
x-keys:
  200: x
  true: y
  ~: z
  1.5: w
  '7': q
  k: 1
  k: 2
paths: {}
`;
  // Spectral's own output on this document: these paths, lines and columns.
  assert.deepEqual(await lintWith(TITLE, doc), [
    'parser@/info/title 5:3 error Duplicate key: title',
    'parser@/x-keys/1.5 16:3 error Mapping key must be a string scalar rather than number',
    'parser@/x-keys/200 13:3 error Mapping key must be a string scalar rather than number',
    'parser@/x-keys/k 19:3 error Duplicate key: k',
    'parser@/x-keys/true 14:3 error Mapping key must be a string scalar rather than boolean',
    'parser@/x-keys/~0 15:3 error Mapping key must be a string scalar rather than null',
    'parser@/x-shared/a 8:3 error Duplicate key: a',
  ]);
});

test('parserOptions: an unknown option or a wrong severity is a located problem', async () => {
  await assert.rejects(lintWith(`parserOptions: { duplicateKeys: loud, extra: 1 }\n${TITLE}`), (error: Error) => {
    assert.match(error.message, /ruleset\.yaml:1:\d+: duplicateKeys must be a severity/);
    assert.match(error.message, /unknown parser option "extra"/);
    return true;
  });
});

test("unrecognized-format: a document none of the ruleset's formats match gets one warning at its root", async () => {
  const ruleset = `formats: [oas2]
rules:
  r:
    given: $.info
    then: { field: title, function: falsy }
  s:
    formats: [aas2, json-schema-draft7]
    given: $.info
    then: { field: title, function: falsy }
`;
  assert.deepEqual(await lintWith(ruleset), [
    'unrecognized-format@ 1:1 warn The provided document does not match any of the registered formats [OpenAPI 2.0 (Swagger), AsyncAPI 2.x, JSON Schema Draft 7]',
  ]);
});

test('unrecognized-format: none when one format matches, or when no rule names a format', async () => {
  assert.deepEqual(await lintWith(`formats: [oas2, oas3]\n${TITLE}`), []);
  assert.deepEqual(await lintWith(TITLE), []);
});

test("unrecognized-format: formats come from extends in Spectral's order, spectral:oas named by its own formats", async () => {
  const ruleset = `extends: [[spectral:asyncapi, off]]
rules:
  r:
    formats: [json-schema]
    given: $.info
    then: { field: title, function: falsy }
`;
  assert.deepEqual(await lintWith(ruleset), [
    'unrecognized-format@ 1:1 warn The provided document does not match any of the registered formats [AsyncAPI 2.0.x, AsyncAPI 2.1.x, AsyncAPI 2.2.x, AsyncAPI 2.3.x, AsyncAPI 2.4.x, AsyncAPI 2.5.x, AsyncAPI 2.6.x, AsyncAPI 3.0.x, AsyncAPI 3.1.x, AsyncAPI 2.x, AsyncAPI 3.x, JSON Schema]',
  ]);
});
