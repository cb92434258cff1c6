import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDesignText } from '../../src/model/load.js';
import { resilienceRules } from '../../src/resilience/index.js';
import { DEFAULT_REVIEW_OPTIONS, type DesignRule } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';
import { REPO } from '../support/cli.js';

const IDS = [
  'backoff-without-jitter',
  'circuit-breaker-missing',
  'composite-availability',
  'critical-with-fallback',
  'dedup-missing',
  'dependency-p99-over-budget',
  'dlq-missing',
  'dual-write',
  'latency-budget',
  'queue-capacity',
  'retry-amplification',
  'retry-non-idempotent',
  'shared-data-ownership',
  'sync-call-cycle',
  'timeout-below-p99',
  'timeout-budget',
  'unbounded-fan-out',
];

function run(rule: DesignRule, example: string | string[]) {
  const texts = Array.isArray(example) ? example : [example];
  return runDesignRules(
    [rule],
    texts.map((text, i) => loadDesignText(text, `/tmp/resilience-meta/${i}/archway.yaml`)),
    DEFAULT_REVIEW_OPTIONS,
  );
}

test('exactly the issue’s analysers, sorted by id, one file each named by its id', async () => {
  assert.deepEqual(
    resilienceRules.map((r) => r.id),
    IDS,
  );
  const files = readdirSync(join(REPO, 'src/resilience/rules'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  assert.deepEqual(
    files,
    IDS.map((id) => `${id}.ts`),
  );
  for (const id of IDS) {
    const module = (await import(`../../src/resilience/rules/${id}.js`)) as { default: DesignRule };
    assert.equal(module.default.id, id, `src/resilience/rules/${id}.ts exports the rule ${id}`);
  }
});

for (const rule of resilienceRules) {
  test(`${rule.id}: metadata and examples`, () => {
    assert.equal(rule.stage, 'failure-modes');
    assert.equal(rule.category, 'resilience');
    assert.equal(
      rule.scope === 'system',
      rule.id === 'sync-call-cycle' || rule.id === 'shared-data-ownership',
      'only the cross-service rules are system-scoped',
    );
    assert.ok(rule.references && rule.references.length > 0, 'cites references');
    for (const text of [rule.examples.bad, rule.examples.good].flat()) assert.doesNotMatch(text, /\bcontract:/, 'examples load without files');
    const bad = run(rule, rule.examples.bad);
    assert.ok(bad.length > 0, 'the bad example triggers the rule');
    assert.ok(
      bad.every((f) => f.ruleId === rule.id && f.data !== undefined),
      'findings carry their figures in data',
    );
    assert.deepEqual(run(rule, rule.examples.good), [], 'the good example does not trigger the rule');
  });
}
