import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../../src/lint/config.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { lintContract } from '../../../src/lint/run.js';
import { withTempDir } from '../../support/cli.js';
import { line } from './cases.js';

/**
 * One pinned case of the pinned-<family> test files: a rule, a document (or several files, the
 * first one linted) and the rule's exact findings on it, one `ruleId@pointer line:col message {data}`
 * line each.
 */
export type Pinned = [rule: string, name: string, doc: string | Record<string, string>, expected: string[]];

export const A2 = (rest: string) => `asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\n${rest}`;
export const A3 = (rest: string) => `asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\n${rest}`;
export const OAS = (rest: string) => `openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\n${rest}`;

/** The findings of one rule (enabled whatever its presets) on a document, as lines. */
export function lintWith(ruleId: string, doc: string | Record<string, string>): string[] {
  const rule = LINT_RULES.find((r) => r.id === ruleId);
  assert.ok(rule, ruleId);
  const files = typeof doc === 'string' ? { [doc.startsWith('asyncapi') ? 'asyncapi.yaml' : 'openapi.yaml']: doc } : doc;
  return withTempDir((dir) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const path = join(dir, Object.keys(files)[0]);
    const config = { ...DEFAULT_CONFIG, extends: 'strict' as const, rules: { [rule.id]: rule.severity } };
    return lintContract(loadContract(path, { cwd: dir }), config, [rule], { cwd: dir }).map(line);
  });
}

/** One test per case, named `<rule>: <name>`. */
export function pin(cases: Pinned[]): void {
  for (const [rule, name, doc, expected] of cases) test(`${rule}: ${name}`, () => assert.deepEqual(lintWith(rule, doc), expected));
}
