import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDesignText } from '../../src/model/load.js';
import { generateOperability, sloProblems } from '../../src/operability/index.js';
import { REPO, runCli, withTempDirAsync } from '../support/cli.js';

const FIXTURE = join(REPO, 'test/operability/fixtures/payments/archway.yaml');

test('archway slo writes every generated file under --out and says how to check them', async () => {
  await withTempDirAsync(async (dir) => {
    const run = await runCli(['slo', FIXTURE, '--out', 'gen'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^archway slo: payments: 3 SLOs, 6 alerts, 10 files in gen\/\n/);
    assert.match(run.stdout, /promtool check rules gen\/alerts\/prometheus-rules\.yaml && promtool test rules gen\/alerts\/prometheus-rules\.test\.yaml/);
    const golden = join(REPO, 'test/operability/fixtures/payments/expected');
    assert.equal(readFileSync(join(dir, 'gen/alerts/prometheus-rules.yaml'), 'utf8'), readFileSync(join(golden, 'alerts/prometheus-rules.yaml'), 'utf8'));
    assert.deepEqual(readdirSync(join(dir, 'gen/runbooks')).length, 7);
    assert.deepEqual(readdirSync(dir), ['gen'], 'no staging directory is left behind');
  });
});

test('--runbook-base-url overrides the design’s base in every alert', async () => {
  await withTempDirAsync(async (dir) => {
    const run = await runCli(['slo', FIXTURE, '--out', 'gen', '--runbook-base-url', 'https://wiki.example.org/rb'], dir);
    assert.equal(run.code, 0, run.stderr);
    const rules = readFileSync(join(dir, 'gen/alerts/prometheus-rules.yaml'), 'utf8');
    assert.equal(rules.match(/runbook_url: https:\/\/wiki\.example\.org\/rb\/payments-[a-z-]+-burn\.md/g)?.length, 6);
    assert.doesNotMatch(rules, /runbooks\.example\.com/);
  });
});

test('archway slo exits 2 on a broken SLO, names its line, and leaves the previous output intact', async () => {
  await withTempDirAsync(async (dir) => {
    mkdirSync(join(dir, 'gen'));
    writeFileSync(join(dir, 'gen/keep.txt'), 'previous run');
    writeFileSync(
      join(dir, 'archway.yaml'),
      'archway: 1\nservice: { name: a }\nslos:\n  - { name: fast, sli: { kind: latency, threshold: 300ms }, objective: 99%, window: 28d }\n',
    );
    const run = await runCli(['slo', 'archway.yaml', '--out', 'gen'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^archway\.yaml:4:\d+: SLO "fast": 300ms is not a histogram bucket boundary/);
    assert.deepEqual(readdirSync(join(dir, 'gen')), ['keep.txt']);
  });
});

test('archway slo exits 2 on usage errors and on a design that does not load', async () => {
  await withTempDirAsync(async (dir) => {
    assert.equal((await runCli(['slo'], dir)).code, 2);
    assert.equal((await runCli(['slo', 'a.yaml', 'b.yaml'], dir)).code, 2);
    assert.equal((await runCli(['slo', FIXTURE, '--bogus'], dir)).code, 2);
    writeFileSync(join(dir, 'bad.yaml'), 'archway: 1\nservice: [oops\n');
    const bad = await runCli(['slo', 'bad.yaml'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^bad\.yaml:\d+:\d+: /);
    assert.equal(existsSync(join(dir, 'archway-slo')), false);
  });
});

test('a design without SLOs gets only the dashboard, and is told to add SLOs', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'archway.yaml'), 'archway: 1\nservice: { name: a }\n');
    const run = await runCli(['slo', 'archway.yaml'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /no SLOs declared/);
    assert.deepEqual(readdirSync(join(dir, 'archway-slo')), ['.archway-manifest.json', 'dashboards']);
  });
});

test('sloProblems: every SLO no correct rule can be generated for, and generateOperability leaves them out', () => {
  const design = loadDesignText(
    [
      'archway: 1',
      'service: { name: a }',
      'slos:',
      '  - { name: ok, sli: { kind: availability }, objective: 99.9%, window: 28d }',
      '  - { name: ok, sli: { kind: availability }, objective: 99%, window: 28d }',
      '  - { name: no-threshold, sli: { kind: latency }, objective: 99%, window: 28d }',
      '  - { name: perfect, sli: { kind: availability }, objective: 100%, window: 28d }',
      '  - { name: short, sli: { kind: availability }, objective: 99%, window: 3d }',
      '  - { name: regex, sli: { kind: availability, errorStatuses: "5(" }, objective: 99%, window: 28d }',
      // 80% over 28d: budget 0.2 × the 6h factor 5.6 = 1.12, more than every request failing.
      '  - { name: loose, sli: { kind: latency, threshold: 1s }, objective: 80%, window: 28d }',
      '',
    ].join('\n'),
    '/tmp/op-validate/archway.yaml',
  );
  assert.deepEqual(
    sloProblems(design).map((p) => p.pointer),
    ['/slos/1/name', '/slos/2/sli', '/slos/3/objective', '/slos/4/window', '/slos/5/sli/errorStatuses', '/slos/6/objective'],
  );
  const rules = generateOperability(design).get('alerts/prometheus-rules.yaml')!;
  assert.deepEqual(rules.match(/- alert: \w+/g), ['- alert: AOkFastBurn', '- alert: AOkSlowBurn', '- alert: ASliMissing']);
});
