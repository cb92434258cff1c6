import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, withTempDirAsync } from '../support/cli.js';

test('review --format stylish (the default) prints the findings, then the counts and where the output went', async () => {
  await withTempDirAsync(async (dir) => {
    for (const format of [[], ['--format', 'stylish']]) {
      const run = await runCli(['review', 'test/fixtures/designs/timeout-missing.archway.yaml', '--out', join(dir, 'out'), ...format]);
      assert.equal(run.code, 1);
      const lines = run.stdout.split('\n');
      assert.equal(lines[0], 'test/fixtures/designs/timeout-missing.archway.yaml');
      const finding = lines.indexOf(
        '  8:5      error  synchronous dependency "index" has no timeout, so one slow response can exhaust the caller  dependency-timeout-missing',
      );
      const summary = lines.indexOf('5 findings: 1 error, 3 warn, 1 info, 0 hint');
      assert.ok(finding > 0 && summary > finding, run.stdout);
      assert.equal(lines[summary + 1], 'archway review: search');
      assert.match(lines[summary + 2], /^wrote 6 files to .*out\/ \(DESIGN\.md, dashboards, decisions\.json, findings\.json, findings\.sarif, report\.html\)$/);
      assert.match(lines[summary + 3], /^read .*out\/DESIGN\.md for the review$/);
      assert.equal(lines.length, summary + 5);
    }
  });
});
