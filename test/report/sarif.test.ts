import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { sortFindings, type Finding } from '../../src/core/diagnostic.js';
import { formatFindings, FINDINGS_FORMATS } from '../../src/report/formatters/index.js';
import { ALL_DESIGN_RULES } from '../../src/review/pipeline.js';
import { LINT_RULES } from '../../src/lint/index.js';
import { REPO, runCli, withTempDir, withTempDirAsync } from '../support/cli.js';
import { assertGolden } from '../support/golden.js';

const findings: Finding[] = sortFindings([
  {
    ruleId: 'dependency-timeout-missing',
    category: 'resilience',
    severity: 'error',
    message: 'no timeout',
    location: { file: 'a/archway.yaml', pointer: '/dependencies/0', line: 7, column: 5 },
    fix: 'add one',
    fingerprint: 'abc',
  },
  {
    ruleId: 'dependency-timeout-missing',
    category: 'resilience',
    severity: 'error',
    message: 'no timeout either',
    location: { file: 'a/archway.yaml', pointer: '/dependencies/1', line: 12, column: 5 },
    fingerprint: 'abd',
  },
  {
    ruleId: 'nfr-throughput-missing',
    category: 'constraints',
    severity: 'info',
    message: 'no <peak> & "rps"',
    location: { file: 'a/archway.yaml', pointer: '', line: 1, column: 1 },
    fingerprint: 'def',
  },
  {
    ruleId: 'servers-https',
    category: 'security',
    severity: 'error',
    message: 'server http://x is plain http',
    location: { file: 'a/openapi.yaml', pointer: '/servers/0/url', line: 3, column: 11 },
    fingerprint: 'ghi',
  },
  {
    ruleId: 'cors-permissive',
    category: 'security',
    severity: 'warn',
    message: 'CORS allows any origin',
    location: { file: 'a/archway.yaml', pointer: '/security/cors', line: 20, column: 3 },
    fingerprint: 'jkl',
  },
]);
const rules = [...ALL_DESIGN_RULES, ...LINT_RULES];

/**
 * The structure SARIF 2.1.0 requires (§3.13 sarifLog, §3.14 run, §3.19 toolComponent,
 * §3.27 result, §3.30 region). The full typing is checked at compile time against @types/sarif.
 */
test('SARIF has the required 2.1.0 structure', () => {
  const log = JSON.parse(formatFindings('sarif', findings, { rules }));
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'archway');
  const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
  assert.deepEqual(ruleIds, ['cors-permissive', 'dependency-timeout-missing', 'nfr-throughput-missing', 'servers-https']);
  for (const result of run.results) {
    assert.ok(['none', 'note', 'warning', 'error'].includes(result.level));
    assert.equal(typeof result.message.text, 'string');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    const region = result.locations[0].physicalLocation.region;
    assert.ok(region.startLine >= 1 && region.startColumn >= 1);
    assert.ok(result.partialFingerprints['archway/v1']);
  }
  assert.deepEqual(
    run.results.map((r: { level: string }) => r.level),
    ['note', 'error', 'error', 'warning', 'error'],
  );
});

test('SARIF scores security rules for code scanning and tags every rule with its category', () => {
  const driver = JSON.parse(formatFindings('sarif', findings, { rules })).runs[0].tool.driver;
  const properties = Object.fromEntries(driver.rules.map((r: { id: string; properties: unknown }) => [r.id, r.properties]));
  assert.deepEqual(properties, {
    'cors-permissive': { category: 'security', tags: ['security'], 'security-severity': '5.0' },
    'dependency-timeout-missing': { category: 'resilience', tags: ['resilience'] },
    'nfr-throughput-missing': { category: 'constraints', tags: ['constraints'] },
    'servers-https': { category: 'security', tags: ['security'], 'security-severity': '7.5' },
  });
});

test('SARIF URIs are relative to the repository root (%SRCROOT%), the same from any subfolder', () => {
  withTempDir((dir) => {
    mkdirSync(join(dir, 'repo/.git'), { recursive: true });
    mkdirSync(join(dir, 'repo/svc/api'), { recursive: true });
    const uriOf = (file: string, cwd: string) => {
      const run = JSON.parse(formatFindings('sarif', [{ ...findings[0], location: { ...findings[0].location, file } }], { rules, cwd })).runs[0];
      assert.deepEqual(Object.keys(run.originalUriBaseIds), ['%SRCROOT%']);
      return run.results[0].locations[0].physicalLocation.artifactLocation;
    };
    const expected = { uri: 'svc/api/archway.yaml', uriBaseId: '%SRCROOT%' };
    assert.deepEqual(uriOf('svc/api/archway.yaml', join(dir, 'repo')), expected);
    assert.deepEqual(uriOf('api/archway.yaml', join(dir, 'repo/svc')), expected);
    assert.deepEqual(uriOf('archway.yaml', join(dir, 'repo/svc/api')), expected);
    assert.deepEqual(uriOf('../../svc/api/archway.yaml', join(dir, 'repo/svc/api')), expected);
    assert.deepEqual(uriOf('my file#1.yaml', join(dir, 'repo')), { uri: 'my%20file%231.yaml', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(uriOf('../x.yaml', join(dir, 'repo')), { uri: pathToFileURL(join(dir, 'x.yaml')).href }, 'outside the repository: absolute');
    mkdirSync(join(dir, 'plain/sub'), { recursive: true });
    assert.deepEqual(
      uriOf('sub/a.yaml', join(dir, 'plain')),
      { uri: 'sub/a.yaml', uriBaseId: '%SRCROOT%' },
      'no repository: the working directory is the root',
    );
  });
});

test('archway lint --format sarif gives the same log from the repository root and from a subfolder', async () => {
  await withTempDirAsync(async (dir) => {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'svc'));
    writeFileSync(
      join(dir, 'svc/openapi.yaml'),
      'openapi: 3.0.3\ninfo: { title: x, version: 1.0.0 }\nservers: [{ url: "http://api.example.com" }]\npaths: {}\n',
    );
    const fromRoot = await runCli(['lint', 'svc/openapi.yaml', '--format', 'sarif'], dir);
    const fromSub = await runCli(['lint', 'openapi.yaml', '--format', 'sarif'], join(dir, 'svc'));
    assert.equal(fromRoot.code, 1, fromRoot.stderr);
    const uris = JSON.parse(fromRoot.stdout).runs[0].results.map(
      (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri,
    );
    assert.ok(uris.length > 0 && uris.every((u: string) => u === 'svc/openapi.yaml'), uris.join());
    // Fingerprints are the lint engine's (issue #11 item 4 makes them repository-relative); everything else is equal.
    const withoutFingerprints = (text: string) => text.replace(/"archway\/v1": "[0-9a-f]+"/g, '"archway/v1": "…"');
    assert.equal(withoutFingerprints(fromSub.stdout), withoutFingerprints(fromRoot.stdout));
  });
});

test('JUnit: a test case per rule and file, a failure per finding at or above --fail-on, the rest as output', () => {
  const junit = formatFindings('junit', findings, { rules: [], failOn: 'warn' });
  assert.match(junit, /<testsuites name="archway" tests="4" failures="3">/);
  assert.match(junit, /<testsuite name="a\/archway.yaml" tests="3" failures="2">/);
  const timeout = /<testcase classname="a\/archway.yaml" name="dependency-timeout-missing">([\s\S]*?)<\/testcase>/.exec(junit)![1];
  assert.equal(timeout.match(/<failure /g)?.length, 2, 'one failure per finding');
  assert.match(
    junit,
    /<testcase classname="a\/archway.yaml" name="nfr-throughput-missing">\n {6}<system-out>info nfr-throughput-missing at a\/archway.yaml:1:1 \(\/\)\nno &lt;peak&gt; &amp; &quot;rps&quot;<\/system-out>\n {4}<\/testcase>/,
  );
  const strict = formatFindings('junit', findings, { rules: [], failOn: 'info' });
  assert.match(strict, /<testsuites name="archway" tests="4" failures="4">/);
  assert.match(strict, /<failure type="nfr-throughput-missing" message="no &lt;peak&gt; &amp; &quot;rps&quot;">/);
  const never = formatFindings('junit', findings, { rules: [], failOn: 'never' });
  assert.match(never, /<testsuites name="archway" tests="4" failures="0">/);
  assert.doesNotMatch(never, /<failure/);
  assert.match(formatFindings('junit', findings, { rules: [] }), /<testsuites name="archway" tests="4" failures="2">/, 'default threshold: error');
  assert.match(
    formatFindings('junit', [], { rules: [] }),
    /<testsuites name="archway" tests="1" failures="0">\n {2}<testsuite name="archway" tests="1" failures="0">\n {4}<testcase classname="archway" name="no findings"\/>/,
  );
});

test('archway lint --format junit passes --fail-on to the report', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'openapi.yaml'), 'openapi: 3.0.3\ninfo: { title: x, version: 1.0.0 }\nservers: [{ url: "http://api.example.com" }]\npaths: {}\n');
    const failures = async (failOn: string) =>
      /<testsuites name="archway" tests="\d+" failures="(\d+)">/.exec(
        (await runCli(['lint', 'openapi.yaml', '--format', 'junit', '--fail-on', failOn], dir)).stdout,
      )![1];
    assert.equal(await failures('error'), '1');
    assert.equal(await failures('info'), '2');
  });
});

test('github escapes what its syntax reserves', () => {
  const github = formatFindings('github', findings, { rules: [] });
  assert.equal(github.split('\n')[1], '::error file=a/archway.yaml,line=7,col=5,title=dependency-timeout-missing::no timeout Fix: add one');
});

test('every format matches its golden file', () => {
  const files = new Map(FINDINGS_FORMATS.map((format) => [`findings.${format}.txt`, formatFindings(format, findings, { rules, cwd: REPO, failOn: 'warn' })]));
  assertGolden('test/report/golden', files, [...files.keys()]);
});
