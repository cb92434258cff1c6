import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../src/lint/config.js';
import type { LintRule } from '../../src/lint/rule.js';
import { PEER_RULESETS } from '../../src/lint/peers/index.js';
import { LINT_RULES } from '../../src/lint/rules/index.js';
import { lintContract } from '../../src/lint/run.js';
import { REPO, withTempDir } from '../support/cli.js';

// redocly:recommended already holds Redocly's AsyncAPI rows (joined by rule name).
const PEER_SELECTED = new Set(Object.values(PEER_RULESETS).flatMap((ruleset) => ruleset.rules.flatMap((r) => r.archway)));

function lint(rule: LintRule, text: string) {
  return withTempDir((dir) => {
    const path = join(dir, 'openapi.yaml');
    writeFileSync(path, text);
    const options = rule.examples.options ? { [rule.id]: rule.examples.options } : undefined;
    return lintContract(loadContract(path), { ...DEFAULT_CONFIG, extends: 'strict', rules: { [rule.id]: rule.severity }, options }, [rule]);
  });
}

test('at least 45 lint rules, ids unique and sorted, every family covered', () => {
  const ids = LINT_RULES.map((r) => r.id);
  assert.ok(ids.length >= 45, `${ids.length} rules`);
  assert.deepEqual(ids, [...new Set(ids)].sort());
  const families = new Set(LINT_RULES.map((r) => r.category));
  for (const family of [
    'errors',
    'status',
    'pagination',
    'filtering',
    'idempotency',
    'versioning',
    'deprecation',
    'security',
    'naming',
    'docs',
    'schema',
    'events',
  ])
    assert.ok(families.has(family), family);
});

for (const rule of LINT_RULES) {
  test(`${rule.id}: file, docs, presets and examples`, () => {
    assert.ok(existsSync(join(REPO, 'src/lint/rules', `${rule.id}.ts`)), 'id = file name');
    for (const field of ['description', 'rationale', 'fix'] as const) assert.ok(rule[field].trim(), field);
    assert.ok(rule.references?.length, 'references');
    // A rule in no preset mirrors a peer's style rule: only a peer ruleset (`extends: spectral:asyncapi`) selects it.
    assert.ok(rule.presets.includes('strict') || PEER_SELECTED.has(rule.id), 'every rule is in strict, or selected by a peer ruleset');
    const bad = lint(rule, rule.examples.bad);
    assert.ok(bad.length > 0, 'the bad example triggers the rule');
    assert.ok(
      bad.every((f) => f.ruleId === rule.id && f.location.line >= 1),
      bad.map((f) => f.ruleId).join(','),
    );
    assert.deepEqual(
      lint(rule, rule.examples.good).map((f) => f.message),
      [],
      'the good example does not trigger',
    );
  });
}
