import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { atLeast } from '../../src/core/diagnostic.js';
import { loadContract } from '../../src/contracts/load.js';
import { verifyContract } from '../../src/verify/index.js';
import { REPO } from '../support/cli.js';
import { AUTH, CONTRACT } from './support.js';

const PRISM = join(REPO, 'node_modules/.bin/prism');
const skip = existsSync(PRISM) ? false : 'Prism (@stoplight/prism-cli) is not installed';

let prism: ChildProcess | undefined;
let baseUrl = '';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function accepting(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

before(async () => {
  if (skip) return;
  const port = await freePort();
  // Its own process group, so that `after` stops Prism and whatever it started.
  prism = spawn(PRISM, ['mock', CONTRACT, '-h', '127.0.0.1', '-p', String(port)], { detached: true, stdio: 'ignore' });
  baseUrl = `http://127.0.0.1:${port}`;
  for (let waited = 0; !(await accepting(port)); waited += 250) {
    if (waited > 60_000 || prism.exitCode !== null) throw new Error(`Prism did not start on ${baseUrl}`);
    await sleep(250);
  }
});

after(() => {
  if (prism?.pid) process.kill(-prism.pid, 'SIGTERM');
});

const run = (allowWrites: boolean) => verifyContract(loadContract(CONTRACT, { cwd: REPO }), { baseUrl, headers: AUTH, allowWrites, cwd: REPO });

test('verify against Prism mocking the example contract (read-only): no finding at warn or error; what a mock cannot show is info', { skip }, async () => {
  const result = await run(false);
  assert.deepEqual(
    result.findings.filter((f) => atLeast(f.severity, 'warn')).map((f) => `${f.ruleId} ${f.operation}: ${f.message}`),
    [],
  );
  assert.deepEqual([...new Set(result.findings.map((f) => f.ruleId))].sort(), ['verify-correlation-echo', 'verify-error-shape', 'verify-rate-limit']);
  const unknown = result.findings.find((f) => f.ruleId === 'verify-error-shape')!;
  assert.equal(
    unknown.message,
    'GET /tasks/{taskId} answered 200 for the unknown id archway-unknown-id with a body about something else (a mock?): 404 cannot be shown',
  );
  assert.ok(result.requests <= 300, `${result.requests}`);
});

test('verify --allow-writes against Prism: still nothing at warn or error; the idempotent replay is info', { skip }, async () => {
  const result = await run(true);
  assert.deepEqual(
    result.findings.filter((f) => atLeast(f.severity, 'warn')).map((f) => `${f.ruleId} ${f.operation}: ${f.message}`),
    [],
  );
  assert.ok(
    result.findings.some((f) => f.ruleId === 'verify-idempotent-replay' && f.severity === 'info'),
    result.findings.map((f) => f.ruleId).join(','),
  );
});
