import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../src/core/diagnostic.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';
import { loadDesignFile, loadDesignText } from '../../src/model/load.js';
import { ALL_DESIGN_RULES } from '../../src/review/design-rules.js';
import { compositeAvailability } from '../../src/resilience/figures.js';
import { timeoutShare } from '../../src/resilience/rules/timeout-below-p99.js';
import { REPO } from '../support/cli.js';

const load = (body: string) => loadDesignText(`archway: 1\nservice: { name: svc }\n${body}`, '/tmp/feasibility/archway.yaml');

function run(id: string, body: string): Finding[] {
  const rule = ALL_DESIGN_RULES.find((r) => r.id === id);
  assert.ok(rule, id);
  return runDesignRules([rule], [load(body)], DEFAULT_REVIEW_OPTIONS);
}

/** `ruleId@pointer line:col` plus the data, the way each finding is pinned. */
const pin = (f: Finding) => [`${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column}`, f.data];

test('dependency-p99-over-budget: a critical synchronous call slower than the whole budget is an error; a fallback inside the budget or a raised target passes', () => {
  const body = (p99: string, extra = '') =>
    `nfr: { latency: { p99: ${p99} } }\ndependencies:\n  - { name: maps, kind: http, mode: sync, critical: true, latency: { p99: 300ms }, timeout: 350ms${extra} }\n`;
  const [finding, ...rest] = run('dependency-p99-over-budget', body('200ms'));
  assert.deepEqual(rest, []);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(pin(finding), [
    'dependency-p99-over-budget@/dependencies/0/latency/p99 5:75',
    { dependency: 'maps', dependencyP99Ms: 300, budgetMs: 200, overMs: 100, percentOfBudget: 150 },
  ]);
  assert.equal(
    finding.message,
    'critical synchronous dependency "maps" has a p99 of 300ms, above the service’s whole 200ms p99 target (300ms > 200ms, 150% of the budget), so the target cannot be met while every request waits on it',
  );
  assert.deepEqual(run('dependency-p99-over-budget', body('300ms')), [], 'exactly on budget passes');
  assert.deepEqual(
    run(
      'dependency-p99-over-budget',
      `nfr: { latency: { p99: 200ms } }\ndependencies:\n  - { name: maps, kind: http, mode: sync, critical: true, latency: { p99: 300ms }, timeout: 150ms, fallback: straight-line estimate }\n`,
    ),
    [],
  );
});

test('timeout-below-p99: a timeout under the dependency’s own p99 warns with the expected share of timeouts', () => {
  const [finding, ...rest] = run(
    'timeout-below-p99',
    'dependencies:\n  - { name: payments, kind: http, mode: sync, latency: { p50: 100ms, p99: 300ms }, timeout: 150ms }\n',
  );
  assert.deepEqual(rest, []);
  assert.equal(finding.severity, 'warn');
  // σ = ln(3) / 2.326 = 0.4723; z = ln(1.5) / σ = 0.8585; P(Z > z) = 19.5%
  assert.deepEqual(pin(finding), [
    'timeout-below-p99@/dependencies/0/timeout 4:93',
    { dependency: 'payments', timeoutMs: 150, p99Ms: 300, expectedTimeoutPercent: 19.5, atLeastPercent: 1 },
  ]);
  assert.equal(
    finding.message,
    '"payments" times out at 150ms, below its own p99 of 300ms, so about 19.5% of calls (log-normal through p50 100ms and p99 300ms) time out while it is healthy',
  );
  const [bare] = run('timeout-below-p99', 'dependencies:\n  - { name: payments, kind: http, latency: { p99: 300ms }, timeout: 150ms }\n');
  assert.match(bare.message, /so more than 1% of calls time out while it is healthy$/);
  assert.deepEqual(run('timeout-below-p99', 'dependencies:\n  - { name: payments, kind: http, latency: { p99: 300ms }, timeout: 300ms }\n'), []);
  assert.equal(timeoutShare(300, 300, 100), 1, 'at the p99 itself, 1% time out');
});

test('timeout-below-p99 flags the bundled system example’s payments (100ms timeout, 200ms p99)', () => {
  const design = loadDesignFile(`${REPO}/examples/system/payments/archway.yaml`);
  const findings = runDesignRules(
    ALL_DESIGN_RULES.filter((r) => r.id === 'timeout-below-p99'),
    [design],
    DEFAULT_REVIEW_OPTIONS,
  );
  assert.deepEqual(
    findings.map((f) => `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column}`),
    ['timeout-below-p99@/dependencies/0/timeout 22:14'],
  );
});

test('critical-with-fallback: questioned, and the fallback leaves the composite availability product', () => {
  const body = (critical: boolean) =>
    `nfr: { availability: 99.9% }\ndependencies:\n  - { name: maps, kind: http, mode: sync, critical: ${critical}, availability: 99.5%, timeout: 150ms, fallback: straight-line estimate }\n  - { name: db, kind: database, mode: sync, critical: true, availability: 99.99%, timeout: 50ms }\n`;
  const [finding, ...rest] = run('critical-with-fallback', body(true));
  assert.deepEqual(rest, []);
  assert.deepEqual(pin(finding), [
    'critical-with-fallback@/dependencies/0/critical 5:53',
    { dependency: 'maps', fallback: 'straight-line estimate', availabilityPercent: 99.5, countedInComposite: false },
  ]);
  assert.deepEqual(run('critical-with-fallback', body(false)), []);
  const composite = compositeAvailability(load(body(true)));
  assert.deepEqual([composite.percent, composite.inputs.map((i) => i.name), composite.fallbacks], [99.99, ['db'], ['maps']]);
  assert.deepEqual(run('composite-availability', body(true)), [], '99.99% ≥ 99.9% once the fallback answers for maps');
});

test('slo-threshold-mismatch and slo-objective-mismatch: the SLOs enforce the NFRs the review argues', () => {
  const slos = (threshold: string, objective: string) =>
    `nfr: { latency: { p99: 600ms }, availability: 99.95% }\nslos:\n  - { name: latency, sli: { kind: latency, threshold: ${threshold} }, objective: 99%, window: 28d }\n  - { name: availability, sli: { kind: availability }, objective: ${objective}, window: 28d }\n`;
  const [latency] = run('slo-threshold-mismatch', slos('500ms', '99.9%'));
  assert.deepEqual(pin(latency), ['slo-threshold-mismatch@/slos/0/sli/threshold 5:55', { slo: 'latency', percentile: 'p99', thresholdMs: 500, nfrMs: 600 }]);
  assert.equal(latency.message, 'SLO "latency" (99% under 500ms) is a p99 of 500ms, but nfr.latency.p99 is 600ms');
  const [availability] = run('slo-objective-mismatch', slos('500ms', '99.9%'));
  assert.deepEqual(pin(availability), ['slo-objective-mismatch@/slos/1/objective 6:67', { slo: 'availability', objectivePercent: 99.9, nfrPercent: 99.95 }]);
  assert.deepEqual(run('slo-threshold-mismatch', slos('600ms', '99.95%')), []);
  assert.deepEqual(run('slo-objective-mismatch', slos('600ms', '99.95%')), []);
});

test('slo-invalid: a 100% objective or a 0 window is an error with a clear message, and no 0% threshold is printed anywhere', () => {
  const body =
    'nfr: { throughput: { averageRps: 1 } }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 100%, window: 28d }\n  - { name: errors, sli: { kind: availability }, objective: 99%, window: 0d }\n';
  const findings = run('slo-invalid', body);
  assert.deepEqual(findings.map(pin), [
    ['slo-invalid@/slos/0/objective 5:67', { slo: 'availability' }],
    ['slo-invalid@/slos/1/window 6:74', { slo: 'errors' }],
  ]);
  assert.equal(
    findings[0].message,
    'SLO "availability": an objective of 100% leaves no error budget, so any single error would page; no alert rules are generated for it',
  );
  assert.match(findings[1].message, /^SLO "errors": a 0d window is too short for burn-rate alerts/);
  assert.deepEqual(
    run('slo-objective-too-tight', body).filter((f) => /0% fast-burn threshold/.test(f.message)),
    [],
  );
  assert.deepEqual(run('slo-invalid', 'slos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\n'), []);
});

test('migration-irreversible-without-rollback: a contract migration needs an automatic rollback path', () => {
  const body = (rollback: string) =>
    `rollout:\n  strategy: canary\n  steps: [5%, 100%]\n  migrations: [{ name: drop-legacy-status, phase: contract, reversible: false }]\n${rollback}`;
  const [finding, ...rest] = run('migration-irreversible-without-rollback', body('  rollback: { automatic: false }\n'));
  assert.deepEqual(rest, []);
  assert.deepEqual(pin(finding), [
    'migration-irreversible-without-rollback@/rollout/migrations/0 6:16',
    { migration: 'drop-legacy-status', phase: 'contract', reversible: false, rollback: 'manual' },
  ]);
  const [none] = run('migration-irreversible-without-rollback', body(''));
  assert.match(none.message, /and the rollout has no rollback at all:/);
  assert.deepEqual(run('migration-irreversible-without-rollback', body('  rollback: { automatic: true, trigger: fast burn }\n')), []);
});
