import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oas } from './fixtures/build.js';
import { formatDiffJson } from '../../src/diff/format/json.js';
import { diffTexts, lines } from './support.js';

const ids = (base: string, revision: string, options = {}) => diffTexts(base, revision, options).changes.map((c) => `${c.level} ${c.id}`);

const pets = (schemas: string, path = '/pets') =>
  oas(`
    paths:
      ${path}:
        get:
          responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } } }
        post:
          requestBody: { required: true, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
          responses: { '201': { description: created } }
    components:
      schemas:
${schemas.replace(/^\n/, '').replace(/^ {8}/gm, '        ')}
  `);

test('moving properties into allOf is not a change (oasdiff #766, #314)', () => {
  const flat = pets(`
        Pet: { type: object, required: [id], properties: { id: { type: string }, name: { type: string, maxLength: 20 } } }
  `);
  const composed = pets(`
        Pet: { allOf: [{ $ref: '#/components/schemas/PetBase' }, { properties: { name: { type: string, maxLength: 20 } } }] }
        PetBase: { type: object, required: [id], properties: { id: { type: string } } }
  `);
  assert.deepEqual(ids(flat, composed), []);
  assert.deepEqual(ids(composed, flat), []);
});

test('wrapping a schema in a one-branch oneOf is not a change; a null branch makes it nullable', () => {
  const plain = pets(`
        Pet: { type: object, properties: { owner: { $ref: '#/components/schemas/Owner' } } }
        Owner: { type: object, properties: { id: { type: string } } }
  `);
  const wrapped = pets(`
        Pet: { type: object, properties: { owner: { oneOf: [{ $ref: '#/components/schemas/Owner' }] } } }
        Owner: { type: object, properties: { id: { type: string } } }
  `);
  const nullable = pets(`
        Pet: { type: object, properties: { owner: { anyOf: [{ $ref: '#/components/schemas/Owner' }, { type: 'null' }] } } }
        Owner: { type: object, properties: { id: { type: string } } }
  `);
  assert.deepEqual(ids(plain, wrapped), []);
  assert.deepEqual(ids(plain, nullable), ['info request-property-became-nullable', 'breaking response-property-became-nullable']);
});

test('a response schema that becomes a union: new branches are compared with the old schema, unless it was an open object that promised nothing', () => {
  const kept = pets(`
        Pet: { type: object, properties: { owner: { $ref: '#/components/schemas/Owner' } } }
        Owner: { type: object, required: [id], properties: { id: { type: string } } }
  `);
  const union = pets(`
        Pet: { type: object, properties: { owner: { anyOf: [{ $ref: '#/components/schemas/Owner' }, { $ref: '#/components/schemas/Team' }] } } }
        Owner: { type: object, required: [id], properties: { id: { type: string } } }
        Team: { type: object, required: [name], properties: { name: { type: string } } }
  `);
  assert.deepEqual(
    ids(kept, union),
    ['info request-property-one-of-added', 'breaking response-required-property-removed', 'info response-property-added'],
    'Team lacks the required id',
  );
  const loose = pets(`
        Pet: { type: object, properties: { owner: { type: object, properties: { id: { type: string } } } } }
  `);
  assert.deepEqual(
    ids(loose, union.replace(/Owner: .*\n/, 'Owner: { type: object, properties: { login: { type: string } } }\n')),
    [
      'breaking request-property-one-of-removed',
      'info response-property-one-of-removed',
      'info request-property-one-of-added',
      'info request-property-one-of-added',
    ],
    'no response report for the new branches: the old object required nothing',
  );
});

test('recursive schemas terminate and report a change once per operation', () => {
  const tree = (name: string) =>
    pets(`
        Pet: { type: object, properties: { name: ${name}, children: { type: array, items: { $ref: '#/components/schemas/Pet' } }, parent: { $ref: '#/components/schemas/Pet' } } }
  `);
  const result = diffTexts(tree('{ type: string, enum: [a] }'), tree('{ type: string, enum: [a, b] }'));
  assert.deepEqual(
    result.changes.map((c) => `${c.level} ${c.id} ${c.data.property}`),
    ['info request-property-enum-value-added name', 'warn response-property-enum-value-added name'],
  );
});

test('a shared component change points into both files, once per operation that uses it', () => {
  const base = pets(`
        Pet: { type: object, properties: { id: { type: string } } }
  `);
  const revision = pets(`
        Pet: { type: object, required: [id], properties: { id: { type: string } } }
  `);
  const result = diffTexts(base, revision);
  assert.deepEqual(lines(result), [
    'breaking request-property-became-required @/components/schemas/Pet/properties/id 12:60',
    'info response-property-became-required @/components/schemas/Pet/properties/id 12:60',
  ]);
  assert.deepEqual(
    result.changes.map((c) => c.operation),
    ['POST /pets', 'GET /pets'],
  );
  assert.deepEqual(result.changes[0].base, { file: 'base.yaml', pointer: '/components/schemas/Pet/properties/id', line: 12, column: 44 });
});

test('a shared schema change names, per operation, the status it is reached through (default error bodies are not "200")', () => {
  const doc = (code: string) =>
    oas(`
      paths:
        /a: { get: { responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } } } } }
        /b: { get: { responses: { '200': { description: ok }, default: { description: error, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } } } } }
        /c: { delete: { responses: { '204': { description: gone }, default: { description: error, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } } } } }
      components:
        schemas:
          Error: { type: object, properties: { code: ${code} } }
    `);
  const [change] = diffTexts(doc('{ type: string, enum: [a] }'), doc('{ type: string, enum: [a, b] }')).changes;
  assert.equal(change.id, 'response-property-enum-value-added');
  assert.equal(change.operation, 'GET /a');
  assert.equal(change.data.status, '200');
  assert.deepEqual(change.data.operations, ['DELETE /c', 'GET /a', 'GET /b']);
  assert.deepEqual(change.data.via, ['DELETE /c default', 'GET /a 200', 'GET /b default']);
});

test('operations match by path template whatever the parameter names', () => {
  const item = (param: string) =>
    oas(`
      paths:
        /pets/{${param}}:
          get:
            parameters: [{ name: ${param}, in: path, required: true, schema: { type: string } }]
            responses: { '200': { description: ok } }
    `);
  assert.deepEqual(ids(item('id'), item('petId')), ['info request-path-parameter-renamed']);
});

test('operations pair per method, the same path before the same template: two templates that normalise alike do not steal each other', () => {
  const get = "get: { parameters: [{ name: subject_digest, in: path, required: true, schema: { type: string } }], responses: { '200': { description: ok } } }";
  const del =
    "delete: { parameters: [{ name: attestation_id, in: path, required: true, schema: { type: integer } }], responses: { '204': { description: gone } } }";
  const base = oas(`
    paths:
      /orgs/{org}/attestations/{subject_digest}: { ${get} }
  `);
  const revision = oas(`
    paths:
      /orgs/{org}/attestations/{attestation_id}: { ${del} }
      /orgs/{org}/attestations/{subject_digest}: { ${get} }
  `);
  const result = diffTexts(base, revision);
  assert.deepEqual(
    result.changes.map((c) => `${c.level} ${c.id} ${c.operation} @${c.location.pointer} <- @${c.base?.pointer}`),
    [
      'info api-added DELETE /orgs/{org}/attestations/{attestation_id} @/paths/~1orgs~1{org}~1attestations~1{attestation_id}/delete <- @/paths/~1orgs~1{org}~1attestations~1{subject_digest}',
    ],
  );
  const renamed = oas(`
    paths:
      /orgs/{org}/attestations/{digest}: { ${get.replace('subject_digest', 'digest')} }
      /orgs/{org}/attestations/{attestation_id}: { ${del} }
  `);
  assert.deepEqual(ids(base, renamed), ['info request-path-parameter-renamed', 'info api-added'], 'a GET still pairs by template when its own path is gone');
});

test('readOnly properties do not count in requests, writeOnly ones not in responses', () => {
  const base = pets(`
        Pet: { type: object, properties: { name: { type: string } } }
  `);
  const revision = pets(`
        Pet: { type: object, required: [id, secret], properties: { name: { type: string }, id: { type: string, readOnly: true }, secret: { type: string, writeOnly: true } } }
  `);
  const result = diffTexts(base, revision);
  assert.deepEqual(
    result.changes.map((c) => `${c.level} ${c.id} ${c.data.name}`),
    ['info response-property-added id', 'breaking request-required-property-added secret'],
  );
});

test('stability: a breaking change in a beta operation, or a beta contract, is a warning', () => {
  const op = (extra: string, kinds: string) =>
    oas(`
      paths:
        /pets:
          get:
            ${extra}
            parameters: [{ name: kind, in: query, schema: { type: string, enum: [${kinds}] } }]
            responses: { '200': { description: ok } }
    `);
  const beta = diffTexts(op('x-stability-level: beta', 'a, b'), op('x-stability-level: beta', 'a'));
  assert.deepEqual(
    beta.changes.map((c) => [c.id, c.level, c.data.policy]),
    [['request-parameter-enum-value-removed', 'warn', 'stability beta: breaking changes are allowed with a warning']],
  );
  assert.deepEqual(ids(op('', 'a, b'), op('', 'a'), { stability: 'alpha' }), ['warn request-parameter-enum-value-removed']);
  assert.deepEqual(ids(op('', 'a, b'), op('', 'a'), { stability: 'stable' }), ['breaking request-parameter-enum-value-removed']);
});

test('deprecation policy: removal is breaking unless deprecated and past its Sunset, judged on options.today', () => {
  const withOp = (extra: string) =>
    oas(`
      paths:
        /pets:
          get: { responses: { '200': { description: ok } } }
          delete: { ${extra} responses: { '204': { description: gone } } }
    `);
  const without = withOp('').replace(/\n\s+delete:.*\n/, '\n');
  const removed = (extra: string, today: string) => ids(withOp(extra), without, { today });
  assert.deepEqual(removed('', '2030-01-01'), ['breaking api-removed'], 'never deprecated');
  assert.deepEqual(removed('deprecated: true,', '2030-01-01'), ['breaking api-removed'], 'deprecated without a Sunset');
  assert.deepEqual(removed("deprecated: true, x-sunset: '2025-03-01',", '2025-02-28'), ['breaking api-removed'], 'before the Sunset');
  assert.deepEqual(removed("deprecated: true, x-sunset: '2025-03-01',", '2025-03-01'), ['info api-removed'], 'on the Sunset day');
  assert.deepEqual(removed("x-sunset: '2025-03-01',", '2026-01-01'), ['breaking api-removed'], 'a Sunset without deprecation');
});

test('a Sunset that is not a real ISO 8601 date or HTTP-date is no Sunset: the removal stays breaking', () => {
  const withOp = (sunset: string) =>
    oas(`
      paths:
        /pets:
          get: { responses: { '200': { description: ok } } }
          delete: { deprecated: true, x-sunset: '${sunset}', responses: { '204': { description: gone } } }
    `);
  const without = withOp('').replace(/\n\s+delete:.*\n/, '\n');
  const removed = (sunset: string) => ids(withOp(sunset), without, { today: '2030-01-01' });
  assert.deepEqual(removed('1'), ['breaking api-removed'], 'Date.parse("1") would be 2001-01-01');
  assert.deepEqual(removed('2025-02-30'), ['breaking api-removed'], 'no such day');
  assert.deepEqual(removed('March 1, 2025'), ['breaking api-removed'], 'not a standard form');
  assert.deepEqual(removed('2025-03-01T00:30:00+01:00'), ['info api-removed'], 'a date-time with offset, read as its UTC day');
  assert.deepEqual(removed('Sat, 01 Mar 2025 00:00:00 GMT'), ['info api-removed'], 'an IMF-fixdate');
});

test('the Sunset date may come from the documented Sunset response header (RFC 8594), as an HTTP date', () => {
  const withOp = (header: string) =>
    oas(`
      paths:
        /pets:
          get: { responses: { '200': { description: ok } } }
          delete:
            deprecated: true
            responses:
              '204':
                description: gone
                headers: { Sunset: ${header} }
    `);
  const without = withOp('{}').replace(/\n\s+delete:[\s\S]*$/, '\n');
  const example = "{ schema: { type: string }, example: 'Sat, 01 Mar 2025 00:00:00 GMT' }";
  assert.deepEqual(ids(withOp(example), without, { today: '2025-03-01' }), ['info api-removed'], 'example, on the day');
  assert.deepEqual(ids(withOp(example), without, { today: '2025-02-28' }), ['breaking api-removed'], 'example, the day before');
  const inSchema = "{ schema: { type: string, enum: ['Sat, 01 Mar 2025 00:00:00 GMT'] } }";
  assert.deepEqual(ids(withOp(inSchema), without, { today: '2025-06-01' }), ['info api-removed'], 'single enum value');
  const moved = withOp("{ schema: { type: string }, example: 'Sat, 01 Feb 2025 00:00:00 GMT' }");
  assert.deepEqual(ids(withOp(example), moved, { today: '2024-01-01' }), ['breaking api-sunset-shortened']);
});

test('OpenAPI 2.0: body parameters, produces and host are compared like 3.x bodies, media types and servers', () => {
  const swagger = (host: string, max: number, produces: string) => `swagger: '2.0'
info: { title: t, version: '1' }
host: ${host}
produces: [${produces}]
paths:
  /pets:
    post:
      parameters: [{ name: body, in: body, required: true, schema: { $ref: '#/definitions/Pet' } }]
      responses: { '200': { description: ok, schema: { $ref: '#/definitions/Pet' } } }
definitions:
  Pet: { type: object, properties: { name: { type: string, maxLength: ${max} } } }
`;
  assert.deepEqual(ids(swagger('api.example.com', 20, 'application/json, application/xml'), swagger('api2.example.com', 10, 'application/json')), [
    'breaking server-removed',
    'info server-added',
    'breaking response-media-type-removed',
    'breaking request-property-max-length-decreased',
    'info response-property-max-length-decreased',
  ]);
});

test('global security applies to every operation', () => {
  const doc = (security: string) =>
    oas(`
      security: ${security}
      paths:
        /a: { get: { responses: { '200': { description: ok } } } }
        /b: { get: { responses: { '200': { description: ok } } } }
      components: { securitySchemes: { key: { type: apiKey, in: header, name: X-Key } } }
    `);
  const result = diffTexts(doc('[]'), doc('[{ key: [] }]'));
  assert.deepEqual(
    result.changes.map((c) => `${c.id} ${c.operation} @${c.location.pointer}`),
    ['api-security-added GET /a @/security', 'api-security-added GET /b @/security'],
  );
});

test('a document diffed against itself reports nothing, and output is byte-identical across runs', () => {
  const doc = pets(`
        Pet: { type: object, required: [id], properties: { id: { type: string }, kind: { type: string, enum: [cat, dog] } } }
  `);
  assert.deepEqual(diffTexts(doc, doc).changes, []);
  const other = doc.replace('[cat, dog]', '[cat]').replace('required: [id]', 'required: [kind]');
  const first = formatDiffJson(diffTexts(doc, other));
  assert.equal(formatDiffJson(diffTexts(doc, other)), first);
  const parsed = JSON.parse(first);
  assert.deepEqual(Object.keys(parsed), ['changes', 'summary']);
  assert.deepEqual(Object.keys(parsed.changes[0]), ['id', 'level', 'operation', 'message', 'location', 'base', 'data']);
  assert.deepEqual(parsed.summary, { breaking: 3, warn: 0, info: 3 });
});
