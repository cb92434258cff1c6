import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../../src/lint/config.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { lintContract } from '../../../src/lint/run.js';
import { withTempDir } from '../../support/cli.js';
import { OAS_PEER_CASES } from '../peers/oas-cases.js';
import { OAS_PEER_EXPECTED } from '../peers/oas-expected.js';
import { REDOCLY_OPTION_EXAMPLES } from '../peers/redocly-options-cases.js';
import { CASES, line } from './cases.js';
import { EXPECTED as BASE_EXPECTED } from './expected.js';

const EXPECTED: Record<string, string[]> = { ...BASE_EXPECTED, ...OAS_PEER_EXPECTED, ...REDOCLY_OPTION_EXAMPLES };

function lint(ruleId: string, text: string): string[] {
  const rule = LINT_RULES.find((r) => r.id === ruleId);
  assert.ok(rule, ruleId);
  return withTempDir((dir) => {
    const path = join(dir, 'contract.yaml');
    writeFileSync(path, text);
    // Enabled by id: a rule in no preset (selected only by a peer ruleset) runs all the same.
    const options = rule.examples.options ? { [rule.id]: rule.examples.options } : undefined;
    return lintContract(loadContract(path), { ...DEFAULT_CONFIG, extends: 'strict', rules: { [rule.id]: rule.severity }, options }, [rule]).map(line);
  });
}

/** Every rule's bad example (it must fire, exactly so) and good example (silent), then the extra cases. */
const all = [
  ...LINT_RULES.flatMap((rule) => [
    { rule: rule.id, name: 'bad example', doc: rule.examples.bad },
    { rule: rule.id, name: 'good example', doc: rule.examples.good },
  ]),
  ...CASES,
  ...OAS_PEER_CASES,
];

for (const { rule, name, doc } of all) {
  test(`${rule}: ${name}`, () => {
    const key = `${rule} ${name}`;
    assert.ok(key in EXPECTED, `no expectation pinned for "${key}"`);
    assert.deepEqual(lint(rule, doc), EXPECTED[key]);
  });
}

test('every pinned expectation belongs to a case, and every rule has a failing case', () => {
  const keys = new Set(all.map((c) => `${c.rule} ${c.name}`));
  assert.deepEqual(
    Object.keys(EXPECTED).filter((k) => !keys.has(k)),
    [],
  );
  for (const rule of LINT_RULES) assert.ok(EXPECTED[`${rule.id} bad example`]?.length > 0, `${rule.id}: the bad example fires`);
});
