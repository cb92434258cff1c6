import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../src/core/input-error.js';
import { oas } from './fixtures/build.js';
import { diffTexts } from './support.js';

const pets = (ref: string) =>
  oas(`
    paths:
      /pets:
        get:
          responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '${ref}' } } } } }
    components:
      schemas:
        Pet: { type: object, properties: { id: { type: string } } }
  `);

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError)
      return error.problems.map((p) => `${p.location.file}:${p.location.line}:${p.location.column} ${p.location.pointer} ${p.message}`);
    throw error;
  }
  assert.fail('expected an InputError');
}

test('an unresolved $ref in the revision is a located input problem, never a change from object to any', () => {
  assert.deepEqual(
    problems(() => diffTexts(pets('#/components/schemas/Pet'), pets('#/components/schemas/Nope'))),
    [
      'revision.yaml:6:93 /paths/~1pets/get/responses/200/content/application~1json/schema/$ref $ref "#/components/schemas/Nope" points to nothing (ref-unresolved)',
    ],
  );
});

test('an unresolved $ref in the base is one too, whatever the revision says', () => {
  assert.deepEqual(
    problems(() => diffTexts(pets('#/components/schemas/Gone'), pets('#/components/schemas/Pet'))),
    [
      'base.yaml:6:93 /paths/~1pets/get/responses/200/content/application~1json/schema/$ref $ref "#/components/schemas/Gone" points to nothing (ref-unresolved)',
    ],
  );
});

test('the same unresolved $ref on both sides is still reported, once per file, sorted', () => {
  assert.deepEqual(
    problems(() => diffTexts(pets('#/x'), pets('#/x'))).map((p) => p.split(' ')[0]),
    ['base.yaml:6:93', 'revision.yaml:6:93'],
  );
});
