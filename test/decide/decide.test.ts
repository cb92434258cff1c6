import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../src/core/input-error.js';
import { decide, decisionsJson, PATTERNS, renderDecisions, TIE_ORDER } from '../../src/decide/index.js';
import { byScore } from '../../src/decide/points.js';
import compositeAvailability from '../../src/resilience/rules/composite-availability.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';
import { design } from './support.js';

const decision = (body: string, id: string) => {
  const found = decide(design(body)).find((d) => d.id === id);
  assert.ok(found, `decision ${id}`);
  return found;
};

test('a design choice is kept and reviewed; a higher-scoring pattern is named as better, with why', () => {
  const d = decision(
    'nfr: { throughput: { peakRps: 1200 } }\ndata:\n  referenced: [{ name: customer, owner: customers, via: api, freshness: 5m }]\n',
    'data-customer',
  );
  assert.equal(d.chosen, 'query-through');
  assert.equal(d.chosenBy, 'design');
  assert.equal(d.better, 'replicate-data');
  assert.equal(d.betterReason, '`customer` tolerates 5m of staleness, which covers replication lag');
  assert.equal(d.rationale[0], 'The design declares `via: api` for `customer`, so `query-through` is its choice, reviewed here against the alternatives.');
  assert.ok(
    d.rationale.includes(
      '`replicate-data` scores 75 against 35 and would be the better choice: `customer` tolerates 5m of staleness, which covers replication lag.',
    ),
    d.rationale.join('\n'),
  );
});

test('a design choice that scores best has no better alternative', () => {
  const d = decision('data:\n  referenced: [{ name: stock, owner: inventory, via: api, freshness: 0s }]\n', 'data-stock');
  assert.equal(d.chosen, 'query-through');
  assert.equal(d.better, null);
  assert.equal(d.betterReason, undefined);
});

test('an open kind and mode is archway’s recommendation; `mode: async` alone narrows it to the asynchronous patterns', () => {
  const open = decision('dependencies:\n  - { name: ledger, critical: true }\n', 'integration-ledger');
  assert.equal(open.chosen, 'sync-request-response');
  assert.equal(open.chosenBy, 'archway');
  assert.equal(open.better, null);
  assert.match(open.rationale[0], /^The design leaves `kind` and `mode` for `ledger` open/);
  const async = decision('dependencies:\n  - { name: ledger, critical: true, mode: async }\n', 'integration-ledger');
  assert.equal(async.chosenBy, 'archway');
  assert.ok(['command-queue', 'event-stream-outbox', 'webhook', 'batch-transfer'].includes(async.chosen!), String(async.chosen));
  assert.equal(async.better, 'sync-request-response', 'the design ruled out the best pattern, so archway names it');
  assert.match(async.rationale[0], /^The design declares `mode: async` for `ledger` and leaves the rest open/);
});

test('a `decisions` entry names the decision on its subject, and its `chosen` becomes the design’s choice', () => {
  const body =
    'dependencies:\n  - { name: mailer, critical: false }\ndecisions:\n  - { id: mail-handoff, question: "How does mail go out?", subject: mailer, chosen: sync-request-response }\n';
  const ds = decide(design(body));
  assert.equal(ds.filter((d) => d.subject === 'mailer').length, 1);
  const d = ds.find((x) => x.id === 'mail-handoff')!;
  assert.equal(d.question, 'How does mail go out?');
  assert.equal(d.chosen, 'sync-request-response');
  assert.equal(d.chosenBy, 'design');
  assert.equal(d.better, 'command-queue');
  assert.ok(
    d.alternatives.some((a) => a.pattern === 'sync-request-response'),
    'the chosen pattern is shown even when it ranks low',
  );
});

test('a `chosen` that is no pattern for the question is an input error at its value', () => {
  const body =
    'dependencies:\n  - { name: mailer, critical: false }\ndecisions:\n  - { id: mail-handoff, question: "How?", subject: mailer, chosen: canary }\n';
  assert.throws(
    () => decide(design(body)),
    (error: unknown) =>
      error instanceof InputError &&
      error.problems[0].location.line === 6 &&
      error.problems[0].location.pointer === '/decisions/0/chosen' &&
      /chose "canary", which is not a pattern for this question; expected one of batch-transfer, command-queue, event-stream-outbox, sync-request-response, webhook/.test(
        error.problems[0].message,
      ),
  );
});

test('a `decisions` entry on no dependency, datum or rollout is a placement question', () => {
  const d = decision('decisions:\n  - { id: refunds-home, question: "Where does refunding live?", subject: refunds }\n', 'refunds-home');
  assert.deepEqual(d.alternatives.map((a) => a.pattern).sort(), ['module-in-existing-service', 'new-service']);
});

test('a composite-availability finding makes “how does the critical path stay up” a decision, citing the figures', () => {
  const bad = design((compositeAvailability.examples.bad as string).replace('archway: 1\nservice: { name: orders }\n', ''));
  const findings = runDesignRules([compositeAvailability], [bad], DEFAULT_REVIEW_OPTIONS);
  assert.equal(findings.length, 1);
  assert.equal(
    decide(bad, [bad], []).find((d) => d.subject === 'critical-path'),
    undefined,
    'no finding, no decision',
  );
  const d = decide(bad, [bad], findings).find((x) => x.id === 'critical-path-availability')!;
  assert.match(d.question, /allow at most 99\.8501%\?$/);
  assert.match(
    d.rationale[0],
    /^Finding `composite-availability` at line 3 makes this a design choice: critical synchronous dependencies allow at most 99\.9% × 99\.95% = 99\.8501%/,
  );
  assert.ok(
    d.alternatives.every((a) => [...a.pros, ...a.cons].every((r) => /`[a-z-]+`|\d%/.test(r))),
    'every reason names an input or a figure',
  );
  const keep = d.alternatives.find((a) => a.pattern === 'sync-request-response')!;
  assert.equal(keep.feasible, false);
  assert.equal(keep.infeasibleBecause, 'availability: the critical path stays bounded at 99.9% × 99.95% = 99.8501% < the 99.95% target');
  assert.equal(d.chosen, 'command-queue', 'queueing the write to payments is the one change that reaches the target');
  assert.deepEqual(d.subjects, ['critical-path', 'payments']);
  const provider = d.alternatives.find((a) => a.pattern === 'degrade-second-provider')!;
  assert.equal(provider.infeasibleBecause, 'availability: a second provider for `payments` lifts the bound only to 99.9499% < the 99.95% target');
  const payments = decide(bad, [bad], findings).find((x) => x.id === 'integration-payments')!;
  assert.equal(payments.chosen, 'command-queue', 'the dependency’s own decision follows the critical path: one position');
  assert.equal(payments.chosenBy, 'archway');
  assert.deepEqual(payments.related, ['critical-path-availability', 'multi-service-write']);
});

test('a multi-service write is a decision only with two or more remote writes', () => {
  const one = 'dependencies:\n  - { name: a, kind: http, mode: sync, timeout: 1s }\n  - { name: r, kind: http, mode: sync, timeout: 1s, idempotent: true }\n';
  assert.equal(
    decide(design(one)).find((d) => d.id === 'multi-service-write'),
    undefined,
  );
  const two = decision(
    'dependencies:\n  - { name: a, kind: http, mode: sync, timeout: 1s }\n  - { name: b, critical: true, idempotencyKey: true }\n',
    'multi-service-write',
  );
  assert.equal(two.question, 'How do the writes to `a`, `b` stay consistent?');
});

test('ties are broken by the stated order, and the order names every pattern once', () => {
  assert.deepEqual([...TIE_ORDER].sort(), PATTERNS.map((p) => p.id).sort());
  const tied = [
    { pattern: 'own-data', score: 50, pros: [], cons: [], feasible: true, infeasibleBecause: null, move: null },
    { pattern: 'replicate-data', score: 50, pros: [], cons: [], feasible: true, infeasibleBecause: null, move: null },
    { pattern: 'query-through', score: 50, pros: [], cons: [], feasible: true, infeasibleBecause: null, move: null },
    { pattern: 'canary', score: 60, pros: [], cons: [], feasible: true, infeasibleBecause: null, move: null },
  ];
  assert.deepEqual(
    tied.sort(byScore).map((c) => c.pattern),
    ['canary', 'query-through', 'replicate-data', 'own-data'],
  );
});

test('decisions are sorted by id, 2–3 alternatives each, the same on every run', () => {
  const body =
    'nfr: { throughput: { peakRps: 600 }, availability: 99.9% }\ndata:\n  referenced: [{ name: price, owner: catalog, via: event, freshness: 5m }]\ndependencies:\n  - { name: mailer, critical: false }\n  - { name: ledger, critical: true, availability: 99.95% }\nrollout: { strategy: canary, steps: [5%, 100%] }\n';
  const first = decide(design(body));
  assert.deepEqual(
    first.map((d) => d.id),
    ['data-price', 'integration-ledger', 'integration-mailer', 'rollout'],
  );
  for (const d of first) {
    assert.ok(d.alternatives.length >= 2 && d.alternatives.length <= 3, d.id);
    assert.ok(
      d.alternatives.some((a) => a.pattern === d.chosen),
      d.id,
    );
    assert.deepEqual(d.risks, [`decision-${d.id}`]);
  }
  assert.equal(decisionsJson(decide(design(body))), decisionsJson(first));
});

test('decisions.json holds exactly the decision fields; the Markdown starts at ### with a tradeoff table per decision', () => {
  const ds = decide(design('dependencies:\n  - { name: ledger, critical: true }\n'));
  const json = decisionsJson([...ds].reverse());
  assert.ok(json.endsWith('}\n'));
  const parsed = JSON.parse(json);
  assert.deepEqual(Object.keys(parsed), ['decisions']);
  assert.deepEqual(
    parsed.decisions.map((d: { id: string }) => d.id),
    ['integration-ledger', 'rollout'],
  );
  assert.deepEqual(Object.keys(parsed.decisions[0]), [
    'id',
    'question',
    'subject',
    'kind',
    'alternatives',
    'chosen',
    'chosenBy',
    'subjects',
    'better',
    'rationale',
    'risks',
    'related',
  ]);
  assert.deepEqual(Object.keys(parsed.decisions[0].alternatives[0]), ['pattern', 'score', 'feasible', 'infeasibleBecause', 'pros', 'cons']);
  const md = renderDecisions(ds);
  assert.ok(md.startsWith('### How does svc integrate with `ledger`?\n'), md.slice(0, 80));
  assert.equal(md.match(/^\| alternative \| score \| feasible \| for \| against \|$/gm)?.length, 2);
  assert.match(md, /\*\*Chosen:\*\* `sync-request-response` \(archway’s recommendation\)\. \*\*Better:\*\* none\./);
  assert.match(md, /\*\*Rationale\*\*\n\n- The design leaves `kind` and `mode` for `ledger` open/);
});

test('a synchronous call whose own p99 exceeds the budget and whose availability misses the target is infeasible; with nothing feasible, the constraint to move is named', () => {
  const d = decision(
    'nfr: { latency: { p99: 200ms }, availability: 99.95% }\ndependencies:\n  - { name: maps, kind: http, mode: sync, critical: true, idempotent: true, availability: 99.5%, latency: { p99: 300ms }, timeout: 250ms }\n',
    'integration-maps',
  );
  const sync = d.alternatives.find((a) => a.pattern === 'sync-request-response')!;
  assert.equal(sync.feasible, false);
  assert.equal(
    sync.infeasibleBecause,
    'latency: `maps`’s own p99 of 300ms exceeds the service’s whole p99 budget of 200ms (300ms > 200ms, 150% of the budget)',
  );
  assert.equal(d.chosen, null, 'an infeasible stated choice is not kept');
  assert.equal(d.chosenBy, 'archway');
  assert.equal(d.better, null);
  assert.match(d.rationale[1], /^The design’s stated `sync-request-response` is infeasible — latency: /);
  assert.match(
    d.rationale.at(-1)!,
    /^No alternative is feasible, so archway chooses none: a constraint must move\. The closest is `sync-request-response`; for it to become feasible, raise `nfr\.latency\.p99` from 200ms to at least 300ms \(\+100ms\)/,
  );
});

test('a fallback behind a timeout within the budget makes the slow call feasible, and a declared fallback answers a degradation question as the design’s choice', () => {
  const body =
    'nfr: { latency: { p99: 200ms } }\ndependencies:\n  - { name: maps, kind: http, mode: sync, critical: true, idempotent: true, latency: { p99: 300ms }, timeout: 150ms, fallback: straight-line distance estimate }\ndecisions:\n  - { id: eta-when-maps-down, question: "How does dispatch estimate ETA when maps is down?", subject: maps }\n';
  const ds = decide(design(body));
  const eta = ds.find((d) => d.id === 'eta-when-maps-down')!;
  assert.equal(eta.kind, 'degradation');
  assert.ok(
    eta.alternatives.every((a) => a.pattern.startsWith('degrade-')),
    eta.alternatives.map((a) => a.pattern).join(),
  );
  assert.equal(eta.chosen, 'degrade-fallback-value');
  assert.equal(eta.chosenBy, 'design');
  assert.equal(ds.find((d) => d.id === 'integration-maps')!.chosen, 'sync-request-response');
});

test('each declared question gets alternatives of its own kind, and a question with no family says so', () => {
  const body =
    'dependencies:\n  - { name: fulfillment, critical: false }\ndecisions:\n  - { id: tenancy, question: "How are tenants isolated in the database?" }\n  - { id: hooks, question: "How are webhooks delivered to merchants?" }\n  - { id: exports, question: "How do merchants export their orders?" }\n  - { id: handoff, question: "How does an accepted order reach fulfillment?" }\n  - { id: naming, question: "What should we call the new field?" }\n';
  const ds = decide(design(body));
  const kinds = Object.fromEntries(ds.map((d) => [d.id, [d.kind, d.alternatives.map((a) => a.pattern.split('-')[0])]]));
  assert.deepEqual(kinds.tenancy, ['tenancy', ['tenant', 'tenant', 'tenant']]);
  assert.deepEqual(kinds.hooks, ['webhook-delivery', ['webhook', 'webhook', 'webhook']]);
  assert.deepEqual(kinds.exports, ['export', ['export', 'export', 'export']]);
  assert.equal(kinds.handoff[0], 'integration');
  assert.equal(ds.find((d) => d.id === 'handoff')!.subject, 'fulfillment', 'the subject is the dependency the question names');
  const naming = ds.find((d) => d.id === 'naming')!;
  assert.equal(naming.kind, 'unanswered');
  assert.equal(naming.chosen, null);
  assert.deepEqual(naming.alternatives, []);
  assert.match(naming.rationale[0], /asks a question archway has no pattern family for/);
});

test('a topic without `outbox: true` is not credited to the design as an outbox', () => {
  const d = decision(
    'data:\n  owned: [{ name: order, store: postgres }]\ndependencies:\n  - { name: order-events, kind: topic, mode: async }\n',
    'integration-order-events',
  );
  assert.equal(d.chosen, 'event-stream-outbox');
  assert.equal(d.chosenBy, 'archway');
  assert.match(d.rationale[0], /but no `outbox: true`, so `event-stream-outbox` with its outbox is archway’s recommendation, not the design’s choice/);
  const stated = decision(
    'data:\n  owned: [{ name: order, store: postgres }]\ndependencies:\n  - { name: order-events, kind: topic, mode: async, outbox: true }\n',
    'integration-order-events',
  );
  assert.equal(stated.chosenBy, 'design');
});

test('a stated choice that is infeasible is judged once: no second sentence repeats why', () => {
  const d = decision(
    'nfr: { availability: 99.95% }\ndependencies:\n  - { name: pricing, kind: http, mode: sync, critical: true, availability: 99.9%, timeout: 100ms, idempotent: true }\n',
    'integration-pricing',
  );
  assert.equal(d.chosen, null);
  const why = d.rationale.filter((line) => line.includes('`pricing` alone promises 99.9%'));
  assert.deepEqual(why, [
    'The design’s stated `sync-request-response` is infeasible — availability: `pricing` alone promises 99.9%, so a path that needs its answer is bounded at 99.9% < the 99.95% target.',
  ]);
});

test('the owner of data the design only references is read, not written: no consistency decision for one read and one write', () => {
  const body =
    'data:\n  referenced: [{ name: driver, owner: drivers, via: api, freshness: 10s }]\n' +
    'dependencies:\n  - { name: drivers, kind: http, critical: true, timeout: 150ms }\n' +
    '  - { name: payments, kind: http, mode: sync, critical: true, timeout: 400ms }\n';
  assert.equal(
    decide(design(body)).find((d) => d.id === 'multi-service-write'),
    undefined,
  );
  const keyed = body.replace(
    '{ name: drivers, kind: http, critical: true, timeout: 150ms }',
    '{ name: drivers, kind: http, mode: sync, critical: true, timeout: 150ms, idempotencyKey: true }',
  );
  assert.ok(
    decide(design(keyed)).find((d) => d.id === 'multi-service-write'),
    'a keyed call to the owner is a write',
  );
});
