import assert from 'node:assert/strict';
import { test } from 'node:test';
import { design, findings, pin } from './support.js';

const availability = (objective: string, extra = '') =>
  `  - { name: availability, sli: { kind: availability }, objective: ${objective}, window: 28d${extra} }\n`;

test('slo-objective-too-tight: one failure exactly at the page threshold does not page; peakRps stands in for averageRps', () => {
  // 28d: 2% × 672h / 1h = 13.44 × 0.1% = 0.01344. At 0.25 rps: 75 requests, 1/75 = 0.01333 ≤ 0.01344.
  assert.deepEqual(findings('slo-objective-too-tight', design(`nfr: { throughput: { peakRps: 0.25 } }\nslos:\n${availability('99.9%')}`)), []);
  // At 0.2 rps: 60 requests, 1/60 = 0.016667 > 0.01344.
  assert.deepEqual(pin(findings('slo-objective-too-tight', design(`nfr: { throughput: { peakRps: 0.2 } }\nslos:\n${availability('99.9%')}`))), [
    {
      at: 'slo-objective-too-tight@/slos/0/objective 5:67',
      severity: 'warn',
      message:
        'at 0.2 rps a 5-minute window holds 60 requests, so one failure is 1.6667% bad, above the 1.344% fast-burn threshold of 99.9%: a single error pages',
      data: { rps: 0.2, requestsIn5m: 60, oneFailureRatio: 0.01666667, pageThreshold: 0.01344 },
    },
  ]);
  assert.deepEqual(findings('slo-objective-too-tight', design(`slos:\n${availability('99.999%')}`)), [], 'no traffic figure, no verdict');
});

test('slo-threshold-not-bucket: pinned with data; exactly a bucket passes; beyond the last bucket only the one below is named', () => {
  const latency = (threshold: string) => `slos:\n  - { name: fast, sli: { kind: latency, threshold: ${threshold} }, objective: 99%, window: 28d }\n`;
  const buckets = 'telemetry: { metrics: { buckets: [100ms, 250ms] } }\n';
  assert.deepEqual(pin(findings('slo-threshold-not-bucket', design(`${buckets}${latency('200ms')}`))), [
    {
      at: 'slo-threshold-not-bucket@/slos/0/sli/threshold 5:52',
      severity: 'error',
      message: 'latency threshold 200ms of SLO "fast" is not a histogram bucket boundary (nearest: 100ms and 250ms)',
      data: { thresholdMs: 200, bucketsSeconds: [0.1, 0.25] },
    },
  ]);
  assert.deepEqual(findings('slo-threshold-not-bucket', design(`${buckets}${latency('250ms')}`)), []);
  assert.deepEqual(
    findings('slo-threshold-not-bucket', design(`${buckets}${latency('1s')}`)).map((f) => f.message),
    ['latency threshold 1s of SLO "fast" is not a histogram bucket boundary (nearest: 250ms)'],
  );
  assert.deepEqual(
    findings('slo-threshold-not-bucket', design(`${buckets}${latency('50ms')}`)).map((f) => f.message),
    ['latency threshold 50ms of SLO "fast" is not a histogram bucket boundary (nearest: 100ms)'],
  );
  assert.deepEqual(findings('slo-threshold-not-bucket', design(`${buckets}slos:\n${availability('99%')}`)), [], 'availability SLOs have no threshold');
  assert.deepEqual(pin(findings('slo-threshold-not-bucket', design('slos:\n  - { name: slow, sli: { kind: latency }, objective: 99%, window: 28d }\n'))), [
    {
      at: 'slo-threshold-not-bucket@/slos/0/sli 4:24',
      severity: 'error',
      message: 'latency SLO "slow" has no threshold, so no request can be judged slow',
      data: undefined,
    },
  ]);
});

test('trace-propagation-missing: no telemetry, propagation none, or no correlation header', () => {
  assert.deepEqual(pin(findings('trace-propagation-missing', design(''))), [
    {
      at: 'trace-propagation-missing@ 1:1',
      severity: 'warn',
      message: 'the service propagates no trace context, so a request cannot be followed across services',
      data: undefined,
    },
  ]);
  assert.deepEqual(
    pin(findings('trace-propagation-missing', design('telemetry: { propagation: none, correlationHeader: traceparent }\n'))).map((f) => [f.at, f.message]),
    [['trace-propagation-missing@/telemetry 3:12', 'the service propagates no trace context, so a request cannot be followed across services']],
  );
  assert.deepEqual(
    pin(findings('trace-propagation-missing', design('telemetry: { propagation: w3c }\n'))).map((f) => f.message),
    ['the service names no correlation header, so a request cannot be followed across services'],
  );
  assert.deepEqual(findings('trace-propagation-missing', design('telemetry: { propagation: w3c, correlationHeader: traceparent }\n')), []);
});

test('pii-not-redacted: every leaked field listed; no telemetry means nothing is redacted', () => {
  const owned = 'data:\n  owned: [{ name: order, pii: [email, Address, phone] }]\n';
  assert.deepEqual(pin(findings('pii-not-redacted', design(owned))), [
    {
      at: 'pii-not-redacted@/data/owned/0/pii 4:31',
      severity: 'error',
      message: 'PII of "order" is not redacted from logs: email, Address, phone',
      data: { datum: 'order', fields: ['email', 'Address', 'phone'] },
    },
  ]);
  assert.deepEqual(
    findings('pii-not-redacted', design(`${owned}telemetry: { propagation: w3c }\n`)).map((f) => f.data?.fields),
    [['email', 'Address', 'phone']],
  );
});

test('alert-runbook-missing: two alerts per SLO at /slos; a runbook base URL or no SLO passes', () => {
  const slos = `slos:\n${availability('99.9%')}  - { name: l, sli: { kind: latency, threshold: 250ms }, objective: 99%, window: 28d }\n`;
  assert.deepEqual(pin(findings('alert-runbook-missing', design(slos))), [
    {
      at: 'alert-runbook-missing@/slos 4:3',
      severity: 'warn',
      message: '4 generated alerts link to runbooks by a local path, because no runbook base URL is set',
      data: undefined,
    },
  ]);
  assert.deepEqual(findings('alert-runbook-missing', design(`${slos}operability: { runbookBaseUrl: 'https://runbooks.example.com/orders' }\n`)), []);
  assert.deepEqual(findings('alert-runbook-missing', design('nfr: { availability: 99.9% }\n')), []);
});

test('slo-above-dependencies: an objective exactly at the composite passes; no critical dependency, no verdict', () => {
  const deps =
    'dependencies:\n  - { name: a, kind: http, critical: true, availability: 99.9%, timeout: 1s }\n  - { name: b, kind: http, critical: true, availability: 99.9%, timeout: 1s }\n';
  // 99.9% × 99.9% = 99.8001%
  assert.deepEqual(findings('slo-above-dependencies', design(`${deps}slos:\n${availability('99.8001%')}`)), []);
  assert.deepEqual(pin(findings('slo-above-dependencies', design(`${deps}slos:\n${availability('99.81%')}`))), [
    {
      at: 'slo-above-dependencies@/slos/0/objective 7:67',
      severity: 'warn',
      message: 'SLO "availability" asks for 99.81%, but the critical dependencies allow at most 99.8001%',
      data: { objectivePercent: 99.81, compositePercent: 99.8001 },
    },
  ]);
  assert.deepEqual(findings('slo-above-dependencies', design(`slos:\n${availability('99.99%')}`)), []);
  assert.deepEqual(
    findings('slo-above-dependencies', design(`${deps}slos:\n  - { name: l, sli: { kind: latency, threshold: 250ms }, objective: 99.99%, window: 28d }\n`)),
    [],
  );
});

test('dependency-metrics-missing: at the root without telemetry; client-side metrics pass', () => {
  const deps = 'dependencies:\n  - { name: a, kind: http, timeout: 1s }\n  - { name: b, kind: grpc, timeout: 1s }\n';
  assert.deepEqual(pin(findings('dependency-metrics-missing', design(deps))), [
    {
      at: 'dependency-metrics-missing@ 1:1',
      severity: 'info',
      message: 'calls to a, b are not measured from this side, so “is it us or them?” cannot be answered from metrics',
      data: undefined,
    },
  ]);
  assert.deepEqual(findings('dependency-metrics-missing', design(`${deps}telemetry: { metrics: { clientSide: true } }\n`)), []);
});

test('slo-missing: names the availability target when there is one', () => {
  assert.deepEqual(pin(findings('slo-missing', design(''))), [
    { at: 'slo-missing@ 1:1', severity: 'warn', message: 'the service declares no SLO, so nothing measures or alerts on the targets', data: undefined },
  ]);
});
