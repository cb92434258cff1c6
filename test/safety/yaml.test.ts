import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDesignText } from '../../src/model/load.js';
import { runCli, withTempDirAsync } from '../support/cli.js';

test('duplicate keys in a 100k-key design are found in linear time and printed capped at 50 with a count of the rest', async () => {
  await withTempDirAsync(async (dir) => {
    const lines = ['archway: 1', 'service: { name: a, owner: t }'];
    for (let i = 0; i < 100_000; i++) lines.push(`k: ${i}`);
    writeFileSync(join(dir, 'archway.yaml'), `${lines.join('\n')}\n`);
    const cpu = process.cpuUsage();
    const run = await runCli(['review', 'archway.yaml', '--out', 'out'], dir);
    // CPU time, not wall time, so a loaded machine does not fail it; the pairwise check took minutes.
    const seconds = process.cpuUsage(cpu).user / 1e6;
    assert.ok(seconds < 20, `took ${seconds} s of CPU`);
    assert.equal(run.code, 2);
    const printed = run.stderr.trimEnd().split('\n');
    assert.equal(printed.length, 51);
    assert.equal(printed[0], 'archway.yaml:4:1: YAML syntax error: Map keys must be unique');
    assert.equal(printed[49], 'archway.yaml:53:1: YAML syntax error: Map keys must be unique');
    assert.equal(printed[50], 'archway.yaml:53:1: and 99949 more problems');
  });
});

test('duplicates are found at every depth and in sequences; keys of different types are different keys', () => {
  const problems = (text: string) => {
    try {
      loadDesignText(text, '/d/archway.yaml');
      return [];
    } catch (error) {
      return (error as { problems: Array<{ location: { line: number; column: number }; message: string }> }).problems.map(
        (p) => `${p.location.line}:${p.location.column} ${p.message}`,
      );
    }
  };
  assert.deepEqual(problems('archway: 1\nservice:\n  name: a\n  owner: t\n  name: b\ndependencies:\n  - { name: x, name: y }\n'), [
    '5:3 YAML syntax error: Map keys must be unique',
    '7:16 YAML syntax error: Map keys must be unique',
  ]);
  assert.deepEqual(
    problems('archway: 1\nservice: { name: a, owner: t }\nx: { 1: a, "1": b }\n').filter((p) => p.includes('unique')),
    [],
  );
});
