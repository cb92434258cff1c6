import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDesignText } from '../../src/model/load.js';
import { generateOperability } from '../../src/operability/index.js';
import { withTempDir } from '../support/cli.js';

function promtoolAvailable(): boolean {
  return spawnSync('promtool', ['--version']).status === 0;
}

const SHAPES: Record<string, string> = {
  'availability only, 28d': 'slos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\n',
  'latency only, 30d': 'slos:\n  - { name: latency, sli: { kind: latency, threshold: 250ms }, objective: 99%, window: 30d }\n',
  'both, 7d window': 'slos:\n  - { name: availability, sli: { kind: availability }, objective: 99.5%, window: 7d }\n  - { name: latency, sli: { kind: latency, threshold: 1s }, objective: 95%, window: 7d }\n',
  'four nines, custom error statuses': 'slos:\n  - { name: availability, sli: { kind: availability, errorStatuses: "5..|429" }, objective: 99.99%, window: 28d }\n',
  'page: false tickets only': 'slos:\n  - { name: availability, sli: { kind: availability }, objective: 99%, window: 28d, page: false }\n',
  'custom metric and selector': 'slos:\n  - { name: api, sli: { kind: availability, metric: http_requests, selector: "route!=\\"/health\\"" }, objective: 99.9%, window: 28d }\n',
};

for (const [name, slos] of Object.entries(SHAPES)) {
  test(`promtool checks and unit-tests the generated rules: ${name}`, () => {
    assert.ok(promtoolAvailable(), 'promtool is required (Debian package prometheus; .ci/run installs it)');
    const design = loadDesignText(`archway: 1\nservice: { name: shop-api }\noperability: { runbookBaseUrl: https://rb.example.com }\n${slos}`, '/tmp/op/archway.yaml');
    withTempDir((dir) => {
      for (const [path, content] of generateOperability(design)) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
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
  assert.equal(rules.match(/severity: ticket/g)?.length, 2);
});

test('promtool reports a broken rule file, so the tests above can fail', () => {
  assert.ok(promtoolAvailable(), 'promtool is required');
  withTempDir((dir) => {
    writeFileSync(join(dir, 'bad.yaml'), 'groups:\n  - name: x\n    rules:\n      - alert: A\n        expr: sum(rate(x[5m]) >\n');
    assert.throws(() => execFileSync('promtool', ['check', 'rules', 'bad.yaml'], { cwd: dir, stdio: 'pipe' }));
  });
});
