import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, runCli, withTempDirAsync } from '../support/cli.js';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  location: { file: string; pointer: string; line: number; column: number };
  related?: Array<{ file: string; pointer: string; line: number }>;
}

/** examples/checkout committed on `main`, then a `change` branch with `edit` applied. */
async function onBranch(edit: (dir: string) => void, run: (dir: string) => Promise<void>) {
  await withTempDirAsync(async (dir) => {
    cpSync(join(REPO, 'examples/checkout'), dir, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    git('checkout', '-q', '-b', 'change');
    edit(dir);
    git('commit', '-q', '-am', 'change');
    await run(dir);
  });
}

const removeCancellation = (dir: string) => {
  const openapi = readFileSync(join(dir, 'openapi.yaml'), 'utf8');
  const start = openapi.indexOf('    get:\n      operationId: getCancellation');
  writeFileSync(join(dir, 'openapi.yaml'), openapi.slice(0, start) + openapi.slice(openapi.indexOf('  /v1/health:')));
};

test('review --base main: removing an operation of a stable contract is an error finding that gates CI', async () => {
  await onBranch(removeCancellation, async (dir) => {
    const run = await runCli(['review', 'archway.yaml', '--base', 'main', '--out', 'out', '--date', '2026-11-25'], dir);
    assert.equal(run.code, 1, run.stderr);
    const findings = (JSON.parse(readFileSync(join(dir, 'out/findings.json'), 'utf8')) as { findings: JsonFinding[] }).findings;
    const breaks = findings.filter((f) => f.message.startsWith('public (stable) since main: '));
    assert.deepEqual(
      breaks.map((f) => `${f.ruleId} ${f.severity} ${f.location.file}#${f.location.pointer} | base ${f.related?.[0].pointer}`),
      ['api-removed error openapi.yaml#/paths/~1v1~1orders~1{orderId}~1cancellation | base /paths/~1v1~1orders~1{orderId}~1cancellation/get'],
    );
    const sarif = JSON.parse(readFileSync(join(dir, 'out/findings.sarif'), 'utf8'));
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'api-removed');
    assert.equal(results.length, 1);
    assert.equal(results[0].level, 'error');
    assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, 'openapi.yaml');
    const descriptor = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'api-removed');
    assert.ok(descriptor.shortDescription.text.length > 10 && descriptor.help.text.length > 10, 'the diff check describes itself in SARIF');
    // the rollout order stays in DESIGN.md
    assert.match(readFileSync(join(dir, 'out/DESIGN.md'), 'utf8'), /### Rollout plan/);
    const junit = await runCli(['review', 'archway.yaml', '--base', 'main', '--out', 'out', '--format', 'junit', '--fail-on', 'never'], dir);
    assert.match(junit.stdout, /api-removed/);
    const github = await runCli(['review', 'archway.yaml', '--base', 'main', '--out', 'out', '--format', 'github', '--fail-on', 'never'], dir);
    assert.match(github.stdout, /^::error file=openapi\.yaml,line=\d+.*api-removed/m);
  });
});

test('review --base: a beta contract breaks with a warning; no change, no finding', async () => {
  const beta = (dir: string) => {
    removeCancellation(dir);
    const design = readFileSync(join(dir, 'archway.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'archway.yaml'),
      design.replace('    contract: ./openapi.yaml\n    stability: stable', '    contract: ./openapi.yaml\n    stability: beta'),
    );
  };
  await onBranch(beta, async (dir) => {
    const run = await runCli(
      ['review', 'archway.yaml', '--base', 'main', '--out', 'out', '--format', 'json', '--fail-on', 'never', '--date', '2026-11-25'],
      dir,
    );
    const breaks = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === 'api-removed');
    assert.deepEqual(
      breaks.map((f) => [f.severity, f.message.split(':')[0]]),
      [['warn', 'public (beta) since main']],
    );
  });
  await onBranch(
    (dir) => writeFileSync(join(dir, 'archway.yaml'), `${readFileSync(join(dir, 'archway.yaml'), 'utf8')}# the contracts are unchanged\n`),
    async (dir) => {
      const run = await runCli(
        ['review', 'archway.yaml', '--base', 'main', '--out', 'out', '--format', 'json', '--fail-on', 'never', '--date', '2026-11-25'],
        dir,
      );
      const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
      assert.deepEqual(
        findings.filter((f) => f.message.includes(' since main: ')),
        [],
      );
    },
  );
});

test('review --base: a message removed from a stable event contract is an error too', async () => {
  const dropCancelled = (dir: string) => {
    const asyncapi = readFileSync(join(dir, 'asyncapi.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'asyncapi.yaml'),
      asyncapi
        .replace("      orderCancelled: { $ref: '#/components/messages/OrderCancelled' }\n", '')
        .replace("      - $ref: '#/channels/orderEvents/messages/orderCancelled'\n", ''),
    );
  };
  await onBranch(dropCancelled, async (dir) => {
    const run = await runCli(
      ['review', 'archway.yaml', '--base', 'main', '--out', 'out', '--format', 'json', '--fail-on', 'error', '--date', '2026-11-25'],
      dir,
    );
    assert.equal(run.code, 1);
    const breaks = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.message.startsWith('order-events (stable) since main: '));
    assert.ok(breaks.length > 0, run.stdout);
    assert.ok(breaks.every((f) => f.severity === 'error' && f.location.file === 'asyncapi.yaml'));
  });
});

test('review --base: design regressions since the base are flagged where they are, with the base location related', async () => {
  const regress = (dir: string) => {
    const design = readFileSync(join(dir, 'archway.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'archway.yaml'),
      design
        .replace('  - { name: latency, sli: { kind: latency, threshold: 500ms }, objective: 99%, window: 28d }\n', '')
        .replace('objective: 99.9%, window: 28d', 'objective: 99.5%, window: 28d')
        .replace('  - name: customers\n', '  - name: customers\n    critical: true\n')
        .replace(/( {2}- name: customers\n {4}critical: true\n(?: {4}.*\n)*?) {4}critical: false\n/, '$1'),
    );
  };
  await onBranch(regress, async (dir) => {
    const run = await runCli(
      ['review', 'archway.yaml', '--base', 'main', '--out', 'out', '--format', 'json', '--fail-on', 'never', '--date', '2026-11-25'],
      dir,
    );
    const found = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId.startsWith('design-'));
    assert.deepEqual(
      found.map(
        (f) => `${f.ruleId} ${f.severity} ${f.location.pointer} ${f.location.line} | base ${f.related?.[0].pointer} ${f.related?.[0].line} — ${f.message}`,
      ),
      [
        'design-dependency-made-critical warn /dependencies/1/critical 58 | base /dependencies/1 57 — since main: the dependency customers was made critical: its failures now fail requests',
        'design-slo-removed warn /slos 105 | base /slos/1 107 — since main: the SLO "latency" (99%) was removed',
        'design-objective-lowered warn /slos/0/objective 106 | base /slos/0/objective 106 — since main: the SLO "availability" was lowered from 99.9% to 99.5%',
      ],
    );
  });
});
