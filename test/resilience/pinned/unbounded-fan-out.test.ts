import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

const dep = (fanOut: string) => design(`dependencies:\n  - { name: email, kind: http, timeout: 1s, fanOut: { ${fanOut} } }\n`);

test('unbounded-fan-out: no max is unbounded; 2 is the smallest fan-out reported, 1 is none', () => {
  assert.deepEqual(pin(findings('unbounded-fan-out', dep('bulkhead: false'))), [
    {
      at: 'unbounded-fan-out@/dependencies/0/fanOut 4:53',
      severity: 'warn',
      message: '"email" is called an unbounded number of times in parallel per request with no concurrency limit or bulkhead',
      data: { dependency: 'email', max: 'unbounded' },
    },
  ]);
  assert.deepEqual(
    pin(findings('unbounded-fan-out', dep('max: 2'))).map((f) => [f.message, f.data]),
    [['"email" is called up to 2 times in parallel per request with no concurrency limit or bulkhead', { dependency: 'email', max: 2 }]],
  );
  assert.deepEqual(findings('unbounded-fan-out', dep('max: 1')), []);
});
