import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, runCli, withTempDirAsync } from '../support/cli.js';

test('review --base adds the breaking changes since a git ref, with their rollout order', async () => {
  await withTempDirAsync(async (dir) => {
    cpSync(join(REPO, 'examples/checkout'), dir, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'empty');
    git('add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'v1');
    // Remove the cancellation status operation: a breaking change for every client.
    const openapi = readFileSync(join(dir, 'openapi.yaml'), 'utf8');
    const start = openapi.indexOf('    get:\n      operationId: getCancellation');
    const end = openapi.indexOf('  /v1/health:');
    writeFileSync(join(dir, 'openapi.yaml'), openapi.slice(0, start) + openapi.slice(end));
    const run = await runCli(['review', 'archway.yaml', '--base', 'HEAD', '--out', 'out', '--fail-on', 'never', '--date', '2026-11-25'], dir);
    assert.equal(run.code, 0, run.stderr);
    const design = readFileSync(join(dir, 'out/DESIGN.md'), 'utf8');
    assert.match(design, /## Contract changes since `HEAD`/);
    assert.match(design, /`GET \/v1\/orders\/\{orderId\}\/cancellation`/);
    assert.match(design, /\*\*[1-9]\d* breaking\*\*/);
    assert.match(design, /### Rollout plan/);
    const unknownRef = await runCli(['review', 'archway.yaml', '--base', 'no-such-ref', '--out', 'out2'], dir);
    assert.equal(unknownRef.code, 2);
    assert.match(unknownRef.stderr, /cannot read .*openapi\.yaml at no-such-ref/);
  });
});
