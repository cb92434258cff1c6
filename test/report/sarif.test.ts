import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortFindings, type Finding } from '../../src/core/diagnostic.js';
import { formatFindings } from '../../src/report/formatters/index.js';
import { ALL_DESIGN_RULES } from '../../src/review/pipeline.js';

const findings: Finding[] = sortFindings([
  { ruleId: 'dependency-timeout-missing', category: 'resilience', severity: 'error', message: 'no timeout', location: { file: 'a/archway.yaml', pointer: '/dependencies/0', line: 7, column: 5 }, fix: 'add one', fingerprint: 'abc' },
  { ruleId: 'nfr-throughput-missing', category: 'constraints', severity: 'info', message: 'no <peak> & "rps"', location: { file: 'a/archway.yaml', pointer: '', line: 1, column: 1 }, fingerprint: 'def' },
]);

/**
 * The structure SARIF 2.1.0 requires (§3.13 sarifLog, §3.14 run, §3.19 toolComponent,
 * §3.27 result, §3.30 region). The full typing is checked at compile time against @types/sarif.
 */
test('SARIF has the required 2.1.0 structure', () => {
  const log = JSON.parse(formatFindings('sarif', findings, { rules: ALL_DESIGN_RULES }));
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'archway');
  const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
  assert.deepEqual(ruleIds, ['dependency-timeout-missing', 'nfr-throughput-missing']);
  for (const result of run.results) {
    assert.ok(['none', 'note', 'warning', 'error'].includes(result.level));
    assert.equal(typeof result.message.text, 'string');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    const region = result.locations[0].physicalLocation.region;
    assert.ok(region.startLine >= 1 && region.startColumn >= 1);
    assert.ok(result.partialFingerprints['archway/v1']);
  }
  assert.deepEqual(run.results.map((r: { level: string }) => r.level), ['note', 'error']);
});

test('junit and github escape what their syntax reserves', () => {
  const junit = formatFindings('junit', findings, { rules: [] });
  assert.match(junit, /message="no &lt;peak&gt; &amp; &quot;rps&quot;"/);
  const github = formatFindings('github', findings, { rules: [] });
  assert.equal(github.split('\n')[1], '::error file=a/archway.yaml,line=7,col=5,title=dependency-timeout-missing::no timeout Fix: add one');
});
