import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inResponse } from './fixtures/build.js';
import { diffTexts } from './support.js';

const OLD = '{ type: object, required: [id], properties: { id: { type: string }, name: { type: string } } }';

/** `level id @pointer line:col "message"` plus the branch named in the data. */
function found(base: string, revision: string): string[] {
  return diffTexts(base, revision).changes.map(
    (c) =>
      `${c.level} ${c.id} @${c.location.pointer} ${c.location.line}:${c.location.column} <- @${c.base?.pointer} "${c.message}" ${String(c.data.newBranch)}`,
  );
}

test('a required property absent from a new inline union branch is reported naming the branch by position', () => {
  const revision = inResponse(`{ anyOf: [${OLD}, { type: object, properties: { name: { type: string } } }] }`);
  assert.deepEqual(found(inResponse(OLD), revision), [
    'breaking response-required-property-removed @/paths/~1pets/get/responses/200/content/application~1json/schema/anyOf/1/properties 6:219 <- @/paths/~1pets/get/responses/200/content/application~1json/schema/properties/id "response property "id" (200 application/json) in new branch "anyOf[1]" was removed although it was required" anyOf[1]',
  ]);
});

test('a property made nullable in a new branch is named by the branch title', () => {
  const revision = inResponse(
    `{ oneOf: [${OLD}, { title: Legacy, type: object, required: [id], properties: { id: { type: string, nullable: true }, name: { type: string } } }] }`,
  );
  assert.deepEqual(found(inResponse(OLD), revision), [
    'breaking response-property-became-nullable @/paths/~1pets/get/responses/200/content/application~1json/schema/oneOf/1/properties/id 6:256 <- @/paths/~1pets/get/responses/200/content/application~1json/schema/properties/id "response property "id" (200 application/json) in new branch "Legacy" may now be null" Legacy',
  ]);
});

test('a change reached outside any new branch names none', () => {
  const revision = inResponse('{ type: object, required: [id], properties: { id: { type: string, nullable: true }, name: { type: string } } }');
  const [change] = diffTexts(inResponse(OLD), revision).changes;
  assert.equal(change.id, 'response-property-became-nullable');
  assert.equal('newBranch' in change.data, false);
  assert.doesNotMatch(change.message, /branch/);
});
