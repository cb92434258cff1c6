import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as archway from '../src/index.js';
import { REPO, withTempDir } from './support/cli.js';

const OPENAPI = join(REPO, 'examples/checkout/openapi.yaml');

test('the library lints a contract without the CLI', () => {
  const findings = archway.lintContract(archway.loadContract(OPENAPI));
  assert.ok(findings.every((f) => archway.LINT_RULES.some((r) => r.id === f.ruleId)));
  assert.deepEqual(findings, archway.sortFindings(findings), 'sorted');
});

test('the library diffs two contracts: removing an operation is breaking and gets a rollout plan', () => {
  withTempDir((dir) => {
    const text = readFileSync(OPENAPI, 'utf8');
    const revision = join(dir, 'openapi.yaml');
    // Drop the first path item of the checkout example.
    const lines = text.split('\n');
    const start = lines.findIndex((l) => /^ {2}\/\S+:$/.test(l));
    const end = lines.findIndex((l, i) => i > start && /^ {2}\S/.test(l));
    writeFileSync(revision, [...lines.slice(0, start), ...lines.slice(end)].join('\n'));
    const base = archway.sideFromContract(archway.loadContract(OPENAPI));
    const result = archway.diffContracts(base, archway.sideFromContract(archway.loadContract(revision)), { today: '2026-01-01' });
    assert.ok(result.summary.breaking >= 1, JSON.stringify(result.summary));
    assert.ok(result.changes.some((c) => c.id === 'api-removed'));
    assert.equal(result.rollout.length, result.summary.breaking, 'one plan per breaking change');
    assert.ok(archway.failsAt(result, 'breaking'));
    const json = JSON.parse(archway.formatDiff('json', result, { files: { base: OPENAPI, revision } })) as { summary: unknown };
    assert.deepEqual(json.summary, result.summary);
    assert.ok(archway.DIFF_CHECKS.length >= 100);
  });
});
