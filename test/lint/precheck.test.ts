import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { test } from 'node:test';
import { loadContract, type ContractDocument } from '../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../src/lint/config.js';
import type { Located } from '../../src/lint/helpers.js';
import type { AjvErrors } from '../../src/lint/ajv-errors.js';
import { Verdict } from '../../src/lint/precheck.js';
import { LINT_RULES } from '../../src/lint/rules/index.js';
import { lintContract } from '../../src/lint/run.js';
import { SchemaValidator } from '../../src/lint/validator.js';
import { CORPUS, withTempDir } from '../support/cli.js';

/** The precheck's verdict and ajv's answer for one (schema, value): the precheck is private to the validator. */
function both(validator: SchemaValidator, schema: Located, value: unknown): { fast: Verdict; ajv: boolean } {
  const fast = (validator as unknown as { precheck: { verdict(s: Located, v: unknown): Verdict } }).precheck.verdict(schema, value);
  return { fast, ajv: validator.checkWithAjv(schema, value) === undefined };
}

function document<T>(version: string, schemas: Record<string, unknown>, fn: (doc: ContractDocument) => T): T {
  return withTempDir((dir) => {
    const path = join(dir, 'contract.json');
    writeFileSync(path, JSON.stringify({ openapi: version, info: { title: 'T', version: '1' }, paths: {}, components: { schemas } }));
    return fn(loadContract(path));
  });
}

const V = Verdict.Valid;
const I = Verdict.Invalid;
const U = Verdict.Unknown;

/** [schema, value, the precheck's verdict]; ajv must agree with every Valid and Invalid. */
const CASES_30: Array<[unknown, unknown, Verdict]> = [
  [{ type: 'integer' }, 3, V],
  [{ type: 'integer' }, 3.5, I],
  [{ type: 'number' }, 3, V],
  [{ type: 'string' }, null, I],
  [{ type: 'string', nullable: true }, null, V],
  [{ type: 'string', nullable: false }, null, I],
  [{ type: ['string', 'null'], nullable: false }, null, U],
  [{ type: 'file' }, 'x', U],
  [{ type: 'string', enum: ['a', 'b'], nullable: true }, null, I],
  [{ enum: [{ a: 1, b: 2 }] }, { b: 2, a: 1 }, V],
  [{ maximum: 10 }, 10, V],
  [{ maximum: 10, exclusiveMaximum: true }, 10, I],
  [{ minimum: 0, exclusiveMinimum: true }, 0, I],
  [{ minimum: 0, exclusiveMinimum: false }, 0, V],
  [{ maximum: 10 }, 'eleven', V],
  [{ exclusiveMaximum: 10 }, 12, U],
  [{ multipleOf: 0.01 }, 19.99, V],
  [{ multipleOf: 0.01 }, 19.995, I],
  [{ minLength: 2 }, '😀', I],
  [{ maxLength: 1 }, '😀', V],
  [{ pattern: '^[a-z]+$' }, 'abc', V],
  [{ pattern: '^[a-z]+$' }, 'aBc', I],
  [{ pattern: '(' }, 'x', U],
  [{ pattern: '\\p{L}+' }, 'é', V],
  [{ format: 'date-time' }, '2024-01-01T00:00:00Z', V],
  [{ format: 'date-time' }, 'yesterday', I],
  [{ format: 'int32' }, 2 ** 31, I],
  [{ format: 'int32' }, 'many', V],
  [{ format: 'no-such-format' }, 'x', V],
  [{ format: 'uri' }, 'not a uri', I],
  [{ minItems: 1, maxItems: 2 }, [1, 2, 3], I],
  [{ uniqueItems: true }, [{ a: 1 }, { a: 1 }], I],
  [{ uniqueItems: true }, [1, '1'], V],
  [{ items: { type: 'integer' } }, [1, 2, 'x'], I],
  [{ items: [{ type: 'integer' }] }, [1], U],
  [{ required: ['a'] }, {}, I],
  [{ required: ['a'] }, 'not an object', V],
  [{ required: ['toString'] }, {}, U],
  [{ properties: { a: { type: 'string' } } }, { a: 1 }, I],
  [{ properties: { a: { type: 'string' } } }, { b: 1 }, V],
  [{ properties: { a: {} }, additionalProperties: false }, { a: 1, b: 2 }, I],
  [{ properties: { a: {} }, patternProperties: { '^x-': {} }, additionalProperties: false }, { a: 1, 'x-b': 2 }, V],
  [{ additionalProperties: { type: 'integer' } }, { a: 1, b: 'two' }, I],
  [{ patternProperties: { '^n': { type: 'number' } } }, { n1: 'x' }, I],
  [{ minProperties: 1 }, {}, I],
  [{ allOf: [{ type: 'object' }, { required: ['a'] }] }, { a: 1 }, V],
  [{ anyOf: [{ type: 'string' }, { type: 'integer' }] }, true, I],
  [{ oneOf: [{ type: 'number' }, { type: 'integer' }] }, 1, I],
  [{ oneOf: [{ type: 'number' }, { type: 'integer' }] }, 1.5, V],
  [{ oneOf: [{ type: 'string' }, { dependencies: {} }] }, 1, U],
  [{ not: { type: 'string' } }, 1, V],
  [{ not: { type: 'string' } }, 's', I],
  [{ $ref: '#/components/schemas/Count' }, 5, V],
  [{ $ref: '#/components/schemas/Count' }, 12, U],
  [{ not: { $ref: '#/components/schemas/Count' } }, 12, U],
  [{ $ref: '#/components/schemas/Missing' }, 1, U],
  [{ type: 'object', readOnly: true, deprecated: true, 'x-any': { type: 'string' }, description: 'd' }, {}, V],
  [{ if: { type: 'string' } }, 1, U],
];

test('precheck: each verdict on the keyword table (OpenAPI 3.0) is the one pinned, and ajv agrees with it', () => {
  document('3.0.3', { Count: { type: 'integer', maximum: 10 } }, (doc) => {
    const validator = new SchemaValidator(doc);
    for (const [i, [schema, value, expected]] of CASES_30.entries()) {
      const { fast, ajv } = both(validator, { node: schema, at: { file: doc.rootFile, pointer: `/case/${i}` } }, value);
      const what = `${JSON.stringify(schema)} ← ${JSON.stringify(value)}`;
      assert.equal(fast, expected, what);
      if (fast !== U) assert.equal(ajv, fast === V, `ajv disagrees: ${what}`);
    }
  });
});

test('precheck: OpenAPI 3.1 reads exclusiveMaximum as a number and boolean schemas', () => {
  const cases: Array<[unknown, unknown, Verdict]> = [
    [{ exclusiveMaximum: 10 }, 10, I],
    [{ exclusiveMaximum: 10 }, 9, V],
    [{ exclusiveMaximum: true }, 9, U],
    [{ maximum: 10, exclusiveMaximum: true }, 10, U],
    [{ items: false }, [], V],
    [{ items: false }, [1], I],
    [{ type: ['string', 'null'] }, null, V],
    [{ const: 'a' }, 'b', I],
  ];
  document('3.1.0', {}, (doc) => {
    const validator = new SchemaValidator(doc);
    for (const [i, [schema, value, expected]] of cases.entries()) {
      const { fast, ajv } = both(validator, { node: schema, at: { file: doc.rootFile, pointer: `/case/${i}` } }, value);
      assert.equal(fast, expected, `${JSON.stringify(schema)} ← ${JSON.stringify(value)}`);
      if (fast !== U) assert.equal(ajv, fast === V, `ajv disagrees: ${JSON.stringify(schema)} ← ${JSON.stringify(value)}`);
    }
  });
});

/**
 * [schema, value, whether the error model answers]: where it answers, its error is ajv's (ajv is
 * the oracle); the cases cover ajv's order (type deferred after the untyped keywords,
 * additionalProperties before properties, the first missing required property), composite
 * branches (the deepest error wins), oneOf's passing schemas and the ref keyword's schemaPath.
 */
const MODEL_CASES: Array<[string, unknown, unknown, boolean]> = [
  ['3.0.3', { type: 'object', enum: [{ a: 1 }], properties: { a: {} } }, 'x', true],
  ['3.0.3', { type: 'string', enum: ['a'] }, 1, true],
  ['3.0.3', { type: 'integer', minimum: 2 }, 1.5, true],
  ['3.0.3', { type: ['string', 'null'] }, 1, true],
  ['3.0.3', { type: 'string', nullable: true, maxLength: 1 }, 'ab', true],
  ['3.0.3', { nullable: true, maxLength: 1 }, null, true],
  ['3.0.3', { properties: { a: { type: 'string' } }, additionalProperties: false, required: ['b', 'c'] }, { a: 1, z: 1 }, true],
  ['3.0.3', { properties: { a: { type: 'string' } }, additionalProperties: false }, { a: 1, z: 1 }, true],
  ['3.0.3', { properties: { a: { type: 'string' }, b: { type: 'string' } } }, { b: 1, a: 2 }, true],
  ['3.0.3', { properties: { 'a/b~c d': { type: 'string' } } }, { 'a/b~c d': 1 }, true],
  ['3.0.3', { patternProperties: { '^x': { type: 'string' } } }, { xa: 1 }, true],
  ['3.0.3', { additionalProperties: { type: 'string' } }, { 'k/1': 1 }, true],
  ['3.0.3', { items: { required: ['id'] } }, [{ id: 1 }, {}], true],
  ['3.0.3', { anyOf: [{ properties: { a: { properties: { b: { type: 'string' } } } } }, { required: ['q'] }] }, { a: { b: 1 } }, true],
  ['3.0.3', { anyOf: [{ type: 'string' }, {}] }, 1, true],
  ['3.0.3', { oneOf: [{ type: 'number' }, { type: 'integer' }, { minimum: 0 }] }, 1, true],
  ['3.0.3', { oneOf: [{ type: 'string' }, { type: 'boolean' }] }, 1, true],
  ['3.0.3', { oneOf: [{ description: 'any' }, { type: 'integer' }] }, 1, true],
  ['3.0.3', { not: { type: 'integer' } }, 1, true],
  ['3.0.3', { not: {} }, 1, true],
  ['3.0.3', { allOf: [{}, { required: ['a'] }] }, {}, true],
  ['3.0.3', { maximum: 10, exclusiveMaximum: true }, 10, true],
  ['3.0.3', { minimum: 1, exclusiveMinimum: true }, 1, true],
  ['3.0.3', { multipleOf: 0.5 }, 0.7, true],
  ['3.0.3', { format: 'date' }, '2024-13-01', true],
  ['3.0.3', { format: 'int32' }, 2 ** 31, true],
  ['3.0.3', { minLength: 2 }, '😀', true],
  ['3.0.3', { minItems: 2, maxItems: 3 }, [1], true],
  ['3.0.3', { minProperties: 1, maxProperties: 1 }, { a: 1, b: 2 }, true],
  ['3.0.3', { pattern: '^a' }, 'b', true],
  ['3.0.3', { $ref: '#/components/schemas/Pet' }, { name: 1 }, true],
  ['3.0.3', { properties: { pet: { $ref: '#/components/schemas/Pet' } } }, { pet: {} }, true],
  ['3.0.3', { properties: { pets: { items: { $ref: '#/components/schemas/Pet' } } } }, { pets: [{ name: 'a' }, { name: 2 }] }, true],
  ['3.0.3', { uniqueItems: true }, [1, 1], false],
  ['3.0.3', { if: { type: 'string' } }, 1, false],
  ['3.0.3', { exclusiveMaximum: true }, 1, false],
  ['3.0.3', { oneOf: [{ type: 'object', enum: [1] }, { type: 'string' }] }, 1, false],
  ['3.1.0', { exclusiveMaximum: 10, exclusiveMinimum: 1 }, 10, true],
  ['3.1.0', { exclusiveMinimum: 1 }, 1, true],
  ['3.1.0', { items: false }, [1], false],
  ['3.1.0', { type: ['string', 'null'], const: 'a' }, 'b', true],
  ['3.1.0', { $ref: '#/components/schemas/Pet' }, { name: 'x', tag: 3 }, true],
];

test("error model: where it answers, its error is ajv's, field for field, and it answers where pinned", () => {
  const pet = { type: 'object', required: ['name'], properties: { name: { type: 'string' }, tag: { type: 'string' } } };
  for (const version of ['3.0.3', '3.1.0']) {
    document(version, { Pet: pet }, (doc) => {
      const validator = new SchemaValidator(doc);
      for (const [i, [dialect, schema, value, answers]] of MODEL_CASES.entries()) {
        if (dialect !== version) continue;
        const what = `${version} ${JSON.stringify(schema)} ← ${JSON.stringify(value)}`;
        const errors = errorOf(validator, { node: schema, at: { file: doc.rootFile, pointer: `/case/${i}` } }, value);
        assert.equal(errors !== undefined, answers, `answers: ${what}`);
        if (errors) assert.deepEqual(errors.model, errors.ajv, what);
      }
    });
  }
});

const CORPUS_DOCS = [
  'github/api.github.com.new.json',
  'box/box-openapi.json',
  'twilio/twilio_api_v2010.new.json',
  'asana/asana_oas.yaml',
  'digitalocean/specification/DigitalOcean-public.v2.yaml',
];

/** The error model's answer, as the validator reports it (the most specific error), and ajv's. */
function errorOf(validator: SchemaValidator, schema: Located, value: unknown): { model: unknown; ajv: unknown } | undefined {
  const errors = (validator as unknown as { model: AjvErrors }).model.errors(schema, value);
  if (errors === undefined) return undefined;
  const best = errors.reduce<(typeof errors)[number] | undefined>((b, e) => (!b || e.instancePath.length > b.instancePath.length ? e : b), undefined);
  const ajv = validator.checkWithAjv(schema, value);
  return { model: best, ajv: ajv && { instancePath: ajv.instancePath, schemaPath: ajv.schemaPath, keyword: ajv.keyword, params: ajv.params } };
}

/**
 * Property over real documents: for every example `example-matches-schema` judges, the precheck's
 * Valid (the only verdict it acts on) must be ajv's answer too, and the error model's error (or
 * none) must be ajv's, field for field.
 */
for (const file of CORPUS_DOCS) {
  const path = join(CORPUS, file);
  test(`precheck agrees with ajv on every example of ${file}`, { skip: !existsSync(path) && `corpus absent: ${path}` }, () => {
    const rule = LINT_RULES.find((r) => r.id === 'example-matches-schema')!;
    const original = SchemaValidator.prototype.check;
    const tally = { [V]: 0, [I]: 0, [U]: 0 };
    let modelled = 0;
    const wrong: string[] = [];
    SchemaValidator.prototype.check = function (this: SchemaValidator, schema: Located, value: unknown) {
      const { fast, ajv } = both(this, schema, value);
      tally[fast]++;
      if (fast === V && !ajv) wrong.push(`${schema.at.pointer}: precheck Valid, ajv rejects ${JSON.stringify(value).slice(0, 80)}`);
      const errors = errorOf(this, schema, value);
      if (errors) {
        modelled++;
        if (!isDeepStrictEqual(errors.model, errors.ajv))
          wrong.push(`${schema.at.pointer}: model ${JSON.stringify(errors.model)}, ajv ${JSON.stringify(errors.ajv)}`);
      }
      return this.checkWithAjv(schema, value);
    };
    try {
      lintContract(loadContract(path), DEFAULT_CONFIG, [rule]);
    } finally {
      SchemaValidator.prototype.check = original;
    }
    assert.deepEqual(wrong, []);
    const judged = tally[V] + tally[I] + tally[U];
    assert.ok(judged > 0, 'no example judged');
    // The point of the precheck: ajv compiles only for the few examples it cannot pass.
    if (file.startsWith('github/')) assert.ok(tally[V] / judged > 0.9, `precheck passed only ${tally[V]} of ${judged}`);
    // And the model answers for nearly all the rest, so ajv compiles almost nothing.
    assert.ok(modelled / judged > 0.99, `the error model answered only ${modelled} of ${judged}`);
  });
}
