import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { escapeSegment, fragmentToPointer, joinPointer, parsePointer, pointerToFragment } from '../../src/core/pointer.js';
import { withTempDir } from '../support/cli.js';

test('pointer: RFC 6901 escaping round-trips ~ and /, and a plain pointer is never percent-decoded', () => {
  assert.equal(escapeSegment('a/b~c'), 'a~1b~0c');
  assert.equal(joinPointer('', 'paths', '/users/{id}', 'get'), '/paths/~1users~1{id}/get');
  assert.deepEqual(parsePointer('/paths/~1users~1{id}/~01'), ['paths', '/users/{id}', '~1']);
  assert.deepEqual(parsePointer('/properties/a%20b'), ['properties', 'a%20b']);
  assert.deepEqual(parsePointer('#/a'), ['a']);
});

test('pointer: a URI fragment is percent-decoded as a whole (RFC 6901 §6), and encoded back', () => {
  assert.equal(fragmentToPointer('/paths/~1users~1%7Bid%7D'), '/paths/~1users~1{id}');
  assert.equal(fragmentToPointer('/bad%zz'), '/bad%zz');
  assert.equal(pointerToFragment('/paths/~1users~1{id}'), '/paths/~1users~1%7Bid%7D');
});

test('pointer: a key holding % is located where written; a percent-encoded $ref reaches its node at its canonical pointer', () => {
  withTempDir((dir) => {
    const path = join(dir, 'a.yaml');
    writeFileSync(
      path,
      'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /users/{id}:\n    get: { responses: { "200": { description: OK } } }\n  /alias:\n    $ref: "#/paths/~1users~1%7Bid%7D"\ncomponents:\n  schemas:\n    X:\n      properties:\n        a b: { type: string }\n        a%20b: { type: string }\n',
    );
    const doc = loadContract(path);
    assert.deepEqual(doc.rootFile.source.locate('/components/schemas/X/properties/a%20b', 'key'), { line: 13, column: 9 });
    const r = doc.deref({ $ref: '#/paths/~1users~1%7Bid%7D' }, doc.rootFile, '/paths/~1alias');
    assert.equal(r.pointer, '/paths/~1users~1{id}');
    assert.deepEqual(doc.rootFile.source.locate(r.pointer), { line: 5, column: 5 });
    assert.deepEqual(doc.problems, []);
  });
});
