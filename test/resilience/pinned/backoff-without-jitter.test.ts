import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

const dep = (retries: string) => design(`dependencies:\n  - { name: stock, kind: http, timeout: 100ms, idempotent: true, retries: { ${retries} } }\n`);
const immediate = (backoff: string, jitter: boolean) => ({
  at: 'backoff-without-jitter@/dependencies/0/retries 4:75',
  severity: 'warn',
  message: '"stock" retries 2 times immediately, with no backoff, hammering it while it struggles',
  data: { dependency: 'stock', backoff, jitter },
});

test('backoff-without-jitter: no backoff key and `backoff: none` are both immediate retries, with or without jitter', () => {
  assert.deepEqual(pin(findings('backoff-without-jitter', dep('max: 2'))), [immediate('none', false)]);
  assert.deepEqual(pin(findings('backoff-without-jitter', dep('max: 2, backoff: none'))), [immediate('none', false)]);
  assert.deepEqual(
    pin(findings('backoff-without-jitter', dep('max: 2, backoff: none, jitter: true'))),
    [immediate('none', true)],
    'jitter does not help without a backoff',
  );
});

test('backoff-without-jitter: a backoff without jitter names the backoff in message and data', () => {
  assert.deepEqual(pin(findings('backoff-without-jitter', dep('max: 3, backoff: exponential, jitter: false'))), [
    {
      at: 'backoff-without-jitter@/dependencies/0/retries 4:75',
      severity: 'warn',
      message: '"stock" backs off exponentially without jitter, so clients retry in synchronized waves',
      data: { dependency: 'stock', backoff: 'exponential', jitter: false },
    },
  ]);
  assert.deepEqual(findings('backoff-without-jitter', dep('max: 3, backoff: linear, jitter: true')), []);
});
