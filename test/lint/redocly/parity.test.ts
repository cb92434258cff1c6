import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { loadLintConfig } from '../../../src/lint/config.js';
import { lintContract } from '../../../src/lint/run.js';
import { CORPUS, REPO } from '../../support/cli.js';

/**
 * The fixture style guide (ten configurable rules) on three corpus documents: archway reports
 * what Redocly 2.77 reports — rule, pointer, line:column, severity and message, finding for
 * finding. The expectation is Redocly's own output, summarised by scripts/redocly-expected.mjs.
 */
const FIXTURES = join(REPO, 'test/lint/redocly/fixtures');
type Summary = { count: number; digest: string; sample: string[] };
const expected = JSON.parse(readFileSync(join(FIXTURES, 'style-guide.expected.json'), 'utf8')) as Record<string, Record<string, Summary>>;
const config = loadLintConfig(join(FIXTURES, 'style-guide.redocly.yaml'), undefined, REPO);

function summary(lines: string[]): Summary {
  const sorted = [...lines].sort();
  return { count: sorted.length, digest: createHash('sha256').update(sorted.join('\n')).digest('hex'), sample: sorted.slice(0, 3) };
}

for (const [document, rules] of Object.entries(expected)) {
  test(`redocly parity: the style guide on ${document} reports exactly what Redocly reports`, (t) => {
    const path = join(CORPUS, document);
    if (!existsSync(path)) return t.skip(`the contract corpus is missing ${path}; set ARCHWAY_CORPUS`);
    const byRule = new Map<string, string[]>();
    for (const f of lintContract(loadContract(path), config)) {
      if (!f.ruleId.startsWith('rule/')) continue;
      const { pointer, line, column } = f.location;
      byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), `${pointer} ${line}:${column} ${f.severity} ${f.message}`]);
    }
    assert.deepEqual([...byRule.keys()].sort(), Object.keys(rules));
    for (const [id, want] of Object.entries(rules)) {
      const got = summary(byRule.get(id)!);
      // The sample first: a difference there reads better than a digest.
      assert.deepEqual(got.sample, want.sample, id);
      assert.equal(got.count, want.count, id);
      assert.equal(got.digest, want.digest, `${id}: same count, different findings (run scripts/redocly-expected.mjs and compare)`);
    }
  });
}
