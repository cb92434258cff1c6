import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDesignFile } from '../../src/model/load.js';
import { generateOperability } from '../../src/operability/index.js';
import { REPO, withTempDir } from '../support/cli.js';
import { assertGolden } from '../support/golden.js';

const FIXTURE = 'test/operability/fixtures/payments';

test('the checkout example’s rules, tests, dashboard and runbooks match their goldens', () => {
  const files = generateOperability(loadDesignFile(join(REPO, 'examples/checkout/archway.yaml')));
  assertGolden('test/golden/checkout/operability', files, [...files.keys()].sort());
});

test('the payments fixture’s generated files match their goldens, one per alert and SLO shape', () => {
  const files = generateOperability(loadDesignFile(join(REPO, FIXTURE, 'archway.yaml')));
  // Three SLOs (availability with 429s, latency on a declared bucket over 7d, page: false) → six
  // runbooks, and one for the absent() alert on the SLI series.
  assert.deepEqual([...files.keys()].sort(), [
    'alerts/prometheus-rules.test.yaml',
    'alerts/prometheus-rules.yaml',
    'dashboards/payments.json',
    'runbooks/payments-authorise-latency-fast-burn.md',
    'runbooks/payments-authorise-latency-slow-burn.md',
    'runbooks/payments-availability-fast-burn.md',
    'runbooks/payments-availability-slow-burn.md',
    'runbooks/payments-refunds-fast-burn.md',
    'runbooks/payments-refunds-slow-burn.md',
    'runbooks/payments-sli-missing.md',
  ]);
  assertGolden(`${FIXTURE}/expected`, files, [...files.keys()].sort());
});

test('the payments fixture’s rules pass promtool check and promtool test', () => {
  assert.equal(spawnSync('promtool', ['--version']).status, 0, 'promtool is required (Debian package prometheus; .ci/run installs it)');
  const files = generateOperability(loadDesignFile(join(REPO, FIXTURE, 'archway.yaml')));
  withTempDir((dir) => {
    for (const [path, content] of files) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const check = spawnSync('promtool', ['check', 'rules', 'alerts/prometheus-rules.yaml'], { cwd: dir, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    // 3 SLOs × (7 rate windows + period ratio + budget remaining + 2 alerts)
    assert.match(check.stdout, /SUCCESS: 34 rules found/);
    const unit = spawnSync('promtool', ['test', 'rules', 'alerts/prometheus-rules.test.yaml'], { cwd: dir, encoding: 'utf8' });
    assert.equal(unit.status, 0, unit.stdout + unit.stderr);
  });
});
