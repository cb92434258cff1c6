import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../src/lint/config.js';
import { LINT_RULES } from '../../src/lint/rules/index.js';
import { lintContract } from '../../src/lint/run.js';
import { REPO, withTempDir } from '../support/cli.js';

const SORT = (schema: string, description = '') =>
  `openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      parameters:\n        - { name: sort, in: query${description}, schema: ${schema} }\n      responses: { '200': { description: OK } }\n`;

/** The findings of one rule on a contract written to <dir>/<name>/api.yaml, fingerprinted from <dir> (a repository top). */
function lint(dir: string, name: string, ruleId: string, text: string) {
  mkdirSync(join(dir, name, '.git'), { recursive: true });
  writeFileSync(join(dir, name, 'api.yaml'), text);
  const rule = LINT_RULES.find((r) => r.id === ruleId)!;
  return lintContract(loadContract(join(dir, name, 'api.yaml'), { cwd: join(dir, name) }), DEFAULT_CONFIG, [rule], { cwd: join(dir, name) });
}

test('two different messages of one rule at one pointer get different fingerprints; the same message the same one', () => {
  withTempDir((dir) => {
    const [open] = lint(dir, 'a', 'sort-allow-listed', SORT('{ type: string }'));
    const [undocumented] = lint(dir, 'b', 'sort-allow-listed', SORT('{ type: array, items: { type: string, enum: [a, b] } }'));
    const [again] = lint(dir, 'c', 'sort-allow-listed', SORT('{ type: string, maxLength: 9 }'));
    assert.equal(open.location.file, 'api.yaml');
    assert.deepEqual([open.location.pointer, open.location.line, open.location.column], ['/paths/~1orders/get/parameters/0', 7, 11]);
    assert.equal(undocumented.location.pointer, open.location.pointer);
    assert.match(open.message, /accepts any field/);
    assert.match(undocumented.message, /does not document its syntax/);
    assert.notEqual(undocumented.fingerprint, open.fingerprint);
    assert.equal(again.fingerprint, open.fingerprint);
  });
});

/**
 * A rule with several report calls reports several kinds of message: each call names its
 * messageId, so that fingerprints tell the kinds apart without hashing the text.
 */
test('every lint rule that reports in more than one place gives each report a messageId', () => {
  const dir = join(REPO, 'src/lint/rules');
  const missing: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const text = readFileSync(join(dir, file), 'utf8');
    const reports = text.match(/\breport\(/g)?.length ?? 0;
    const ids = text.match(/\bmessageId: '[a-z-]+'/g)?.length ?? 0;
    if (reports > 1 && ids < reports) missing.push(`${file}: ${reports} reports, ${ids} messageIds`);
  }
  assert.deepEqual(missing, []);
});
