import type { Case } from '../rules/cases.js';

/**
 * Boundaries and look-alikes of the peer-equivalent OpenAPI rules (spectral:oas, Redocly
 * recommended), beyond each rule's bad and good example. test/lint/rules/pinned.test.ts runs
 * them with the rest; their findings are pinned in oas-expected.ts.
 */
const V31 = 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\n';
const V30 = 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\n';
const V2 = 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\n';
const OK = 'responses: { "200": { description: OK } }';

export const OAS_PEER_CASES: Case[] = [
  { rule: 'api-servers', name: 'swagger 2.0 without host and schemes', doc: `${V2}paths: {}\n` },
  { rule: 'api-servers', name: 'swagger 2.0 with host and schemes', doc: `${V2}host: api.shop.io\nschemes: [https]\npaths: {}\n` },
  { rule: 'api-servers', name: 'an empty servers list', doc: `${V31}servers: []\npaths: {}\n` },
  {
    rule: 'license-url',
    name: 'an SPDX identifier in 3.1',
    doc: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0, license: { name: MIT, identifier: MIT } }\npaths: {}\n',
  },
  {
    rule: 'license-url',
    name: 'an identifier in 3.0 is no url',
    doc: 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0, license: { name: MIT, identifier: MIT } }\npaths: {}\n',
  },
  {
    rule: 'no-ambiguous-paths',
    name: 'templates that differ only by names are left to no-identical-paths',
    doc: `${V31}paths:\n  /a/{x}: { get: { ${OK} } }\n  /a/{y}: { get: { ${OK} } }\n`,
  },
  {
    rule: 'no-ambiguous-paths',
    name: 'a literal beside a template in the same place',
    doc: `${V31}paths:\n  /a/{x}: { get: { ${OK} } }\n  /a/me: { get: { ${OK} } }\n`,
  },
  {
    rule: 'server-variables-defined',
    name: 'unused variable, empty enum, default outside its enum',
    doc: `${V31}servers:\n  - url: "https://{region}.shop.io"\n    variables: { region: { default: eu, enum: [us] }, port: { default: "443", enum: [] } }\npaths: {}\n`,
  },
  {
    rule: 'server-variables-defined',
    name: 'two undeclared variables in one url',
    doc: `${V31}servers: [{ url: "https://{region}.shop.io:{port}" }]\npaths: {}\n`,
  },
  {
    rule: 'no-ref-siblings',
    name: 'siblings are allowed in 3.1',
    doc: `${V31}paths: {}\ncomponents:\n  schemas:\n    Id: { type: string }\n    B: { $ref: "#/components/schemas/Id", description: The id }\n`,
  },
  {
    rule: 'no-ref-siblings',
    name: 'a path item beside its $ref',
    doc: `${V30}paths:\n  /a: { $ref: "#/components/x-items/A", summary: A }\ncomponents:\n  x-items:\n    A: { get: { ${OK} } }\n`,
  },
  {
    rule: 'no-illogical-composition-keywords',
    name: 'a lone member beside nullable is the 3.0 wrapper',
    doc: `${V30}paths: {}\ncomponents:\n  schemas:\n    A: { type: string }\n    B: { nullable: true, anyOf: [{ $ref: "#/components/schemas/A" }] }\n    C: { description: C, allOf: [{ $ref: "#/components/schemas/A" }] }\n`,
  },
  {
    rule: 'no-illogical-composition-keywords',
    name: 'empty, repeated and inline discriminated members',
    doc: `${V31}paths: {}\ncomponents:\n  schemas:\n    A: { type: object }\n    B: { anyOf: [{}, { type: string }, { type: string }] }\n    C: { discriminator: { propertyName: kind }, oneOf: [{ $ref: "#/components/schemas/A" }, { type: object }] }\n    D: { allOf: [] }\n`,
  },
  {
    rule: 'nullable-type-sibling',
    name: 'nullable means nothing in 3.1 and is left alone',
    doc: `${V31}paths: {}\ncomponents:\n  schemas:\n    N: { nullable: true }\n`,
  },
  {
    rule: 'operation-parameters-unique',
    name: 'an operation overrides a path parameter; a path item repeats one',
    doc: `${V31}paths:\n  /a:\n    parameters: [{ name: q, in: query }, { name: q, in: query }]\n    get:\n      parameters: [{ name: q, in: query }]\n      ${OK}\n`,
  },
  {
    rule: 'operation-parameters-unique',
    name: 'swagger 2.0 body twice and beside formData',
    doc: `${V2}paths:\n  /a:\n    post:\n      parameters: [{ name: a, in: body, schema: {} }, { name: b, in: body, schema: {} }, { name: c, in: formData, type: string }]\n      ${OK}\n`,
  },
  {
    rule: 'security-scopes-defined',
    name: 'scopes of a non-OAuth scheme are not judged; swagger 2.0 scopes are',
    doc: `${V2}securityDefinitions:\n  key: { type: apiKey, name: k, in: header }\n  oauth: { type: oauth2, flow: application, tokenUrl: "https://a.io/t", scopes: { read: Read } }\nsecurity: [{ key: [admin] }, { oauth: [read, write] }]\npaths: {}\n`,
  },
  {
    rule: 'security-scheme-defined',
    name: 'an operation names an undeclared scheme',
    doc: `${V31}components: { securitySchemes: { token: { type: http, scheme: bearer } } }\npaths:\n  /a: { get: { security: [{ token: [] }, { basic: [] }], ${OK} } }\n`,
  },
  {
    rule: 'no-unused-components',
    name: 'a discriminator mapping and a reference from a nested schema count as uses',
    doc: `${V31}paths:\n  /a: { get: { responses: { "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } } } } } }\ncomponents:\n  schemas:\n    Pet: { oneOf: [{ $ref: "#/components/schemas/Cat" }], discriminator: { propertyName: kind, mapping: { dog: "#/components/schemas/Dog" } } }\n    Cat: { type: object }\n    Dog: { type: object }\n  parameters:\n    Unused: { name: u, in: query }\n`,
  },
  { rule: 'no-unused-components', name: 'swagger 2.0 definitions', doc: `${V2}paths: {}\ndefinitions:\n  Orphan: { type: object }\n` },
  {
    rule: 'duplicated-entry-in-enum',
    name: 'equal objects are duplicates',
    doc: `${V31}paths: {}\ncomponents:\n  schemas:\n    P: { enum: [{ a: 1, b: 2 }, { b: 2, a: 1 }, { a: 2 }] }\n`,
  },
  {
    rule: 'duplicated-entry-in-enum',
    name: 'scalars equal only in value and type',
    doc: `${V31}paths: {}\ncomponents:\n  schemas:\n    P: { enum: [1, "1", null, true, 1, "1", null, true, 2, [1], [1]] }\n`,
  },
  {
    rule: 'operation-4xx-response',
    name: 'a 4XX range counts',
    doc: `${V31}paths:\n  /a: { get: { responses: { "200": { description: OK }, 4XX: { description: Client error } } } }\n`,
  },
  {
    rule: 'no-server-example.com',
    name: 'localhost and a look-alike host',
    doc: `${V31}servers: [{ url: "http://localhost:8080" }, { url: "https://example.com.shop.io" }, { url: "https://myexample.com" }]\npaths: {}\n`,
  },
  {
    rule: 'no-server-example.com',
    name: 'a Swagger 2.0 placeholder host',
    doc: 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\nhost: api.example.com\npaths: {}\n',
  },
  {
    rule: 'no-server-trailing-slash',
    name: 'a Swagger 2.0 host with a slash',
    doc: 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\nhost: api.shop.io/\npaths: {}\n',
  },
  {
    rule: 'no-server-trailing-slash',
    name: 'the root server / is no trailing slash',
    doc: `${V31}servers: [{ url: "/" }]\npaths: {}\n`,
  },
  {
    rule: 'no-unsafe-markdown',
    name: 'a javascript: link and an event handler; evaluate( is fine',
    doc: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0, description: "[x](javascript:alert(1))" }\ntags: [{ name: a, description: "<img src=x onerror=alert(1)>" }, { name: b, description: "We evaluate(x) lazily" }]\npaths: {}\n',
  },
  {
    rule: 'no-unsafe-markdown',
    name: 'an escaped < is still a script tag',
    doc: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0, description: "a \\u003cscript>x" }\npaths: {}\n',
  },
  {
    rule: 'no-http-verbs-in-paths',
    name: 'a verb inside a word is no verb',
    doc: `${V31}paths:\n  /targets/{id}/budget: { get: { ${OK} } }\n  /puts-and-calls: { get: { ${OK} } }\n`,
  },
  {
    rule: 'example-value-or-external-value',
    name: 'a media-type example with neither',
    doc: `${V31}paths:\n  /a: { get: { responses: { "200": { description: OK, content: { application/json: { examples: { one: { summary: One } } } } } } } }\n`,
  },
  {
    rule: 'document-structure',
    name: 'swagger 2.0 with a misplaced field',
    doc: `${V2}paths:\n  /a: { get: { responses: { "200": { description: OK } }, requestBody: {} } }\n`,
  },
  { rule: 'document-structure', name: 'openapi 3.0 missing a required field', doc: `${V30}paths:\n  /a: { get: { responses: { "200": { content: {} } } } }\n` },
  {
    rule: 'document-structure',
    name: 'a $ref where the object is expected is left to its target',
    doc: `${V30}paths:\n  /a: { get: { $ref: "#/components/x-ops/A" } }\ncomponents:\n  x-ops:\n    A: { ${OK} }\n`,
  },
  {
    rule: 'form-data-consumes',
    name: 'a document-wide multipart consumes covers the operation',
    doc: `${V2}consumes: [multipart/form-data]\npaths:\n  /a: { post: { parameters: [{ name: f, in: formData, type: file }], ${OK} } }\n`,
  },
  {
    rule: 'discriminator-property-defined',
    name: 'an undeclared discriminator property',
    doc: `${V2}paths: {}\ndefinitions:\n  Pet: { type: object, discriminator: kind, required: [kind] }\n`,
  },
  {
    rule: 'boolean-parameter-prefixes',
    name: 'swagger 2.0 parameters; has_ is a prefix',
    doc: `${V2}paths:\n  /a: { get: { parameters: [{ name: deleted, in: query, type: boolean }, { name: has_children, in: query, type: boolean }], ${OK} } }\n`,
  },
  {
    rule: 'array-parameter-serialization',
    name: 'style without explode is not enough',
    doc: `${V31}paths:\n  /a: { get: { parameters: [{ name: id, in: query, style: form, schema: { type: array, items: { type: string } } }], ${OK} } }\n`,
  },
  {
    rule: 'scalar-property-missing-example',
    name: 'binary, composed and examples-carrying properties are fine',
    doc: `${V31}paths: {}\ncomponents:\n  schemas:\n    F: { type: object, properties: { file: { type: string, format: binary }, id: { allOf: [{ type: string }] }, n: { type: integer, examples: [1] }, tags: { type: array } } }\n`,
  },
];
