import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDesignText } from '../../src/model/load.js';
import { resilienceRules } from '../../src/resilience/index.js';
import { DEFAULT_REVIEW_OPTIONS, type DesignRule } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';

function run(rule: DesignRule, example: string | string[]) {
  const texts = Array.isArray(example) ? example : [example];
  return runDesignRules(
    [rule],
    texts.map((text, i) => loadDesignText(text, `/tmp/resilience-meta/${i}/archway.yaml`)),
    DEFAULT_REVIEW_OPTIONS,
  );
}

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
