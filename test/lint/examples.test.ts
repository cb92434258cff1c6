import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../src/lint/config.js';
import { LINT_RULES } from '../../src/lint/rules/index.js';
import { lintContract } from '../../src/lint/run.js';
import { CORPUS, withTempDir } from '../support/cli.js';

const RULE = LINT_RULES.filter((r) => r.id === 'example-matches-schema');

/** `ruleId@pointer line:col message`, then the ajv error in data. */
function lint(text: string, file = 'a.yaml') {
  return withTempDir((dir) => {
    writeFileSync(join(dir, file), text);
    return lintContract(loadContract(join(dir, file)), DEFAULT_CONFIG, RULE).map((f) => [
      `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.message}`,
      f.data,
    ]);
  });
}
const lines = (text: string) => lint(text).map(([line]) => line);

const OAS30 = 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n';
const OAS31 = OAS30.replace('3.0.3', '3.1.0');

test('example-matches-schema: OpenAPI 3.0 dialect — nullable, boolean exclusiveMaximum, formats, unknown formats', () => {
  assert.deepEqual(
    lint(
      `${OAS30}    A: { type: integer, nullable: true, example: null }\n    B: { type: integer, maximum: 10, exclusiveMaximum: true, example: 10 }\n    C: { type: integer, maximum: 10, exclusiveMaximum: true, example: 9 }\n    D: { type: string, format: date-time, example: yesterday }\n    E: { type: string, format: shoe-size, example: "42" }\n    F: { type: integer, example: null }\n`,
    ),
    [
      [
        'example-matches-schema@/components/schemas/B/example 7:71 example must be < 10',
        { keyword: 'maximum', instancePath: '', schemaPath: '#/maximum', params: { comparison: '<', limit: 10 } },
      ],
      [
        'example-matches-schema@/components/schemas/D/example 9:52 example must match format "date-time"',
        { keyword: 'format', instancePath: '', schemaPath: '#/format', params: { format: 'date-time' } },
      ],
      [
        'example-matches-schema@/components/schemas/F/example 11:34 example must be integer',
        { keyword: 'type', instancePath: '', schemaPath: '#/type', params: { type: 'integer' } },
      ],
    ],
  );
});

test('example-matches-schema: OpenAPI 3.1 as JSON Schema 2020-12 — numeric exclusiveMaximum, type lists, examples arrays', () => {
  assert.deepEqual(
    lines(
      `${OAS31}    A:\n      type: [integer, "null"]\n      exclusiveMaximum: 10\n      examples: [null, 9, 10]\n    B: { type: string, minLength: 2, maxLength: 3, examples: [ab, abcd] }\n`,
    ),
    [
      'example-matches-schema@/components/schemas/A/examples/2 9:27 example must be < 10',
      'example-matches-schema@/components/schemas/B/examples/1 10:67 example must NOT have more than 3 characters',
    ],
  );
});

test('example-matches-schema: nested objects through refs, enums of objects in any key order, required at depth', () => {
  const doc = `${OAS30}    Order:\n      type: object\n      required: [id, line]\n      properties:\n        id: { type: string }\n        line: { $ref: "#/components/schemas/Line" }\n    Line:\n      type: object\n      required: [sku]\n      properties:\n        sku: { type: string }\n        qty: { type: integer, minimum: 1 }\n        tag: { enum: [{ a: 1, b: 2 }] }\n      example: { sku: x, qty: 1, tag: { b: 2, a: 1 } }\n    Bad:\n      allOf: [{ $ref: "#/components/schemas/Order" }]\n      example: { id: o-1, line: { qty: 0, sku: s } }\n    Missing:\n      allOf: [{ $ref: "#/components/schemas/Order" }]\n      example: { id: o-1, line: { qty: 2 } }\n`;
  assert.deepEqual(lines(doc), [
    'example-matches-schema@/components/schemas/Bad/example 22:16 example at /line/qty must be >= 1',
    "example-matches-schema@/components/schemas/Missing/example 25:16 example at /line must have required property 'sku'",
  ]);
});

test('example-matches-schema: media-type example and examples (refs followed), parameter and header examples', () => {
  const doc = `openapi: 3.0.3
info: { title: T, version: 1.0.0 }
paths:
  /orders:
    get:
      parameters:
        - { name: limit, in: query, schema: { type: integer, maximum: 100 }, example: 500 }
        - { name: sort, in: query, schema: { type: string, enum: [asc, desc] }, examples: { up: { value: asc }, sideways: { value: left } } }
      responses:
        "200":
          description: OK
          headers:
            X-Rate-Limit: { schema: { type: integer }, example: many }
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Total" }
              example: { total: "12" }
              examples:
                good: { value: { total: 12 } }
                shared: { $ref: "#/components/examples/Bad" }
components:
  schemas:
    Total: { type: object, properties: { total: { type: integer } } }
  examples:
    Bad: { value: { total: 1.5 } }
`;
  assert.deepEqual(lines(doc), [
    'example-matches-schema@/paths/~1orders/get/parameters/0/example 7:87 example must be <= 100',
    'example-matches-schema@/paths/~1orders/get/parameters/1/examples/sideways/value 8:132 example must be equal to one of the allowed values ("asc", "desc")',
    'example-matches-schema@/paths/~1orders/get/responses/200/headers/X-Rate-Limit/example 13:65 example must be integer',
    'example-matches-schema@/paths/~1orders/get/responses/200/content/application~1json/example 17:24 example at /total must be integer',
    'example-matches-schema@/components/examples/Bad/value 25:19 example at /total must be integer',
  ]);
});

test('example-matches-schema: Swagger 2.0 definitions (draft-04)', () => {
  assert.deepEqual(
    lines(
      'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ndefinitions:\n  N: { type: number, minimum: 0, exclusiveMinimum: true, example: 0 }\n',
    ),
    ['example-matches-schema@/definitions/N/example 5:67 example must be > 0'],
  );
});

test('example-matches-schema: a real document — GitHub documents an object for a text/plain string body', (t) => {
  const path = join(CORPUS, 'github/api.github.com.new.json');
  if (!existsSync(path)) return t.skip(`the contract corpus is missing: ${path} (set ARCHWAY_CORPUS)`);
  const findings = lintContract(loadContract(path), DEFAULT_CONFIG, RULE);
  const markdown = findings.filter((f) => f.location.pointer.startsWith('/paths/~1markdown~1raw/'));
  assert.deepEqual(
    markdown.map((f) => `${f.location.pointer} ${f.location.line}:${f.location.column} ${f.message}`),
    [
      '/paths/~1markdown~1raw/post/requestBody/content/text~1plain/examples/default/value 7195:28 example must be string',
      '/paths/~1markdown~1raw/post/requestBody/content/text~1x-markdown/examples/default/value 7208:28 example must be string',
    ],
  );
  assert.deepEqual(markdown[0].data, { keyword: 'type', instancePath: '', schemaPath: '#/type', params: { type: 'string' } });
  assert.equal(findings.length, 165);
});
