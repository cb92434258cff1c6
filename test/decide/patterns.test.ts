import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decide, PATTERNS } from '../../src/decide/index.js';
import { loadDesignText } from '../../src/model/load.js';

const design = (body: string) => loadDesignText(`archway: 1\nservice: { name: svc, owner: team-a }\n${body}`, '/tmp/decide/archway.yaml');
const decision = (body: string, id: string) => {
  const found = decide(design(body)).find((d) => d.id === id);
  assert.ok(found, `decision ${id}`);
  return found;
};

/** For every pattern, a design where it is archway's pick; the others of its kind lose there. */
const WINS: Array<{ pattern: string; body: string; id: string; because: RegExp }> = [
  { pattern: 'sync-request-response', id: 'integration-ledger', body: 'dependencies:\n  - { name: ledger, critical: true }\n', because: /`ledger` is critical: the request cannot complete without its answer/ },
  { pattern: 'command-queue', id: 'integration-mailer', body: 'dependencies:\n  - { name: mailer, critical: false }\n', because: /`mailer` is not critical, so the request can return once the command is queued/ },
  { pattern: 'event-stream-outbox', id: 'integration-search', body: 'events:\n  - { name: item-events, consumers: [search, analytics] }\ndata:\n  owned: [{ name: item, store: postgres }]\ndependencies:\n  - { name: search, critical: false }\n', because: /`search` already consumes `item-events`, which 1 other consumers read too/ },
  { pattern: 'webhook', id: 'integration-partner', body: 'dependencies:\n  - { name: partner, kind: webhook, critical: false }\ndecisions:\n  - { id: integration-partner, question: "How do partners hear about changes?" }\n', because: /`partner` is declared a webhook receiver/ },
  { pattern: 'batch-transfer', id: 'integration-warehouse', body: 'data:\n  referenced: [{ name: report, owner: warehouse, freshness: 1d }]\ndependencies:\n  - { name: warehouse, critical: false }\n', because: /`report` tolerates 1d of staleness/ },
  { pattern: 'saga-orchestration', id: 'multi-service-write', body: 'dependencies:\n  - { name: a, kind: http, mode: sync, timeout: 1s }\n  - { name: b, kind: http, mode: sync, timeout: 1s }\n  - { name: c, kind: http, mode: sync, timeout: 1s }\n', because: /3 writes \(`a`, `b`, `c`\) need compensation in a defined order/ },
  { pattern: 'saga-choreography', id: 'multi-service-write', body: 'dependencies:\n  - { name: a, kind: http, mode: sync, timeout: 1s }\n  - { name: b, kind: http, mode: sync, timeout: 1s }\n  - { name: e, kind: topic, mode: async, outbox: true }\n', because: /the service already publishes through an outbox/ },
  { pattern: 'local-transaction', id: 'placement', body: 'decisions:\n  - { id: placement, question: "Where does refunding live?", subject: local }\n', because: /./ },
  { pattern: 'module-in-existing-service', id: 'placement', body: 'nfr: { latency: { p99: 200ms } }\ndecisions:\n  - { id: placement, question: "Where does refunding live?", subject: refunds }\n', because: /an in-process call keeps the 200ms p99 budget free of a network hop/ },
  { pattern: 'new-service', id: 'placement', body: 'nfr: { throughput: { peakRps: 2000 } }\ndata:\n  owned: [{ name: refund, store: postgres }]\ndecisions:\n  - { id: placement, question: "Where does refunding live?", subject: refunds }\n', because: /it owns `refund` \(postgres\) as the system of record/ },
  { pattern: 'own-data', id: 'data-rates', body: 'data:\n  referenced: [{ name: rates }]\n', because: /`rates` names no owner, so this service may become its system of record/ },
  { pattern: 'replicate-data', id: 'data-price', body: 'data:\n  referenced: [{ name: price, owner: catalog, via: event, freshness: 5m }]\n', because: /`price` tolerates 5m of staleness, which covers replication lag/ },
  { pattern: 'query-through', id: 'data-stock', body: 'data:\n  referenced: [{ name: stock, owner: inventory, via: api, freshness: 0s }]\n', because: /`stock` must be read at freshness 0s, which only the owner can give/ },
  { pattern: 'canary', id: 'rollout', body: 'nfr: { throughput: { peakRps: 800 } }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\nrollout: { strategy: rolling, steps: [1%, 100%] }\n', because: /at 800 rps peak a 1% step sees 8 rps: signal within minutes/ },
  { pattern: 'blue-green', id: 'rollout', body: 'nfr: { throughput: { peakRps: 2 } }\nrollout: { strategy: rolling, steps: [5%, 100%] }\n', because: /at 2 rps a canary would see too little traffic/ },
  { pattern: 'dark-launch', id: 'rollout', body: 'nfr: { throughput: { peakRps: 2 } }\nrollout:\n  strategy: rolling\n  steps: [5%, 100%]\n  flags: [new-refunds]\n  migrations: [{ name: drop-legacy, phase: contract }]\n', because: /flags `new-refunds` already exist to hide the change/ },
];

test('every pattern in the catalogue has a winning case', () => {
  assert.deepEqual(WINS.map((w) => w.pattern).sort(), PATTERNS.map((p) => p.id).sort());
});

for (const { pattern, body, id, because } of WINS) {
  test(`${pattern} wins where it fits, and the reason names the input`, () => {
    if (pattern === 'local-transaction') {
      const d = decide(design('dependencies:\n  - { name: a, kind: http, mode: sync, timeout: 1s, idempotent: true }\n'));
      assert.equal(d.find((x) => x.kind === 'consistency'), undefined, 'no multi-service write when nothing remote is written');
      const scored = PATTERNS.find((p) => p.id === 'local-transaction')!.score({ design: design(''), facts: { compositePercent: 100, compositeInputs: [] } });
      assert.equal(scored.score, 70);
      assert.deepEqual(scored.pros, ['every write goes to the service’s own store']);
      return;
    }
    const d = decision(body, id);
    assert.equal(d.alternatives[0].pattern, pattern, d.alternatives.map((a) => `${a.pattern}:${a.score}`).join(' '));
    assert.ok(d.alternatives.length >= 2 && d.alternatives.length <= 3);
    // Rationale sentences start with a capital; the reasons are matched as written in the pattern.
    assert.ok(d.rationale.some((r) => new RegExp(because.source, 'i').test(r)), d.rationale.join('\n'));
    const losers = d.alternatives.slice(1);
    assert.ok(losers.every((a) => a.score <= d.alternatives[0].score));
  });
}

test('a design choice is kept, and a clearly better one is named with its reason', () => {
  const d = decision('nfr: { throughput: { peakRps: 1200 } }\ndata:\n  referenced: [{ name: customer, owner: customers, via: api, freshness: 5m }]\n', 'data-customer');
  assert.equal(d.chosen, 'query-through');
  assert.equal(d.chosenBy, 'design');
  assert.equal(d.better, 'replicate-data');
  assert.match(d.betterReason ?? '', /`customer` tolerates 5m of staleness/);
});

test('ties are broken by the stated order, not by chance', () => {
  const body = 'rollout: { strategy: rolling }\n';
  const first = decision(body, 'rollout').alternatives.map((a) => a.pattern);
  const again = decision(body, 'rollout').alternatives.map((a) => a.pattern);
  assert.deepEqual(first, again);
});
