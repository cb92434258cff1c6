import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PATTERNS } from '../../src/decide/index.js';
import { decisionPoints } from '../../src/decide/points.js';
import { design } from './support.js';

/** A design plus the services it talks to, given as `name:owner`. */
const withSystem = (body: string, others: string[]) => {
  const main = design(body);
  return { main, system: [main, ...others.map((o) => design('', ...(o.split(':') as [string, string])))] };
};

interface Case {
  body: string;
  /** Other services of the system, as `name:owner`. */
  others?: string[];
  point: string;
  /** A pro of the pattern when it wins, a con when it loses. */
  because: RegExp;
}

const ledger = 'dependencies:\n  - { name: ledger, critical: true }\n';
const mailer = 'dependencies:\n  - { name: mailer, critical: false }\n';
const search =
  'events:\n  - { name: item-events, consumers: [search, analytics] }\ndata:\n  owned: [{ name: item, store: postgres }]\ndependencies:\n  - { name: search, critical: false }\n';
const partner = 'dependencies:\n  - { name: partner, kind: webhook, critical: false }\n';
const warehouse = 'data:\n  referenced: [{ name: report, owner: warehouse, freshness: 1d }]\ndependencies:\n  - { name: warehouse, critical: false }\n';
const threeWrites =
  'dependencies:\n  - { name: a, kind: http, mode: sync, timeout: 1s }\n  - { name: b, kind: http, mode: sync, timeout: 1s }\n  - { name: c, kind: http, mode: sync, timeout: 1s }\n';
const twoWrites = 'dependencies:\n  - { name: a, kind: http, mode: sync, timeout: 1s }\n  - { name: b, kind: http, mode: sync, timeout: 1s }\n';
const choreographed = `${twoWrites}  - { name: e, kind: topic, mode: async, outbox: true }\n`;
const strongWrites = `nfr: { consistency: { payment: strong } }\n${twoWrites}`;
const placement = 'decisions:\n  - { id: placement, question: "Where does refunding live?", subject: refunds }\n';
const moduleFits = `nfr: { latency: { p99: 200ms } }\n${placement}`;
const serviceFits = `data:\n  owned: [{ name: refund, store: postgres }]\n${placement}`;
const rates = 'data:\n  referenced: [{ name: rates }]\n';
const price = 'data:\n  referenced: [{ name: price, owner: catalog, via: event, freshness: 5m }]\n';
const stock = 'data:\n  referenced: [{ name: stock, owner: inventory, via: api, freshness: 0s }]\n';
const busy =
  'nfr: { throughput: { peakRps: 800 } }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\nrollout: { strategy: rolling, steps: [1%, 100%] }\n';
const quiet = 'nfr: { throughput: { peakRps: 2 } }\nrollout: { strategy: rolling, steps: [5%, 100%] }\n';
const flagged =
  'nfr: { throughput: { peakRps: 2 } }\nrollout:\n  strategy: rolling\n  steps: [5%, 100%]\n  flags: [new-refunds]\n  migrations: [{ name: drop-legacy, phase: contract }]\n';

const ask = (question: string, subject?: string) => `decisions:\n  - { id: q, question: "${question}"${subject ? `, subject: ${subject}` : ''} }\n`;
const down = (dep: string, head = '') => `${head}dependencies:\n  - ${dep}\n${ask('How does svc answer when maps is down?', 'maps')}`;
const readDown = down('{ name: maps, critical: false, idempotent: true }', 'nfr: { latency: { p99: 200ms } }\n');
const staleDown = down(
  '{ name: maps, critical: false, idempotent: true, availability: 99.9% }',
  'data:\n  referenced: [{ name: route, owner: maps, freshness: 5m }]\n',
);
const writeDown = down('{ name: maps, critical: false }');
const criticalDown = down('{ name: maps, critical: true, idempotent: true }');
const slowDown = down(
  '{ name: maps, critical: true, idempotent: true, availability: 99.99%, latency: { p99: 150ms } }',
  'nfr: { latency: { p99: 200ms }, availability: 99.9% }\n',
);
const weakDown = down('{ name: maps, critical: true, availability: 99.5% }', 'nfr: { availability: 99.95% }\n');
const tenants = ask('How are tenants isolated in the database?');
const keyed = `security: { tenantKey: tenantId }\n${tenants}`;
const hipaa = `nfr: { privacy: { regimes: [hipaa], residency: us } }\n${tenants}`;
const gdpr = `nfr: { privacy: { regimes: [gdpr] } }\n${tenants}`;
const hooks = ask('How are webhooks delivered to merchants?');
const stored = 'data:\n  owned: [{ name: order, store: postgres }]\n';
const plainHooks = `${stored}${hooks}`;
const tenantHooks = `nfr: { multiTenant: true }\n${stored}${hooks}`;
const storelessHooks = hooks;
const exportQ = ask('How do merchants export their orders?');
const replicaExport = `nfr: { latency: { p99: 300ms } }\n${stored}${exportQ}`;
const bigExport = `nfr: { throughput: { payload: 50MB } }\n${stored}${exportQ}`;
const joinedExport = `${stored}  referenced: [{ name: customer, owner: customers }, { name: price, owner: catalog }]\nevents:\n  - { name: order-events }\n${exportQ}`;

/** Per pattern, a design where it wins and one where it loses, each with the reason that decides it. */
const CASES: Record<string, { wins: Case; loses: Case }> = {
  'sync-request-response': {
    wins: { body: ledger, point: 'integration-ledger', because: /^`ledger` is critical: the request cannot complete without its answer$/ },
    loses: { body: mailer, point: 'integration-mailer', because: /^`mailer` is not critical, so the caller need not wait for it$/ },
  },
  'command-queue': {
    wins: { body: mailer, point: 'integration-mailer', because: /^`mailer` is not critical, so the request can return once the command is queued$/ },
    loses: { body: ledger, point: 'integration-ledger', because: /^`ledger` is critical: a queued command leaves the caller no answer to return$/ },
  },
  'event-stream-outbox': {
    wins: { body: search, point: 'integration-search', because: /^`search` already consumes `item-events`, which 2 consumers read \(search, analytics\)$/ },
    loses: {
      body: 'dependencies:\n  - { name: profile, critical: false, idempotent: true }\n',
      point: 'integration-profile',
      because: /^`profile` is idempotent \(a read\): the caller needs its answer/,
    },
  },
  webhook: {
    wins: { body: partner, point: 'integration-partner', because: /^`partner` is declared a webhook receiver/ },
    loses: { body: mailer, point: 'integration-mailer', because: /^`mailer` is not declared a webhook receiver/ },
  },
  'batch-transfer': {
    wins: { body: warehouse, point: 'integration-warehouse', because: /^`report` tolerates 1d of staleness$/ },
    loses: { body: ledger, point: 'integration-ledger', because: /^`ledger` is critical to each request, which a batch cannot serve$/ },
  },
  'saga-orchestration': {
    wins: { body: threeWrites, point: 'multi-service-write', because: /^3 writes \(`a`, `b`, `c`\) need compensation in a defined order$/ },
    loses: { body: twoWrites, others: ['a:team-a', 'b:team-a'], point: 'multi-service-write', because: /^`svc` must run an orchestrator with durable state/ },
  },
  'saga-choreography': {
    wins: {
      body: choreographed,
      others: ['a:team-b', 'b:team-c'],
      point: 'multi-service-write',
      because: /^the service already publishes `e` through an outbox$/,
    },
    loses: { body: strongWrites, point: 'multi-service-write', because: /^consistency for `payment` is strong, and with choreography no single place knows/ },
  },
  'local-transaction': {
    wins: {
      body: twoWrites,
      others: ['a:team-a', 'b:team-a'],
      point: 'multi-service-write',
      because: /^`team-a` owns `svc` and `a`, `b`, so their data can move into one store/,
    },
    loses: { body: twoWrites, others: ['a:team-b'], point: 'multi-service-write', because: /^the writes span `a`, `b`, not all owned by `team-a`/ },
  },
  'module-in-existing-service': {
    wins: { body: moduleFits, others: ['refunds:team-a'], point: 'placement', because: /^`team-a` owns both `svc` and `refunds`/ },
    loses: { body: serviceFits, others: ['refunds:team-b'], point: 'placement', because: /^`refunds` is owned by `team-b`, so a module would put/ },
  },
  'new-service': {
    wins: {
      body: serviceFits,
      others: ['refunds:team-b'],
      point: 'placement',
      because: /^`refunds` is owned by `team-b`, so a separate service keeps each team’s deploys apart$/,
    },
    loses: { body: moduleFits, others: ['refunds:team-a'], point: 'placement', because: /^`svc` becomes one more deployable/ },
  },
  'own-data': {
    wins: { body: rates, point: 'data-rates', because: /^`rates` names no owner, so this service may become its system of record$/ },
    loses: { body: price, point: 'data-price', because: /^`price` is owned by `catalog`; a second system of record would split its ownership$/ },
  },
  'replicate-data': {
    wins: { body: price, point: 'data-price', because: /^`price` tolerates 5m of staleness, which covers replication lag$/ },
    loses: { body: stock, point: 'data-stock', because: /^`stock` must be read at freshness 0s, which a replica cannot promise$/ },
  },
  'query-through': {
    wins: { body: stock, point: 'data-stock', because: /^`stock` must be read at freshness 0s, which only the owner can give$/ },
    loses: { body: price, point: 'data-price', because: /^`price` tolerates 5m, so a live call buys freshness nobody needs$/ },
  },
  canary: {
    wins: { body: busy, point: 'rollout', because: /^at 800 rps peak a 1% step sees 8 rps: signal within minutes$/ },
    loses: { body: quiet, point: 'rollout', because: /^at 2 rps peak a 5% step sees 0.1 rps: too little traffic to judge$/ },
  },
  'blue-green': {
    wins: { body: quiet, point: 'rollout', because: /^at 2 rps a canary would see too little traffic$/ },
    loses: { body: flagged, point: 'rollout', because: /^the migration `drop-legacy` is contract-phase or irreversible, so switching back is unsafe$/ },
  },
  'degrade-fallback-value': {
    wins: { body: readDown, point: 'q', because: /^`maps` is a read, so a local value can stand in for its answer$/ },
    loses: { body: staleDown, point: 'q', because: /^answers are approximate while `maps` is down$/ },
  },
  'degrade-stale-cache': {
    wins: { body: staleDown, point: 'q', because: /^`route` tolerates 5m, which bounds the stale age$/ },
    loses: { body: readDown, point: 'q', because: /^a cache to size, warm and invalidate$/ },
  },
  'degrade-degraded-answer': {
    wins: { body: writeDown, point: 'q', because: /^`maps` is not critical, so the answer is still useful without its part$/ },
    loses: { body: criticalDown, point: 'q', because: /^`maps` is declared critical/ },
  },
  'degrade-hedged-requests': {
    wins: { body: slowDown, point: 'q', because: /^`maps`’s p99 of 150ms is over half the 200ms budget/ },
    loses: { body: readDown, point: 'q', because: /^a hedge does not help when `maps` is down/ },
  },
  'degrade-second-provider': {
    wins: { body: weakDown, point: 'q', because: /^`maps` promises 99.5%, below the 99.95% target/ },
    loses: { body: readDown, point: 'q', because: /^a second integration for `maps`/ },
  },
  'tenant-shared-rls': {
    wins: { body: keyed, point: 'q', because: /^the design scopes every access by `tenantId`/ },
    loses: { body: hipaa, point: 'q', because: /^regimes hipaa favour physical separation/ },
  },
  'tenant-schema-per-tenant': {
    wins: { body: gdpr, point: 'q', because: /^under gdpr a tenant’s data is erased or exported on its own/ },
    loses: { body: keyed, point: 'q', because: /^every migration runs once per tenant$/ },
  },
  'tenant-database-per-tenant': {
    wins: { body: hipaa, point: 'q', because: /^regimes hipaa favour physical separation$/ },
    loses: { body: keyed, point: 'q', because: /^a database per tenant to provision/ },
  },
  'webhook-direct-retries': {
    wins: { body: plainHooks, point: 'q', because: /^no queue or outbox to run$/ },
    loses: { body: tenantHooks, point: 'q', because: /^one tenant’s slow endpoint delays/ },
  },
  'webhook-outbox-queue': {
    wins: { body: tenantHooks, point: 'q', because: /^a queue per tenant keeps one tenant’s dead endpoint/ },
    loses: { body: plainHooks, point: 'q', because: /^an outbox relay and per-tenant queues to operate$/ },
  },
  'webhook-delivery-service': {
    wins: { body: storelessHooks, point: 'q', because: /^the service keeps no store an outbox could live in/ },
    loses: { body: tenantHooks, point: 'q', because: /^a price per message/ },
  },
  'export-replica-snapshot': {
    wins: { body: replicaExport, point: 'q', because: /^long export queries stay off the primary/ },
    loses: { body: bigExport, point: 'q', because: /^exports see the replica’s lag$/ },
  },
  'export-object-store': {
    wins: { body: bigExport, point: 'q', because: /^exports of 50MB exceed what one response should carry$/ },
    loses: { body: replicaExport, point: 'q', because: /^a job queue, an object store/ },
  },
  'export-cdc': {
    wins: { body: joinedExport, point: 'q', because: /^reports join data from `catalog`, `customers`/ },
    loses: { body: replicaExport, point: 'q', because: /^a CDC pipeline and a warehouse to run$/ },
  },
  'dark-launch': {
    wins: { body: flagged, point: 'rollout', because: /^flags `new-refunds` already exist to hide the change$/ },
    loses: { body: busy, point: 'rollout', because: /^no feature flags are declared/ },
  },
};

function ranked({ body, others = [], point }: Case) {
  const { main, system } = withSystem(body, others);
  const found = decisionPoints(main, system, []).find((p) => p.id === point);
  assert.ok(found, `decision point ${point}`);
  return found.ranked;
}

const show = (list: ReturnType<typeof ranked>) => list.map((c) => `${c.pattern}:${c.score}`).join(' ');

test('every pattern in the catalogue has a winning and a losing case', () => {
  assert.deepEqual(Object.keys(CASES).sort(), PATTERNS.map((p) => p.id).sort());
});

for (const [pattern, { wins, loses }] of Object.entries(CASES)) {
  test(`${pattern} wins where it fits and loses where it does not, for the stated reason`, () => {
    const won = ranked(wins);
    assert.equal(won[0].pattern, pattern, show(won));
    assert.ok(won[0].score > won[1].score, `wins outright: ${show(won)}`);
    assert.ok(
      won[0].pros.some((p) => wins.because.test(p)),
      won[0].pros.join('\n'),
    );
    const lost = ranked(loses);
    const mine = lost.find((c) => c.pattern === pattern)!;
    assert.notEqual(lost[0].pattern, pattern, show(lost));
    assert.ok(mine.score < lost[0].score, show(lost));
    assert.ok(
      mine.cons.some((c) => loses.because.test(c)),
      mine.cons.join('\n'),
    );
  });
}

test('every pattern states when it fits, what it costs, how it fails, and scores within 0–100', () => {
  for (const p of PATTERNS) {
    assert.match(p.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(p.name && p.whenItFits && p.costs && p.mitigation && p.verification, p.id);
    assert.ok(p.failureModes.length > 0, p.id);
    assert.ok(
      ['integration', 'consistency', 'placement', 'data', 'rollout', 'degradation', 'tenancy', 'webhook-delivery', 'export'].includes(p.decisionKind),
      p.id,
    );
    // Families are told apart by prefix, so reports stay stable as patterns are added.
    const prefix = { degradation: 'degrade-', tenancy: 'tenant-', 'webhook-delivery': 'webhook-', export: 'export-' }[p.decisionKind as string];
    if (prefix) assert.ok(p.id.startsWith(prefix), p.id);
  }
  for (const c of Object.values(CASES).flatMap(({ wins, loses }) => [...ranked(wins), ...ranked(loses)])) {
    assert.ok(c.score >= 0 && c.score <= 100, `${c.pattern}: ${c.score}`);
  }
});
