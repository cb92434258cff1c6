import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract, type ContractDocument } from '../../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../../src/lint/config.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { lintContract } from '../../../src/lint/run.js';
import { CORPUS, REPO } from '../../support/cli.js';

interface Comparison {
  peer: 'spectral' | 'redocly';
  file: string;
  rule: string;
  archway: string;
  pointers: string[];
}

/** The peers' own output, precomputed (running Spectral on these documents takes minutes): see the fixture's `about`. */
const { comparisons } = JSON.parse(readFileSync(join(REPO, 'test/lint/peers/fixtures/oas-agreement.json'), 'utf8')) as { comparisons: Comparison[] };
const docs = new Map<string, ContractDocument>();

for (const c of comparisons) {
  test(`agreement: archway ${c.archway} reports where ${c.peer} ${c.rule} does on ${c.file} (${c.pointers.length} places)`, (t) => {
    const path = join(CORPUS, c.file);
    if (!existsSync(path)) return t.skip(`the contract corpus is missing: ${path} (set ARCHWAY_CORPUS)`);
    let doc = docs.get(c.file);
    if (!doc) docs.set(c.file, (doc = loadContract(path)));
    const rule = LINT_RULES.find((r) => r.id === c.archway);
    assert.ok(rule, c.archway);
    const found = lintContract(doc, { ...DEFAULT_CONFIG, rules: { [rule.id]: 'warn' } }, [rule]).map((f) => f.location.pointer);
    assert.deepEqual([...new Set(found)].sort(), c.pointers);
  });
}
