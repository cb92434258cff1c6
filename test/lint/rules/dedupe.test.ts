import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../../src/lint/config.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { lintContract } from '../../../src/lint/run.js';
import { withTempDir } from '../../support/cli.js';
import { line } from './cases.js';

const op = (path: string) => `  ${path}:\n    get:\n      responses: { "200": { description: OK }, "429": { $ref: "#/components/responses/Slow" } }\n`;
const DOC = (...paths: string[]) =>
  `openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n${paths.map(op).join('')}components:\n  responses:\n    Slow: { description: Slow down }\n`;

function lintIn(dir: string, text: string) {
  writeFileSync(join(dir, 'a.yaml'), text);
  return lintContract(
    loadContract(join(dir, 'a.yaml')),
    DEFAULT_CONFIG,
    LINT_RULES.filter((r) => r.id === 'rate-limit-retry-after'),
  );
}
const lint = (text: string) => withTempDir((dir) => lintIn(dir, text));

test('a shared response used by three operations is one finding with its uses and the first referring places', () => {
  const findings = lint(DOC('/c', '/a', '/b', '/d'));
  assert.deepEqual(findings.map(line), [
    'rate-limit-retry-after@/components/responses/Slow 18:11 GET /a answers 429 without a Retry-After header {"uses":4,"examples":["/paths/~1c/get","/paths/~1a/get","/paths/~1b/get"]}',
  ]);
  assert.equal(findings[0].related, undefined);
});

test('the merged finding keeps its fingerprint when uses come and go; a single use is reported as before', () => {
  withTempDir((dir) => {
    const [four] = lintIn(dir, DOC('/c', '/a', '/b', '/d'));
    const [two] = lintIn(dir, DOC('/b', '/d'));
    assert.equal(four.fingerprint, two.fingerprint);
  });
  const [one] = lint(DOC('/a'));
  assert.equal(line(one), 'rate-limit-retry-after@/components/responses/Slow 9:11 GET /a answers 429 without a Retry-After header');
});
