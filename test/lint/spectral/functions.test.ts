import assert from 'node:assert/strict';
import { test } from 'node:test';
import { API, lintWith, lintWithModule, requireSpectral, rule } from './helpers.js';

// Each core function: a failing case pinned to rule code, pointer, line:column and message, and a passing one.

test('truthy: a missing or falsy field is reported at its parent, named by its dotted path', async () => {
  assert.deepEqual(await lintWith(rule('given: $.info\nthen: { field: contact, function: truthy }')), [
    'r@/info 2:6 warn "info.contact" property must be truthy',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.info\nthen: { field: title, function: truthy }')), []);
});

test('falsy: a truthy value is reported at the value', async () => {
  assert.deepEqual(await lintWith(rule('given: $.paths.*.get\nthen: { field: operationId, function: falsy }')), [
    'r@/paths/~1pets~1{petId}/get/operationId 8:20 warn "operationId" property must be falsy',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.paths.*.get\nthen: { field: deprecated, function: falsy }')), []);
});

test('defined and undefined: presence of a field', async () => {
  assert.deepEqual(await lintWith(rule('given: $.info\nthen: { field: license, function: defined }')), [
    'r@/info 2:6 warn "info.license" property must be defined',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.info\nthen: { field: title, function: defined }')), []);
  assert.deepEqual(await lintWith(rule('given: $.info\nthen: { field: version, function: undefined }')), [
    'r@/info/version 4:12 warn "version" property must be undefined',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.info\nthen: { field: license, function: undefined }')), []);
});

test('pattern: match and notMatch, /re/flags accepted; a non-string input gives nothing', async () => {
  assert.deepEqual(await lintWith(rule('given: $.paths[*]~\nthen: { function: pattern, functionOptions: { match: "^/[a-z]+$" } }')), [
    'r@/paths/~1pets~1{petId} 6:17 warn Object{} must match the pattern "^/[a-z]+$"',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.info.title\nthen: { function: pattern, functionOptions: { notMatch: "/^pets$/i" } }')), [
    'r@/info/title 3:10 warn "Pets" must not match the pattern "/^pets$/i"',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.info.title\nthen: { function: pattern, functionOptions: { match: "^P" } }')), []);
  assert.deepEqual(await lintWith(rule('given: $.paths.*.get.parameters[0].required\nthen: { function: pattern, functionOptions: { match: "^x" } }')), []);
});

test('pattern: a JS ruleset gives RegExp options (as @stoplight/spectral-owasp-ruleset does); Spectral prints their source', async () => {
  const ruleset = (options: string) =>
    `const { pattern } = ${requireSpectral('@stoplight/spectral-functions')};\nmodule.exports = { rules: { r: { given: '$.info.title', then: { function: pattern, functionOptions: ${options} } } } };\n`;
  assert.deepEqual(await lintWithModule(ruleset('{ notMatch: /^pets$/i }')), ['r@/info/title 3:10 warn "Pets" must not match the pattern ^pets$']);
  assert.deepEqual(await lintWithModule(ruleset('{ match: /^x/, notMatch: /s$/ }')), [
    'r@/info/title 3:10 warn "Pets" must match the pattern ^x',
    'r@/info/title 3:10 warn "Pets" must not match the pattern s$',
  ]);
  assert.deepEqual(await lintWithModule(ruleset('{ match: /^P/ }')), []);
});

test('casing: every casing type, digits and separators', async () => {
  assert.deepEqual(await lintWith(rule('given: $.components.schemas.*.properties[*]~\nthen: { function: casing, functionOptions: { type: camel } }')), [
    'r@/components/schemas/Pet/properties/pet_name 26:18 warn must be camel case',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.components.schemas.*.properties[*]~\nthen: { function: casing, functionOptions: { type: snake } }')), []);
  assert.deepEqual(
    await lintWith(rule('given: $.paths[*].get.operationId\nthen: { function: casing, functionOptions: { type: kebab, separator: { char: "/" } } }')),
    ['r@/paths/~1pets~1{petId}/get/operationId 8:20 warn must be kebab case'],
  );
});

test('enumeration: a primitive outside the allowed values', async () => {
  assert.deepEqual(await lintWith(rule('given: $.paths.*.get.tags[*]\nthen: { function: enumeration, functionOptions: { values: [pets] } }')), [
    'r@/paths/~1pets~1{petId}/get/tags/1 9:20 warn "admin" must be equal to one of the allowed values: "pets"',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.paths.*.get.tags[*]\nthen: { function: enumeration, functionOptions: { values: [pets, admin] } }')), []);
});

test('length: min and max on arrays, objects, strings and numbers, at the boundary', async () => {
  assert.deepEqual(await lintWith(rule('given: $.paths.*.get.tags\nthen: { function: length, functionOptions: { max: 1 } }')), [
    'r@/paths/~1pets~1{petId}/get/tags 9:12 warn "tags" property must be shorter than 1',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.paths.*.get.tags\nthen: { function: length, functionOptions: { max: 2, min: 2 } }')), []);
  assert.deepEqual(await lintWith(rule('given: $.info.title\nthen: { function: length, functionOptions: { min: 5 } }')), [
    'r@/info/title 3:10 warn "title" property must be longer than 5',
  ]);
});

test('alphabetical: the first unsorted item, by value or keyedBy', async () => {
  assert.deepEqual(await lintWith(rule('given: $.components.schemas.Pet.properties\nthen: { function: alphabetical }')), [
    'r@/components/schemas/Pet/properties/pet_name 26:18 warn "pet_name" must be placed after "age"',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.paths.*.get.tags\nthen: { function: alphabetical }')), [
    'r@/paths/~1pets~1{petId}/get/tags/0 9:14 warn "pets" must be placed after "admin"',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.paths.*.get.parameters\nthen: { function: alphabetical, functionOptions: { keyedBy: name } }')), []);
});

test('xor and or: one of several properties', async () => {
  assert.deepEqual(await lintWith(rule('given: $.info\nthen: { function: xor, functionOptions: { properties: [title, version] } }')), [
    'r@/info 2:6 warn Just one of "title" and "version" must be defined',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.info\nthen: { function: xor, functionOptions: { properties: [title, summary] } }')), []);
  assert.deepEqual(await lintWith(rule('given: $.info\nthen: { function: or, functionOptions: { properties: [contact, license] } }')), [
    'r@/info 2:6 warn At least one of "contact" or "license" must be defined',
  ]);
  assert.deepEqual(await lintWith(rule('given: $.info\nthen: { function: or, functionOptions: { properties: [title, license] } }')), []);
});

test('schema: each violation at its own path, in the component a $ref names (reported once)', async () => {
  const schema =
    'given: $.paths.*.get.responses.*.content.*.schema\nthen: { function: schema, functionOptions: { schema: { type: object, required: [required] } } }';
  assert.deepEqual(await lintWith(rule(schema)), ['r@/components/schemas/Pet 23:9 warn "schema" property must have required property "required"']);
  assert.deepEqual(
    await lintWith(rule('given: $.info\nthen: { function: schema, functionOptions: { schema: { type: object, properties: { version: { type: string } } } } }')),
    [],
  );
  assert.deepEqual(await lintWith(rule('given: $.info\nthen: { field: version, function: schema, functionOptions: { schema: { type: number } } }')), [
    'r@/info/version 4:12 warn "version" property type must be number',
  ]);
});

test('typedEnum: an enum value of another type than the schema', async () => {
  assert.deepEqual(await lintWith(rule('given: $..properties[*]\nthen: { function: typedEnum }')), [
    'r@/components/schemas/Pet/properties/pet_name/enum/1 26:45 warn Enum value 1 must be "string".',
  ]);
  assert.deepEqual(await lintWith(rule('given: $..properties[*]\nthen: { function: typedEnum }'), API.replace('[a, 1]', '[a, b]')), []);
});

test('unreferencedReusableObject: a component no $ref names', async () => {
  const body =
    'given: $.components.schemas\nresolved: false\nthen: { function: unreferencedReusableObject, functionOptions: { reusableObjectsLocation: "#/components/schemas" } }';
  assert.deepEqual(await lintWith(rule(body)), ['r@/components/schemas/Unused 28:12 warn Potential orphaned reusable object has been detected']);
  assert.deepEqual(await lintWith(rule(body), API.replace(/ {4}Unused:\n {6}type: object\n/, '')), []);
});
