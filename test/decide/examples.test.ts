import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { review } from '../../src/review/pipeline.js';
import { REPO } from '../support/cli.js';
import { assertGolden } from '../support/golden.js';

function reviewExample(name: string) {
  const previous = process.cwd();
  process.chdir(REPO);
  try {
    return review([`examples/${name}/archway.yaml`], { today: '2026-11-25' });
  } finally {
    process.chdir(previous);
  }
}

const decisions = (name: string) => JSON.parse(reviewExample(name).files.get('decisions.json')!).decisions as Array<Record<string, any>>;

test('payments (strong consistency, critical ledger) hands off synchronously; notifications queue', () => {
  const ledger = decisions('payments').find((d) => d.id === 'ledger-handoff')!;
  assert.equal(ledger.chosen, 'sync-request-response');
  assert.equal(ledger.chosenBy, 'archway');
  assert.ok(ledger.rationale.includes('`ledger` is critical: the request cannot complete without its answer.'));
  const email = decisions('notifications').find((d) => d.id === 'email-handoff')!;
  assert.equal(email.chosen, 'command-queue');
  assert.ok(email.rationale.includes('`email-provider` is not critical, so the request can return once the command is queued.'));
  const fulfillment = decisions('checkout').find((d) => d.id === 'fulfillment-handoff')!;
  assert.equal(fulfillment.chosen, 'event-stream-outbox');
  assert.ok(fulfillment.rationale.some((r: string) => r.includes('already consumes `order-events`')));
});

test('every risk traces to a finding or a decision, and every mitigation to a step of the verification plan', () => {
  for (const name of ['checkout', 'payments', 'notifications']) {
    const result = reviewExample(name);
    const design = result.files.get('DESIGN.md')!;
    const plan = design.slice(design.indexOf('## Verification plan'), design.indexOf('\n## ', design.indexOf('## Verification plan') + 5));
    const ids = new Set(decisions(name).map((d) => d.id));
    const riskIds = [...design.matchAll(/^\| `([a-z0-9-]+)` \| /gm)].map((m) => m[1]);
    assert.ok(riskIds.length >= ids.size, `${name}: a risk per decision at least`);
    for (const decision of decisions(name)) {
      assert.ok(decision.risks.includes(`decision-${decision.id}`), `${name}: ${decision.id} links its risk`);
    }
    for (const finding of result.findings.filter((f) => f.severity === 'error' || f.severity === 'warn')) {
      assert.ok(riskIds.some((id) => id.startsWith(`${finding.ruleId}-`)), `${name}: finding ${finding.ruleId} has a risk`);
      const rule = result.rules.find((r) => r.id === finding.ruleId)!;
      assert.ok(plan.includes(rule.verify), `${name}: ${finding.ruleId}'s verification is in the plan`);
    }
    assert.ok(plan.includes('(verifies `decision-'), `${name}: decision risks are verified in the plan`);
  }
});

test('the three example designs match their golden DESIGN.md and decisions.json', () => {
  for (const name of ['checkout', 'payments', 'notifications']) {
    assertGolden(`test/golden/${name}`, reviewExample(name).files, ['DESIGN.md', 'decisions.json']);
  }
});

test('decisions.json is sorted by id', () => {
  const ids = decisions('checkout').map((d) => d.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.ok(readFileSync(join(REPO, 'test/golden/checkout/decisions.json'), 'utf8').startsWith('{\n  "decisions": [\n'));
});
