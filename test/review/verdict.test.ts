import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { review } from '../../src/review/pipeline.js';
import { REPO } from '../support/cli.js';

interface Json {
  id: string;
  subject: string;
  kind: string;
  chosen: string | null;
  chosenBy: string;
  subjects: string[];
  better: string | null;
  alternatives: Array<{ pattern: string; feasible: boolean; infeasibleBecause: string | null; pros: string[]; cons: string[] }>;
}

/** The position a pattern takes on a name: a live call, an asynchronous hand-off or a local copy (others take none). */
function family(pattern: string | null): string | undefined {
  if (pattern === 'sync-request-response' || pattern === 'query-through') return 'live';
  if (pattern === 'replicate-data') return 'replica';
  if (pattern && (['command-queue', 'event-stream-outbox', 'webhook', 'batch-transfer'].includes(pattern) || /^(webhook|export)-/.test(pattern)))
    return 'handoff';
  return undefined;
}

const DESIGNS = [
  ...['checkout', 'payments', 'notifications'].map((name) => `examples/${name}/archway.yaml`),
  ...readdirSync(`${REPO}/test/fixtures/designs/verdict`)
    .sort()
    .map((f) => `test/fixtures/designs/verdict/${f}`),
];

async function reviewed(path: string) {
  const { files, designs } = await review([path], { today: '2026-11-25', cwd: REPO });
  return { decisions: JSON.parse(files.get('decisions.json')!).decisions as Json[], md: files.get('DESIGN.md')!, design: designs[0] };
}

for (const path of DESIGNS) {
  test(`${path}: one position, feasible choices, honest credit, no repeated verification`, async () => {
    const { decisions, md, design } = await reviewed(path);
    for (const d of decisions) {
      // fields
      assert.ok(['design', 'archway'].includes(d.chosenBy), `${d.id}: chosenBy`);
      assert.equal(d.subjects[0], d.subject, `${d.id}: subjects start with the subject`);
      for (const a of d.alternatives) {
        assert.equal(typeof a.feasible, 'boolean', `${d.id}/${a.pattern}: feasible`);
        assert.equal(a.feasible, a.infeasibleBecause === null, `${d.id}/${a.pattern}: a reason exactly when infeasible`);
      }
      // feasible: never choose or recommend an infeasible alternative
      const alt = (p: string | null) => d.alternatives.find((a) => a.pattern === p);
      assert.notEqual(alt(d.chosen)?.feasible, false, `${d.id} chooses an infeasible ${d.chosen}`);
      assert.notEqual(alt(d.better)?.feasible, false, `${d.id} recommends an infeasible ${d.better}`);
      if (d.chosen === null && d.alternatives.length > 0) assert.ok(md.includes('a constraint must move'), `${d.id}: says which constraint must move`);
      // honest: the design's choice agrees with its declared mode
      const mode = design.dependencies.find((dep) => dep.name === d.subject)?.mode;
      if (d.chosenBy === 'design' && mode && family(d.chosen)) {
        assert.equal(family(d.chosen) === 'live', mode === 'sync', `${d.id}: ${d.chosen} credited to a design whose mode is ${mode}`);
      }
      // answer the question asked: a declared question gets alternatives of one family
      const prefixes = new Set(d.alternatives.map((a) => a.pattern.match(/^(degrade|tenant|webhook|export)-/)?.[1] ?? 'core'));
      // The critical path is the one cross-cutting question: each alternative changes a different dependency.
      if (d.kind !== 'critical-path') assert.ok(prefixes.size <= 1, `${d.id}: alternatives of one kind (${[...prefixes].join(', ')})`);
      // no twins
      const shapes = d.alternatives.map((a) => JSON.stringify([a.pros, a.cons]));
      assert.equal(new Set(shapes).size, shapes.length, `${d.id}: two alternatives with the same pros and cons`);
    }
    // one voice: no name gets two incompatible positions
    const positions = new Map<string, Set<string>>();
    for (const d of decisions) {
      const f = family(d.chosen);
      if (!f) continue;
      for (const s of d.subjects) positions.set(s, new Set([...(positions.get(s) ?? []), f]));
    }
    for (const [name, set] of positions) assert.equal(set.size, 1, `${name} gets ${[...set].join(' and ')}`);
    const plan = (md.split(/^## Verification plan/m)[1] ?? '')
      .split(/^## /m)[0]
      .split('\n')
      .filter((l) => /^\s*- /.test(l))
      .map((l) => l.replace(/_\(.*\)_\s*$/, '').trim());
    assert.equal(new Set(plan).size, plan.length, 'a verification line repeats');
    assert.doesNotMatch(md, /owns both `([^`]+)` and `\1`/);
    if (!design.rollout?.steps.length && !design.rollout?.rollback?.trigger) assert.doesNotMatch(md, /Roll back[^.]* when a gate/);
  });
}

test('the new designs answer their own questions: degradation honours the fallback, tenancy, webhooks and exports get their families, an infeasible call is said to be so', async () => {
  const kinds = async (path: string) => Object.fromEntries((await reviewed(path)).decisions.map((d) => [d.id, [d.kind, d.chosen, d.chosenBy]]));
  assert.deepEqual((await kinds('test/fixtures/designs/verdict/dispatch.archway.yaml'))['eta-when-maps-down'], [
    'degradation',
    'degrade-fallback-value',
    'design',
  ]);
  assert.deepEqual((await kinds('test/fixtures/designs/verdict/tenants.archway.yaml'))['tenant-isolation'], ['tenancy', 'tenant-shared-rls', 'archway']);
  assert.deepEqual((await kinds('test/fixtures/designs/verdict/webhooks.archway.yaml'))['webhook-delivery'], [
    'webhook-delivery',
    'webhook-outbox-queue',
    'archway',
  ]);
  const exports = await kinds('test/fixtures/designs/verdict/exports.archway.yaml');
  assert.deepEqual(exports['bulk-export'], ['export', 'export-object-store', 'archway']);
  assert.deepEqual(exports['export-naming'], ['unanswered', null, 'archway']);
  assert.deepEqual(exports['integration-search'], ['integration', null, 'archway'], 'a 900ms call in a 500ms budget has no feasible integration');
});
