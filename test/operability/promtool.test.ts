import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDesignText } from '../../src/model/load.js';
import { generateOperability } from '../../src/operability/index.js';
import { withTempDir } from '../support/cli.js';

/**
 * These tests drive the real promtool and fail, never skip, when it is missing: CI installs the
 * Debian package `prometheus` (.ci/run), and a green run without it would prove nothing.
 */
function promtoolAvailable(): boolean {
  return spawnSync('promtool', ['--version']).status === 0;
}

function writeGenerated(dir: string, files: Map<string, string>): void {
  for (const [path, content] of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

const SHAPES: Record<string, string> = {
  'availability only, 28d': 'slos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\n',
  'latency only, 30d': 'slos:\n  - { name: latency, sli: { kind: latency, threshold: 250ms }, objective: 99%, window: 30d }\n',
  'both, 7d window':
    'slos:\n  - { name: availability, sli: { kind: availability }, objective: 99.5%, window: 7d }\n  - { name: latency, sli: { kind: latency, threshold: 1s }, objective: 95%, window: 7d }\n',
  'four nines, custom error statuses':
    'slos:\n  - { name: availability, sli: { kind: availability, errorStatuses: "5..|429" }, objective: 99.99%, window: 28d }\n',
  'page: false tickets only': 'slos:\n  - { name: availability, sli: { kind: availability }, objective: 99%, window: 28d, page: false }\n',
  'custom metric and selector':
    'slos:\n  - { name: api, sli: { kind: availability, metric: http_requests, selector: "route!=\\"/health\\"" }, objective: 99.9%, window: 28d }\n',
  'request counter, 429 only, 90d':
    'telemetry: { metrics: { requests: http_requests_total } }\nslos:\n  - { name: throttling, sli: { kind: availability, errorStatuses: "429" }, objective: 99.5%, window: 90d }\n',
  // 90% over 28d: the 1h threshold 13.44 × 0.1 is above 100% bad, so only the 6h/30m pair pages.
  'loose latency objective': 'slos:\n  - { name: latency, sli: { kind: latency, threshold: 100ms }, objective: 90%, window: 28d }\n',
  'declared buckets, regex selector':
    'telemetry: { metrics: { buckets: [100ms, 300ms, 1s] } }\nslos:\n  - { name: search, sli: { kind: latency, threshold: 300ms, selector: "http_route=~\\"/search|/find\\"" }, objective: 97%, window: 14d }\n',
};

for (const [name, slos] of Object.entries(SHAPES)) {
  test(`promtool checks and unit-tests the generated rules: ${name}`, () => {
    assert.ok(promtoolAvailable(), 'promtool is required (Debian package prometheus; .ci/run installs it)');
    const design = loadDesignText(
      `archway: 1\nservice: { name: shop-api }\noperability: { runbookBaseUrl: https://rb.example.com }\n${slos}`,
      '/tmp/op/archway.yaml',
    );
    withTempDir((dir) => {
      writeGenerated(dir, generateOperability(design));
      const check = spawnSync('promtool', ['check', 'rules', 'alerts/prometheus-rules.yaml'], { cwd: dir, encoding: 'utf8' });
      assert.equal(check.status, 0, check.stdout + check.stderr);
      const unit = spawnSync('promtool', ['test', 'rules', 'alerts/prometheus-rules.test.yaml'], { cwd: dir, encoding: 'utf8' });
      assert.equal(unit.status, 0, unit.stdout + unit.stderr);
      assert.match(unit.stdout + unit.stderr, /SUCCESS/);
    });
  });
}

test('a page: false SLO never pages', () => {
  const design = loadDesignText(`archway: 1\nservice: { name: a }\n${SHAPES['page: false tickets only']}`, '/tmp/op/archway.yaml');
  const rules = generateOperability(design).get('alerts/prometheus-rules.yaml')!;
  assert.doesNotMatch(rules, /severity: page/);
  // Fast and slow burn both ticket, and so does the absent() alert on the SLI series.
  assert.equal(rules.match(/severity: ticket/g)?.length, 3);
});

test('promtool reports a broken rule file, so the tests above can fail', () => {
  assert.ok(promtoolAvailable(), 'promtool is required');
  withTempDir((dir) => {
    writeFileSync(join(dir, 'bad.yaml'), 'groups:\n  - name: x\n    rules:\n      - alert: A\n        expr: sum(rate(x[5m]) >\n');
    assert.throws(() => execFileSync('promtool', ['check', 'rules', 'bad.yaml'], { cwd: dir, stdio: 'pipe' }));
  });
});

test('the fast-burn timing is sharp: promtool rejects the page one minute earlier than generated', () => {
  assert.ok(promtoolAvailable(), 'promtool is required');
  const design = loadDesignText(`archway: 1\nservice: { name: a }\n${SHAPES['availability only, 28d']}`, '/tmp/op/archway.yaml');
  const files = generateOperability(design);
  const tests = files.get('alerts/prometheus-rules.test.yaml')!;
  // 99.9% over 28d: the 1h threshold is 13.44 × 0.001; the burn is twice that, 2.688%, so the 1h
  // ratio 2.688% × t / 60 crosses 1.344% at t = 30 minutes after six healthy hours (360m).
  assert.match(tests, /a fast burn \(2\.688% bad after 6h healthy\) pages 30 minutes in/);
  assert.match(tests, /eval_time: 389m\n\s+alertname: AAvailabilityFastBurn\n\s+exp_alerts: \[\]/);
  assert.match(tests, /eval_time: 391m\n\s+alertname: AAvailabilityFastBurn\n\s+exp_alerts:\n/);
  withTempDir((dir) => {
    writeGenerated(dir, files);
    const early = tests.replace(/eval_time: 391m(\n\s+alertname: AAvailabilityFastBurn)/, 'eval_time: 388m$1');
    writeFileSync(join(dir, 'alerts/early.test.yaml'), early);
    const run = spawnSync('promtool', ['test', 'rules', 'alerts/early.test.yaml'], { cwd: dir, encoding: 'utf8' });
    assert.notEqual(run.status, 0, 'a page 28 minutes in would contradict the arithmetic');
    assert.match(run.stdout + run.stderr, /FAILED/);
  });
});
