import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings } from '../support.js';
import { pin } from './support.js';

const deps =
  'dependencies:\n  - { name: a, kind: http, critical: true, availability: 99.9%, timeout: 1s }\n  - { name: b, kind: http, critical: true, availability: 99.5%, timeout: 1s }\n';

test('composite-availability: 99.9% × 99.5% = 99.4005% against 99.9%; the fix names the least available, b, though a comes first', () => {
  const found = findings('composite-availability', design(`nfr: { availability: 99.9% }\n${deps}`));
  assert.deepEqual(pin(found), [
    {
      at: 'composite-availability@/nfr/availability 3:22',
      severity: 'error',
      message: 'critical synchronous dependencies allow at most 99.9% × 99.5% = 99.4005%, below the 99.9% target by 0.4995 points',
      data: {
        targetPercent: 99.9,
        compositePercent: 99.4005,
        fallbacks: [],
        gapPoints: 0.4995,
        inputs: [
          { name: 'a', percent: 99.9 },
          { name: 'b', percent: 99.5 },
        ],
        unknown: [],
      },
    },
  ]);
  assert.equal(
    found[0].fix,
    'Take b (the least available) off the critical path with an asynchronous hand-off, a cache or a fallback, make it redundant, or lower the target to at most 99.4%.',
  );
});

test('composite-availability: a target exactly at the composite passes; no target, no verdict', () => {
  assert.deepEqual(findings('composite-availability', design(`nfr: { availability: 99.4005% }\n${deps}`)), []);
  assert.deepEqual(findings('composite-availability', design(`nfr: { latency: { p99: 1s } }\n${deps}`)), []);
});
