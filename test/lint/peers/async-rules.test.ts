import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../../src/lint/config.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { lintContract } from '../../../src/lint/run.js';
import { withTempDir } from '../../support/cli.js';
import { line } from '../rules/cases.js';
import { ASYNC_CASES } from './async-cases.js';
import { ASYNC_CASE_EXPECTED } from './async-case-expected.js';

/** Lints one inline document with one rule turned on by id (peer-only rules are in no preset). */
function lint(ruleId: string, text: string): string[] {
  const rule = LINT_RULES.find((r) => r.id === ruleId);
  assert.ok(rule, ruleId);
  return withTempDir((dir) => {
    const path = join(dir, 'contract.yaml');
    writeFileSync(path, text);
    return lintContract(loadContract(path), { ...DEFAULT_CONFIG, rules: { [rule.id]: rule.severity } }, [rule]).map(line);
  });
}

for (const { rule, name, doc } of ASYNC_CASES) {
  test(`${rule}: ${name}`, () => {
    const key = `${rule} ${name}`;
    assert.ok(key in ASYNC_CASE_EXPECTED, `no expectation pinned for "${key}"`);
    assert.deepEqual(lint(rule, doc), ASYNC_CASE_EXPECTED[key]);
  });
}

test('every AsyncAPI peer rule has cases for both 2.x and 3.0 (its examples included)', () => {
  const versions = new Map<string, Set<string>>();
  const add = (rule: string, doc: string) => {
    const set = versions.get(rule) ?? new Set<string>();
    set.add(/^asyncapi: (\d)/.exec(doc)![1]);
    versions.set(rule, set);
  };
  for (const r of LINT_RULES.filter((r) => r.id.startsWith('asyncapi-'))) {
    add(r.id, r.examples.bad);
    add(r.id, r.examples.good);
  }
  for (const c of ASYNC_CASES) add(c.rule, c.doc);
  const missing = [...versions].filter(([, set]) => set.size < 2).map(([rule]) => rule);
  assert.deepEqual(missing, []);
  assert.deepEqual(
    Object.keys(ASYNC_CASE_EXPECTED).filter((k) => !ASYNC_CASES.some((c) => `${c.rule} ${c.name}` === k)),
    [],
    'expectations without a case',
  );
});
