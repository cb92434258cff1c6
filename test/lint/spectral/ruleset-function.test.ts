import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../../src/core/input-error.js';
import { rulesetFunctionFactory } from '../../../src/lint/spectral/ruleset-function.js';
import type { FunctionContext } from '../../../src/lint/spectral/types.js';
import { REPO } from '../../support/cli.js';
import { lintWithModule } from './helpers.js';

type Create = Parameters<typeof rulesetFunctionFactory>[0] extends () => infer C ? C : never;
const real = (createRequire(join(REPO, 'package.json'))('@stoplight/spectral-core') as { createRulesetFunction: Create }).createRulesetFunction;
const context = {} as FunctionContext;

/** What a call gives: its results, or the messages of what it threw. */
function outcome(fn: (input: unknown, options: unknown, context: FunctionContext) => unknown, input: unknown, options: unknown): unknown {
  try {
    return { results: fn(input, options, context) ?? null };
  } catch (error) {
    const e = error as Error & { errors?: Error[] };
    return { threw: e.constructor.name, message: e.message, errors: e.errors?.map((x) => x.message) };
  }
}

test("createRulesetFunction: archway's answers as spectral-core's own, on valid and invalid inputs and options", () => {
  const schemas = {
    input: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
    options: { type: 'object', additionalProperties: false, properties: { max: { type: 'integer' }, mode: { enum: ['a', 'b'] } }, required: ['max'] },
  };
  const body = function titleLength(input: unknown, options: { max: number }) {
    const title = String((input as { title: unknown }).title);
    return title.length > options.max ? [{ message: `${title} is longer than ${options.max}` }] : [];
  };
  const mine = rulesetFunctionFactory(() => real);
  for (const errorOnInvalidInput of [false, true]) {
    const ours = mine({ ...schemas, errorOnInvalidInput }, body);
    const theirs = real({ ...schemas, errorOnInvalidInput }, body);
    assert.equal(ours.name, 'titleLength');
    assert.deepEqual(Object.getOwnPropertyDescriptor(ours, 'schemas')?.value, { input: schemas.input, options: schemas.options });
    for (const [input, options] of [
      [{ title: 'Pets' }, { max: 2 }],
      [{ title: 'Pets' }, { max: 9 }],
      [{ name: 'Pets' }, { max: 2 }],
      ['Pets', { max: 2 }],
      [{ title: 'Pets' }, { max: 'x', mode: 'c', extra: 1 }],
      [{ title: 'Pets' }, {}],
      [{ title: 'Pets' }, null],
    ])
      assert.deepEqual(outcome(ours, input, options), outcome(theirs, input, options), JSON.stringify({ errorOnInvalidInput, input, options }));
  }
  // A function of no options refuses any.
  const none = (input: unknown) => [{ message: String(input) }];
  for (const options of [null, { a: 1 }])
    assert.deepEqual(outcome(mine({ input: null, options: null }, none), 'x', options), outcome(real({ input: null, options: null }, none), 'x', options));
});

test("createRulesetFunction: a schema that needs spectral-core's ajv plugins (errorMessage, format) is left to spectral-core", () => {
  let asked = 0;
  const mine = rulesetFunctionFactory(() => (asked++, real));
  const schemas = { input: { type: 'string', format: 'email', errorMessage: 'not an e-mail' }, errorOnInvalidInput: true, options: null };
  const fn = mine(schemas, () => []);
  assert.equal(asked, 1);
  assert.deepEqual(outcome(fn, 'nope', null), { results: [{ message: 'not an e-mail' }] });
  assert.deepEqual(outcome(fn, 'a@example.com', null), { results: [] });
  // Schemas without them never load spectral-core, even for valid options.
  mine({ input: { type: 'string' }, options: { type: 'object' } }, () => [])('x', {}, context);
  assert.equal(asked, 1);
});

test('ruleset: a CommonJS function built with createRulesetFunction runs without @stoplight/spectral-core installed, its input checked by schema', async () => {
  const ruleset = (options: string) => `const { createRulesetFunction } = require('@stoplight/spectral-core');
const titled = createRulesetFunction(
  { input: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] }, errorOnInvalidInput: true, options: { type: 'object', properties: { max: { type: 'integer' } } } },
  function titled(input, options) { return input.title.length > options.max ? [{ message: 'long title ' + input.title }] : []; },
);
module.exports = { rules: {
  info: { given: '$.info', severity: 'error', then: { function: titled, functionOptions: ${options} } },
  paths: { given: '$.paths', severity: 'error', then: { function: titled, functionOptions: ${options} } },
} };
`;
  assert.deepEqual(await lintWithModule(ruleset('{ max: 2 }')), ['info@/info 2:6 error long title Pets', 'paths@/paths 5:7 error invalid input']);
  await assert.rejects(lintWithModule(ruleset("{ max: 'x' }")), (error: Error) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /rule "info": function "titled" threw an exception: "titled" function: its options are not valid/);
    return true;
  });
});
