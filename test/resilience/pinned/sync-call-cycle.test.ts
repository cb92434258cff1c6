import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

const service = (name: string, ...callees: string[]) =>
  design(`dependencies:\n${callees.map((c) => `  - { name: ${c}, kind: http, timeout: 1s }\n`).join('')}`, name);

test('sync-call-cycle: a cycle reached from outside names only its members', () => {
  assert.deepEqual(pin(findings('sync-call-cycle', service('x', 'a'), service('a', 'b'), service('b', 'a'))), [
    {
      at: 'sync-call-cycle@/dependencies/0 4:5',
      severity: 'error',
      message: 'synchronous call cycle a → b → a; attempts multiply around it: 1 × 1 = 1× per turn',
      data: { amplification: 1, cycle: ['a', 'b', 'a'], factorPerHop: [1, 1] },
    },
  ]);
});

test('sync-call-cycle: two cycles whose names join to the same letters are both reported', () => {
  // ab ⇄ c and a ⇄ bc: keyed by members, not by their concatenation.
  const found = findings('sync-call-cycle', service('ab', 'c'), service('c', 'ab'), service('a', 'bc'), service('bc', 'a'));
  assert.deepEqual(found.map((f) => f.message).sort(), [
    'synchronous call cycle a → bc → a; attempts multiply around it: 1 × 1 = 1× per turn',
    'synchronous call cycle ab → c → ab; attempts multiply around it: 1 × 1 = 1× per turn',
  ]);
});
