import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO, withTempDirAsync } from '../support/cli.js';

/**
 * A writer of many files, so that a signal arrives while it is still staging them, even on a
 * loaded machine where the test may be descheduled between seeing the staging folder and
 * signalling (20,000 files once finished first there).
 */
const WRITER = `
const { writeOutputDir } = await import(${JSON.stringify(join(REPO, 'dist/src/report/write-output.js'))});
const files = new Map();
const body = 'x'.repeat(4096);
for (let i = 0; i < 200000; i++) files.set('runbooks/r' + i + '.md', body);
await writeOutputDir(process.argv[1], files);
`;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`${signal} while writing removes the staging folder and leaves no output half-written`, async () => {
    await withTempDirAsync(async (dir) => {
      const out = join(dir, 'archway-out');
      const child = spawn(process.execPath, ['--input-type=module', '-e', WRITER, out], { stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, received) => done(received)));
      const staging = () => readdirSync(dir).some((n) => n.startsWith('.archway-out.tmp-'));
      for (let i = 0; i < 500 && !staging(); i++) await sleep(10);
      assert.ok(staging(), 'the writer started staging');
      child.kill(signal);
      assert.equal(await exited, signal, 'the process still dies of the signal');
      assert.deepEqual(readdirSync(dir), [], 'no staging folder and no partial output');
      assert.equal(existsSync(out), false);
    });
  });
}
