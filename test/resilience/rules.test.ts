import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings, messages } from './support.js';

test('timeout-budget: the path arithmetic, reported at the largest contributor', () => {
  const deps =
    'dependencies:\n  - { name: a, kind: http, timeout: 100ms }\n  - { name: b, kind: http, timeout: 150ms, retries: { max: 1, backoff: exponential, baseDelay: 25ms }, idempotent: true }\n';
  // a: 1 × 100ms; b: 2 × 150ms + 25ms = 325ms; 100 + 325 = 425ms > 300ms by 125ms
  const [finding, ...rest] = findings('timeout-budget', design(`nfr: { latency: { p99: 300ms } }\n${deps}`));
  assert.deepEqual(rest, []);
  assert.equal(
    finding.message,
    'worst case of the synchronous path 100ms + 325ms = 425ms exceeds the 300ms deadline (nfr.latency.p99) by 125ms; b: 2 × 150ms + 25ms backoff = 325ms is the largest part',
  );
  assert.equal(finding.location.pointer, '/dependencies/1');
  assert.deepEqual([finding.data?.worstCaseMs, finding.data?.deadlineMs, finding.data?.criticalPath], [425, 300, ['a', 'b']]);
  assert.deepEqual(findings('timeout-budget', design(`nfr: { latency: { p99: 425ms } }\n${deps}`)), [], 'exactly on budget passes');
});

test('timeout-budget: an explicit deadline wins over p99, and the default backoff base is stated in data', () => {
  // 2 × 200ms + 100ms (default base) = 500ms
  const deps = 'dependencies:\n  - { name: a, kind: http, timeout: 200ms, retries: { max: 1, backoff: exponential, jitter: true }, idempotent: true }\n';
  const [finding] = findings('timeout-budget', design(`nfr: { deadline: 499ms, latency: { p99: 2s } }\n${deps}`));
  assert.equal(
    finding.message,
    'worst case of the synchronous path 500ms exceeds the 499ms deadline (nfr.deadline) by 1ms; a: 2 × 200ms + 100ms backoff = 500ms is the largest part',
  );
  assert.deepEqual(finding.data?.defaults, { baseDelayMs: 100 });
  assert.deepEqual(findings('timeout-budget', design(`nfr: { deadline: 500ms, latency: { p99: 2s } }\n${deps}`)), []);
});

test('timeout-budget: across services, a callee whose worst case outlasts the caller’s timeout', () => {
  const web = design(
    'nfr: { latency: { p99: 2s } }\ndependencies:\n  - { name: api, kind: http, timeout: 300ms, retries: { max: 1, backoff: exponential, baseDelay: 50ms, jitter: true }, idempotent: true }\n',
    'web',
  );
  // api: 2 × 200ms + 50ms = 450ms > the 300ms web gives it
  const slowApi = design(
    'dependencies:\n  - { name: db, kind: database, timeout: 200ms, retries: { max: 1, backoff: exponential, baseDelay: 50ms, jitter: true }, idempotent: true }\n',
    'api',
  );
  const [finding, ...rest] = findings('timeout-budget', web, slowApi);
  assert.deepEqual(rest, []);
  assert.equal(
    finding.message,
    'web waits 300ms per attempt on api, whose own worst case is 450ms: api keeps working on calls web has abandoned and retried (2 attempts)',
  );
  assert.equal(finding.severity, 'warn');
  assert.equal(finding.location.pointer, '/dependencies/0/timeout');
  assert.match(finding.location.file, /resilience\/web\/archway\.yaml$/);
  // api: 2 × 120ms + 50ms = 290ms ≤ 300ms
  const fastApi = design(
    'dependencies:\n  - { name: db, kind: database, timeout: 120ms, retries: { max: 1, backoff: exponential, baseDelay: 50ms, jitter: true }, idempotent: true }\n',
    'api',
  );
  assert.deepEqual(findings('timeout-budget', web, fastApi), []);
});

test('retry-amplification: 4 × 4 = 16 > 10 across two services; a retry budget or one service alone passes', () => {
  const web = design(
    'dependencies:\n  - { name: orders, kind: http, timeout: 1s, retries: { max: 3, backoff: exponential, jitter: true }, idempotent: true }\n',
    'web',
  );
  const orders = design(
    'dependencies:\n  - { name: stock, kind: http, timeout: 100ms, retries: { max: 3, backoff: exponential, jitter: true }, idempotent: true }\n',
    'orders',
  );
  const [finding, ...rest] = findings('retry-amplification', web, orders);
  assert.deepEqual(rest, []);
  assert.equal(finding.message, 'web → orders → stock can send 4 × 4 = 16 attempts to stock per request, above the 10× limit');
  assert.match(finding.location.file, /resilience\/web\/archway\.yaml$/, 'reported in the caller at the first hop');
  assert.deepEqual(findings('retry-amplification', orders), [], 'one hop of 4 attempts is within the limit');
  // 4 × (1 + 10%) = 4.4
  const budgeted = design(
    'dependencies:\n  - { name: stock, kind: http, timeout: 100ms, retries: { max: 3, backoff: exponential, jitter: true, budget: 10% }, idempotent: true }\n',
    'orders',
  );
  assert.deepEqual(findings('retry-amplification', web, budgeted), []);
});

test('composite-availability: 99.9% × 99.95% × 99.9% = 99.7502% against 99.95% fails, against 99.75% passes', () => {
  const deps =
    'dependencies:\n' +
    '  - { name: a, kind: http, critical: true, availability: 99.9%, timeout: 1s }\n' +
    '  - { name: b, kind: http, critical: true, availability: 99.95%, timeout: 1s }\n' +
    '  - { name: c, kind: http, critical: true, availability: 99.9%, timeout: 1s }\n';
  const [finding] = findings('composite-availability', design(`nfr: { availability: 99.95% }\n${deps}`));
  // 99.95 − 99.7502 = 0.1998 points
  assert.equal(finding.message, 'critical synchronous dependencies allow at most 99.9% × 99.95% × 99.9% = 99.7502%, below the 99.95% target by 0.1998 points');
  assert.equal(
    finding.fix,
    'Take a (the least available) off the critical path with an asynchronous hand-off, a cache or a fallback, make it redundant, or lower the target to at most 99.75%.',
  );
  assert.deepEqual([finding.data?.compositePercent, finding.data?.gapPoints], [99.7502, 0.1998]);
  assert.deepEqual(findings('composite-availability', design(`nfr: { availability: 99.75% }\n${deps}`)), []);
});

test('latency-budget: max(120, 90) + 140 = 260ms against 250ms fails, against 260ms passes', () => {
  const deps =
    'dependencies:\n  - { name: a, kind: http, latency: { p99: 120ms }, timeout: 1s, parallel: g }\n  - { name: b, kind: http, latency: { p99: 90ms }, timeout: 1s, parallel: g }\n  - { name: c, kind: http, latency: { p99: 140ms }, timeout: 1s }\n';
  assert.deepEqual(messages('latency-budget', design(`nfr: { latency: { p99: 250ms } }\n${deps}`)), [
    'dependency p99s along the synchronous path sum to max(a 120ms, b 90ms) + c 140ms = 260ms, above the 250ms p99 target (a conservative bound: tails rarely coincide)',
  ]);
  assert.deepEqual(findings('latency-budget', design(`nfr: { latency: { p99: 260ms } }\n${deps}`)), []);
});

test('retry-non-idempotent: retries need natural idempotency or a key', () => {
  const call = (extra: string) =>
    design(`dependencies:\n  - { name: payments, kind: http, timeout: 300ms, retries: { max: 2, backoff: exponential, jitter: true }${extra} }\n`);
  const [finding] = findings('retry-non-idempotent', call(''));
  assert.equal(
    finding.message,
    '"payments" is retried up to 2 times but is neither idempotent nor called with an idempotency key, so a timed-out call that succeeded is repeated',
  );
  assert.equal(finding.location.pointer, '/dependencies/0/retries');
  assert.deepEqual(findings('retry-non-idempotent', call(', idempotencyKey: true')), []);
  assert.deepEqual(findings('retry-non-idempotent', call(', idempotent: true')), []);
  assert.deepEqual(findings('retry-non-idempotent', design('dependencies:\n  - { name: payments, kind: http, timeout: 300ms, retries: { max: 0 } }\n')), []);
});

test('circuit-breaker-missing: only critical synchronous calls, and a fallback will do', () => {
  const dep = (fields: string) => design(`dependencies:\n  - { name: payments, timeout: 300ms, ${fields} }\n`);
  assert.deepEqual(messages('circuit-breaker-missing', dep('kind: http, critical: true')), [
    'critical synchronous dependency "payments" has no circuit breaker or fallback, so its outage holds every request for the full timeout',
  ]);
  assert.deepEqual(findings('circuit-breaker-missing', dep('kind: http, critical: true, fallback: cached quote')), []);
  assert.deepEqual(findings('circuit-breaker-missing', dep('kind: http, critical: false')), []);
  assert.deepEqual(findings('circuit-breaker-missing', dep('kind: queue, critical: true')), []);
});

test('backoff-without-jitter: immediate retries and jitter-free backoff fail; jittered backoff passes', () => {
  const dep = (retries: string) => design(`dependencies:\n  - { name: stock, kind: http, timeout: 100ms, idempotent: true, retries: { ${retries} } }\n`);
  assert.deepEqual(messages('backoff-without-jitter', dep('max: 2')), [
    '"stock" retries 2 times immediately, with no backoff, hammering it while it struggles',
  ]);
  assert.deepEqual(messages('backoff-without-jitter', dep('max: 2, backoff: linear')), [
    '"stock" backs off linearly without jitter, so clients retry in synchronized waves',
  ]);
  assert.deepEqual(findings('backoff-without-jitter', dep('max: 2, backoff: exponential, jitter: true')), []);
  assert.deepEqual(findings('backoff-without-jitter', dep('max: 0')), []);
});

test('dlq-missing: consumers of queues and topics need dead-letter handling, publishers do not', () => {
  const dep = (fields: string) => design(`dependencies:\n  - { name: updates, kind: topic, mode: async, ${fields} }\n`);
  const [finding] = findings('dlq-missing', dep('direction: inbound'));
  assert.equal(finding.message, 'consumer of "updates" has no dead-letter handling, so a poison message is retried forever or lost');
  assert.deepEqual(findings('dlq-missing', dep('direction: inbound, dlq: true')), []);
  assert.deepEqual(findings('dlq-missing', dep('direction: outbound')), []);
});

test('dedup-missing: at-least-once without a key, either direction', () => {
  const dep = (fields: string) => design(`dependencies:\n  - { name: order-events, kind: topic, mode: async, dlq: true, outbox: true, ${fields} }\n`);
  assert.deepEqual(messages('dedup-missing', dep('delivery: at-least-once')), [
    '"order-events" publishes at least once with no deduplication key, so duplicates are applied twice',
  ]);
  assert.deepEqual(messages('dedup-missing', dep('delivery: at-least-once, direction: inbound')), [
    '"order-events" consumes at least once with no deduplication key, so duplicates are applied twice',
  ]);
  assert.deepEqual(findings('dedup-missing', dep('delivery: at-least-once, dedupKey: id')), []);
  assert.deepEqual(findings('dedup-missing', dep('delivery: at-most-once')), []);
});

test('dual-write: a store plus a published topic needs an outbox or CDC', () => {
  const svc = (data: string, fields: string) => design(`${data}dependencies:\n  - { name: order-events, kind: topic, mode: async, ${fields} }\n`);
  const owned = 'data:\n  owned: [{ name: order, store: postgres }]\n';
  assert.deepEqual(messages('dual-write', svc(owned, 'dedupKey: id')), [
    'the service writes order (postgres) and publishes to "order-events" with no outbox or CDC, so a crash between the two writes loses or invents events',
  ]);
  assert.deepEqual(findings('dual-write', svc(owned, 'cdc: true')), []);
  assert.deepEqual(findings('dual-write', svc(owned, 'direction: inbound')), [], 'consuming is not a second write');
  assert.deepEqual(findings('dual-write', svc('', 'dedupKey: id')), [], 'no store of its own');
});

test('unbounded-fan-out: parallel calls need a concurrency limit or a bulkhead', () => {
  const dep = (fanOut: string) => design(`dependencies:\n  - { name: email, kind: http, timeout: 1s, fanOut: { ${fanOut} } }\n`);
  assert.deepEqual(messages('unbounded-fan-out', dep('max: unbounded')), [
    '"email" is called an unbounded number of times in parallel per request with no concurrency limit or bulkhead',
  ]);
  assert.deepEqual(messages('unbounded-fan-out', dep('max: 50')), [
    '"email" is called up to 50 times in parallel per request with no concurrency limit or bulkhead',
  ]);
  assert.deepEqual(findings('unbounded-fan-out', dep('max: 50, bulkhead: true')), []);
  assert.deepEqual(findings('unbounded-fan-out', dep('max: 1')), []);
});

test('queue-capacity: 20% headroom, backlog growth and drain time (Little’s law)', () => {
  const queue = (fields: string) => design(`dependencies:\n  - { name: q, kind: queue, mode: async, direction: inbound, dlq: true, ${fields} }\n`);
  // 2 × 100 = 200/s < 250/s: grows by 50/s and fills 30,000 in 600s = 10m
  assert.deepEqual(messages('queue-capacity', queue('consumers: 2, consumerRps: 100, arrivalRps: 250, maxBacklog: 30000')), [
    '"q" is under-provisioned: 2 consumers × 100/s = 200/s against 250/s peak arrivals (needs 250/s × 1.2 = 300/s with headroom); the backlog grows by 250 − 200 = 50 messages/s and reaches 30000 in 30000 ÷ 50/s = 10m',
  ]);
  // 3 × 90 = 270/s ≥ 250/s but < 300/s: a 10-minute backlog of 150,000 drains at 20/s in 7,500s ≈ 2.08h
  assert.deepEqual(messages('queue-capacity', queue('consumers: 3, consumerRps: 90, arrivalRps: 250')), [
    '"q" is under-provisioned: 3 consumers × 90/s = 270/s against 250/s peak arrivals (needs 250/s × 1.2 = 300/s with headroom); a 10-minute backlog (250/s × 600s = 150000 messages) drains at 20/s in 2.08h',
  ]);
  assert.deepEqual(findings('queue-capacity', queue('consumers: 3, consumerRps: 100, arrivalRps: 250')), [], '300/s is exactly the headroom');
});

test('sync-call-cycle: reported once per cycle; an asynchronous edge breaks it', () => {
  const a = design('dependencies:\n  - { name: b, kind: http, timeout: 1s }\n', 'a');
  const b = design('dependencies:\n  - { name: c, kind: http, timeout: 1s }\n', 'b');
  const c = design('dependencies:\n  - { name: a, kind: grpc, timeout: 1s }\n', 'c');
  assert.deepEqual(messages('sync-call-cycle', a, b, c), ['synchronous call cycle a → b → c → a; attempts multiply around it: 1 × 1 × 1 = 1× per turn']);
  assert.deepEqual(findings('sync-call-cycle', a, b, design('dependencies:\n  - { name: a, kind: topic, mode: async }\n', 'c')), []);
});

test('shared-data-ownership: a datum owned twice is reported in the second owner; referencing it is fine', () => {
  const orders = design('data:\n  owned: [{ name: customer, store: postgres }]\n', 'orders');
  const customers = design('data:\n  owned: [{ name: customer, store: postgres }]\n', 'customers');
  const [finding, ...rest] = findings('shared-data-ownership', orders, customers);
  assert.deepEqual(rest, []);
  assert.equal(finding.message, '"customer" is owned by both orders and customers');
  assert.match(finding.location.file, /resilience\/customers\/archway\.yaml$/);
  const referencing = design('data:\n  referenced: [{ name: customer, owner: customers, via: api }]\n', 'orders');
  assert.deepEqual(findings('shared-data-ownership', referencing, customers), []);
});
