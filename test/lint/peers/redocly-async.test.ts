import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../../src/lint/config.js';
import { PEER_RULESETS } from '../../../src/lint/peers/index.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { lintContract } from '../../../src/lint/run.js';
import { withTempDir } from '../../support/cli.js';
import { line } from '../rules/cases.js';
import { REDOCLY_ASYNC_CASES } from './redocly-async-cases.js';

function lint(ruleId: string, text: string): string[] {
  const rule = LINT_RULES.find((r) => r.id === ruleId);
  assert.ok(rule, ruleId);
  return withTempDir((dir) => {
    const path = join(dir, 'asyncapi.yaml');
    writeFileSync(path, text);
    return lintContract(loadContract(path), { ...DEFAULT_CONFIG, rules: { [rule.id]: rule.severity } }, [rule]).map(line);
  });
}

for (const c of REDOCLY_ASYNC_CASES) {
  test(`Redocly ${c.peer} on AsyncAPI (${c.rule}): ${c.name}`, () => {
    assert.ok(PEER_RULESETS['redocly:recommended'].rules.find((r) => r.name === c.peer)?.archway.includes(c.rule), 'the peer table maps it');
    assert.deepEqual(lint(c.rule, c.doc), c.expected);
  });
}

test('each of Redocly’s AsyncAPI schema and markdown rules has a failing and a passing case in 2.x and 3.0', () => {
  for (const peer of new Set(REDOCLY_ASYNC_CASES.map((c) => c.peer))) {
    const cases = REDOCLY_ASYNC_CASES.filter((c) => c.peer === peer);
    assert.ok(
      cases.some((c) => c.expected.length > 0),
      `${peer} fails somewhere`,
    );
    assert.ok(
      cases.some((c) => c.expected.length === 0),
      `${peer} passes somewhere`,
    );
    assert.deepEqual(new Set(cases.map((c) => /^asyncapi: (\d)/.exec(c.doc)![1])), new Set(['2', '3']), peer);
  }
});
