import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { loadDesignText } from '../../src/model/load.js';
import { ALL_DESIGN_RULES } from '../../src/review/pipeline.js';
import { DEFAULT_REVIEW_OPTIONS, type DesignRule } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';
import { allRules } from '../../src/registry.js';
import { REPO, withTempDir } from '../support/cli.js';

function run(rule: DesignRule, example: string | string[]) {
  const texts = Array.isArray(example) ? example : [example];
  return withTempDir((dir) => {
    const designs = texts.map((text, i) => {
      for (const [path, content] of Object.entries(rule.examples.files ?? {})) {
        mkdirSync(dirname(join(dir, String(i), path)), { recursive: true });
        writeFileSync(join(dir, String(i), path), content);
      }
      return loadDesignText(text, join(dir, String(i), 'archway.yaml'));
    });
    return runDesignRules([rule], designs, DEFAULT_REVIEW_OPTIONS);
  });
}

test('design rule ids are unique and sorted registries hold every rule', () => {
  const ids = ALL_DESIGN_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
});

for (const rule of ALL_DESIGN_RULES) {
  test(`${rule.id}: metadata, source file, and examples`, () => {
    assert.match(rule.id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    for (const field of ['description', 'rationale', 'fix', 'verify', 'category'] as const) assert.ok(rule[field]?.trim(), `${field} is empty`);
    const registered = allRules().find((r) => r.id === rule.id);
    assert.ok(registered, 'registered');
    assert.ok(existsSync(join(REPO, registered.source)), `${registered.source} exists (id = file name)`);
    const bad = run(rule, rule.examples.bad);
    assert.ok(bad.length > 0, 'the bad example triggers the rule');
    assert.ok(bad.every((f) => f.ruleId === rule.id && f.location.line >= 1 && f.location.column >= 1));
    assert.deepEqual(run(rule, rule.examples.good), [], 'the good example does not trigger the rule');
  });
}
