import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildRisks, decide, decisionsJson } from '../../src/decide/index.js';
import { loadDesignFile } from '../../src/model/load.js';
import { ALL_DESIGN_RULES } from '../../src/review/design-rules.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';
import { REPO } from '../support/cli.js';
import { assertGolden } from '../support/golden.js';

/** An example reviewed as `archway review` would: loaded from the repository root, every design rule run. */
function example(name: string) {
  const design = loadDesignFile(`examples/${name}/archway.yaml`, { cwd: REPO });
  const findings = runDesignRules(ALL_DESIGN_RULES, [design], { ...DEFAULT_REVIEW_OPTIONS, today: '2026-11-25', cwd: REPO });
  const decisions = decide(design, [design], findings);
  const risks = buildRisks(design, findings, decisions);
  return { design, findings, decisions, risks };
}

const EXAMPLES = ['checkout', 'payments', 'notifications'];

test('payments (strong consistency, money, exactly-once) hands off to its ledger synchronously; notifications (best effort) queue', () => {
  const ledger = example('payments').decisions.find((d) => d.id === 'ledger-handoff')!;
  const email = example('notifications').decisions.find((d) => d.id === 'email-handoff')!;
  assert.notEqual(ledger.chosen, email.chosen);

  assert.equal(ledger.chosen, 'sync-request-response');
  assert.equal(ledger.chosenBy, 'archway');
  for (const reason of [
    '`ledger` is critical: the request cannot complete without its answer.',
    'Consistency for `ledger-entry` is strong, so the call confirms the write before the request returns.',
    'Delivery to `ledger` is exactly-once, which an idempotency key on a synchronous retry gives.',
    'With `ledger` on the synchronous path availability is bounded at 99.975%, within the 99.95% target.',
  ]) {
    assert.ok(ledger.rationale.includes(reason), `payments: ${reason}\n${ledger.rationale.join('\n')}`);
  }
  assert.ok(ledger.alternatives.slice(1).every((a) => a.cons.some((c) => c.includes('`ledger` is critical'))));

  assert.equal(email.chosen, 'command-queue');
  assert.equal(email.chosenBy, 'archway');
  for (const reason of [
    '`email-provider` is not critical, so the request can return once the command is queued.',
    'Delivery to `email-provider` is at-most-once (best effort), so a queue acknowledged on receipt is enough.',
  ]) {
    assert.ok(email.rationale.includes(reason), `notifications: ${reason}\n${email.rationale.join('\n')}`);
  }
  const sync = email.alternatives.find((a) => a.pattern === 'sync-request-response')!;
  assert.ok(sync.cons.includes('`email-provider` is not critical, so the caller need not wait for it'));
});

test('payments’ two critical writes are a saga, orchestrated because money must stay strongly consistent', () => {
  const d = example('payments').decisions.find((x) => x.id === 'multi-service-write')!;
  assert.equal(d.chosen, 'saga-orchestration');
  assert.ok(d.rationale.some((r) => r.startsWith('Consistency for `payment`, `ledger-entry` is strong: the orchestrator knows')));
  const choreography = d.alternatives.find((a) => a.pattern === 'saga-choreography')!;
  assert.ok(choreography.cons[0].startsWith('consistency for `payment`, `ledger-entry` is strong'));
  assert.equal(
    example('notifications').decisions.find((x) => x.id === 'multi-service-write'),
    undefined,
  );
});

test('checkout hands paid orders to fulfillment through its event stream; its critical path reaches the target only with a redundant inventory', () => {
  const { decisions } = example('checkout');
  const fulfillment = decisions.find((d) => d.id === 'fulfillment-handoff')!;
  assert.equal(fulfillment.chosen, 'event-stream-outbox');
  assert.deepEqual(fulfillment.subjects, ['fulfillment', 'order-events']);
  assert.ok(fulfillment.rationale.includes('`fulfillment` already consumes `order-events`, which 3 consumers read (fulfillment, notifications, analytics).'));
  const critical = decisions.find((d) => d.id === 'critical-path-availability')!;
  assert.equal(critical.chosen, 'degrade-second-provider');
  assert.deepEqual(critical.subjects, ['critical-path', 'inventory']);
  const cache = critical.alternatives.find((a) => a.pattern === 'degrade-stale-cache')!;
  assert.equal(cache.infeasibleBecause, 'freshness: `stock` must be fresh within 0s, and a cache lags by more than 0s');
  const queue = critical.alternatives.find((a) => a.pattern === 'command-queue')!;
  assert.match(queue.infeasibleBecause!, /^consistency: `order` is held strong/);
  assert.deepEqual(critical.risks, ['composite-availability-1']);
  assert.deepEqual(decisions.find((d) => d.id === 'integration-inventory')!.related, ['critical-path-availability']);
});

test('checkout’s decisions.json matches its golden file', () => {
  assertGolden('test/decide/golden/checkout', new Map([['decisions.json', decisionsJson(example('checkout').decisions)]]), ['decisions.json']);
});

test('every risk traces to a finding or a decision, one problem once, ranked by likelihood × impact', () => {
  const verify = new Map(ALL_DESIGN_RULES.map((r) => [r.id, r.verify]));
  const level = { low: 1, medium: 2, high: 3 } as const;
  for (const name of EXAMPLES) {
    const { findings, decisions, risks } = example(name);
    const ids = new Set(risks.map((r) => r.id));
    assert.equal(ids.size, risks.length, `${name}: risk ids are unique`);
    for (const risk of risks) {
      if (risk.source.kind === 'finding') {
        const { ruleId, location } = risk.source;
        const finding = findings.find((f) => f.ruleId === ruleId && f.location === location);
        assert.ok(finding && (finding.severity === 'error' || finding.severity === 'warn'), `${name}: ${risk.id} names its finding`);
        if (verify.has(ruleId)) assert.equal(risk.verification, verify.get(ruleId), `${name}: ${risk.id} is verified by the rule’s step`);
      } else {
        const { id } = risk.source;
        assert.ok(
          decisions.some((d) => d.id === id),
          `${name}: ${risk.id} names its decision`,
        );
      }
      assert.match(risk.mitigation, /\S.*\.$/, `${name}: ${risk.id} mitigation`);
      assert.match(risk.verification, /\S.*\.$/, `${name}: ${risk.id} verification`);
    }
    const weights = risks.map((r) => level[r.likelihood] * level[r.impact]);
    assert.deepEqual(
      weights,
      [...weights].sort((a, b) => b - a),
      `${name}: ranked by likelihood × impact`,
    );
    const verifications = risks.map((r) => r.verification);
    assert.equal(new Set(verifications).size, verifications.length, `${name}: no verification repeated`);
    for (const decision of decisions)
      assert.ok(
        decision.risks.every((r) => ids.has(r)),
        `${name}: ${decision.id} links only known risks`,
      );
  }
});

test('a decision the design got wrong is the likeliest risk, and its mitigation names the better pattern first', () => {
  const { risks } = example('notifications');
  const sms = risks.find((r) => r.id === 'decision-integration-sms-provider')!;
  assert.equal(sms.likelihood, 'high');
  assert.match(
    sms.mitigation,
    /^Adopt `command-queue` \(`sms-provider` is not critical, so the request can return once the command is queued\); if `sync-request-response` stays: timeouts within the deadline/,
  );
});
