import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { CONTRACT_PROBLEMS } from '../../src/contracts/problems/index.js';
import { lintContract } from '../../src/lint/run.js';
import { allRules } from '../../src/registry.js';
import { REPO, runCli, withTempDir } from '../support/cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Ids written as literals where findings are made: `ruleId: 'x'` anywhere in src/. */
function emittedIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of sources(join(REPO, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bruleId:\s*['"`]([a-z0-9-]+)['"`]/g)) ids.set(match[1], file.slice(REPO.length + 1));
  }
  return ids;
}

test('registry: every id an engine emits as a literal is registered and documented, so `archway explain` knows it', () => {
  const registered = new Map(allRules().map((r) => [r.id, r]));
  const ids = emittedIds();
  assert.ok(ids.has('ref-unresolved') && ids.has('contract-unreadable'), [...ids.keys()].join(','));
  for (const [id, file] of ids) {
    const rule = registered.get(id);
    assert.ok(rule, `${id} (emitted in ${file}) is not registered`);
    for (const field of ['description', 'rationale', 'fix'] as const) assert.ok(rule[field].trim(), `${id}: ${field}`);
  }
});

test('registry: every rule file of every rule folder is registered, and every registered rule has its file', () => {
  const rules = allRules();
  const bySource = new Set(rules.map((r) => r.source));
  for (const dir of new Set(rules.map((r) => r.source.slice(0, r.source.lastIndexOf('/'))))) {
    for (const name of readdirSync(join(REPO, dir))) {
      if (!name.endsWith('.ts') || ['index.ts', 'problem.ts', 'change.ts'].includes(name)) continue;
      assert.ok(bySource.has(`${dir}/${name}`), `${dir}/${name} is a rule file no registry lists`);
    }
  }
  for (const rule of rules) assert.ok(statSync(join(REPO, rule.source)).isFile(), rule.source);
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, 'ids are unique');
});

test('registry: the documented examples of contract problems behave as documented', () => {
  const unresolved = CONTRACT_PROBLEMS.find((p) => p.id === 'ref-unresolved')!;
  withTempDir((dir) => {
    const lint = (text: string) => {
      writeFileSync(join(dir, 'a.yaml'), text);
      return lintContract(loadContract(join(dir, 'a.yaml')), undefined, []).map(
        (f) => `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column}`,
      );
    };
    assert.deepEqual(lint(unresolved.examples.bad), ['ref-unresolved@/components/schemas/Order/$ref 6:20']);
    assert.deepEqual(lint(unresolved.examples.good), []);
  });
});

test('registry: `archway explain` documents the ids findings carry beyond rules', async () => {
  for (const id of ['ref-unresolved', 'contract-unreadable']) {
    const run = await runCli(['explain', id]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`^# ${id}\\n`));
  }
});
