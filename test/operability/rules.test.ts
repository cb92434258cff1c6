import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDesignText } from '../../src/model/load.js';
import { operabilityRules } from '../../src/operability/index.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';

function findings(id: string, yaml: string) {
  const rule = operabilityRules.find((r) => r.id === id);
  assert.ok(rule, `rule ${id} exists`);
  const design = loadDesignText(`archway: 1\nservice: { name: orders }\n${yaml}`, '/tmp/op-rules/archway.yaml');
  return runDesignRules([rule], [design], DEFAULT_REVIEW_OPTIONS);
}

test('operabilityRules are sorted by id and all belong to the failure-modes stage', () => {
  const ids = operabilityRules.map((r) => r.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.ok(operabilityRules.every((r) => r.stage === 'failure-modes' && r.category === 'operability'));
});

const deps = (a: string, b: string, c: string) =>
  `dependencies:\n  - { name: a, kind: http, mode: sync, critical: true, availability: ${a}, timeout: 100ms }\n  - { name: b, kind: http, mode: sync, critical: true, availability: ${b}, timeout: 100ms }\n  - { name: c, kind: grpc, mode: sync, critical: true, availability: ${c}, timeout: 100ms }\n  - { name: d, kind: http, mode: sync, critical: false, availability: 90%, timeout: 100ms }\n`;
const availabilitySlo = (objective: string) => `slos:\n  - { name: availability, sli: { kind: availability }, objective: ${objective}, window: 28d }\n`;

test('slo-above-dependencies: 99.9% × 99.95% × 99.9% = 99.7502% cannot carry a 99.95% SLO', () => {
  // 0.999 × 0.9995 × 0.999 = 0.9975020005; the non-critical d (90%) is not on the critical path.
  const [finding, ...rest] = findings('slo-above-dependencies', deps('99.9%', '99.95%', '99.9%') + availabilitySlo('99.95%'));
  assert.equal(rest.length, 0);
  assert.deepEqual(finding.data, { objectivePercent: 99.95, compositePercent: 99.7502 });
  assert.match(finding.message, /at most 99\.7502%/);
  assert.equal(finding.location.pointer, '/slos/0/objective');
  assert.deepEqual(findings('slo-above-dependencies', deps('99.9%', '99.95%', '99.9%') + availabilitySlo('99.7%')), []);
});

test('slo-objective-too-tight: at 0.5 rps one error in 5 minutes is 1/150 = 0.6667%, above 99.99%’s 0.1344% page threshold', () => {
  const traffic = (rps: number) => `nfr: { throughput: { peakRps: 100, averageRps: ${rps} } }\n`;
  const slo = (objective: string, page = true) =>
    `slos:\n  - { name: availability, sli: { kind: availability }, objective: ${objective}, window: 28d, page: ${page} }\n`;
  // 28d: page factor 2% × 672h / 1h = 13.44; budget 0.0001 → threshold 0.001344.
  const [finding] = findings('slo-objective-too-tight', traffic(0.5) + slo('99.99%'));
  assert.deepEqual(finding.data, { rps: 0.5, requestsIn5m: 150, oneFailureRatio: 0.00666667, pageThreshold: 0.001344 });
  // 10 rps: 3000 requests, one failure = 0.0333% < 0.1344%.
  assert.deepEqual(findings('slo-objective-too-tight', traffic(10) + slo('99.99%')), []);
  // 99.9%: threshold 1.344% > 0.6667%.
  assert.deepEqual(findings('slo-objective-too-tight', traffic(0.5) + slo('99.9%')), []);
  // page: false never pages, so a single error cannot wake anyone.
  assert.deepEqual(findings('slo-objective-too-tight', traffic(0.5) + slo('99.99%', false)), []);
});

test('slo-threshold-not-bucket: 300ms sits between the 250ms and 500ms OTel buckets unless the buckets are declared', () => {
  const latency = 'slos:\n  - { name: latency, sli: { kind: latency, threshold: 300ms }, objective: 99%, window: 28d }\n';
  const [finding] = findings('slo-threshold-not-bucket', latency);
  assert.match(finding.message, /nearest: 250ms and 500ms/);
  assert.equal(finding.location.pointer, '/slos/0/sli/threshold');
  assert.deepEqual(findings('slo-threshold-not-bucket', `${latency}telemetry: { metrics: { buckets: [100ms, 300ms, 1s] } }\n`), []);
  const declaredElsewhere = findings('slo-threshold-not-bucket', `${latency}telemetry: { metrics: { buckets: [100ms, 250ms, 1s] } }\n`);
  assert.match(declaredElsewhere[0].message, /nearest: 250ms and 1s/);
});

test('slo-missing names the availability target nobody measures', () => {
  const [finding] = findings('slo-missing', 'nfr: { availability: 99.9% }\n');
  assert.match(finding.message, /availability 99\.9% is a stated target/);
  assert.deepEqual(findings('slo-missing', availabilitySlo('99.9%')), []);
});

test('alert-runbook-missing counts two alerts per SLO', () => {
  const [finding] = findings(
    'alert-runbook-missing',
    `${availabilitySlo('99.9%')}  - { name: latency, sli: { kind: latency, threshold: 250ms }, objective: 99%, window: 28d }\n`,
  );
  assert.match(finding.message, /^4 generated alerts/);
  assert.deepEqual(findings('alert-runbook-missing', `${availabilitySlo('99.9%')}operability: { runbookBaseUrl: https://rb.example.com }\n`), []);
});

test('pii-not-redacted lists exactly the fields missing from telemetry.logs.redact, case-insensitively', () => {
  const data = 'data:\n  owned:\n    - { name: order, store: postgres, pii: [email, Address, phone] }\n    - { name: cart, store: redis, pii: [] }\n';
  const [finding, ...rest] = findings('pii-not-redacted', `${data}telemetry: { logs: { redact: [EMAIL, address] } }\n`);
  assert.equal(rest.length, 0);
  assert.deepEqual(finding.data, { datum: 'order', fields: ['phone'] });
  assert.equal(finding.location.pointer, '/data/owned/0/pii');
});

test('trace-propagation-missing tells no propagation from no correlation header', () => {
  assert.match(findings('trace-propagation-missing', 'telemetry: { propagation: none }\n')[0].message, /propagates no trace context/);
  assert.match(findings('trace-propagation-missing', 'telemetry: { propagation: b3 }\n')[0].message, /names no correlation header/);
  assert.deepEqual(findings('trace-propagation-missing', 'telemetry: { propagation: b3, correlationHeader: x-b3-traceid }\n'), []);
});

test('dependency-metrics-missing ignores inbound dependencies', () => {
  assert.match(findings('dependency-metrics-missing', deps('99.9%', '99.9%', '99.9%'))[0].message, /calls to a, b, c, d are not measured/);
  assert.deepEqual(findings('dependency-metrics-missing', 'dependencies:\n  - { name: prices, kind: topic, mode: async, direction: inbound }\n'), []);
});
