import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, runCli, withTempDirAsync } from '../support/cli.js';
import { CONTRACT, serviceModule, TOKEN } from './support.js';

/** A finding as `--format json` prints it (the fields these tests read). */
type JsonFinding = { ruleId: string; severity: string; operation: string; message: string; evidence: { status: number | null; body: string } } & Record<
  string,
  unknown
>;

const CONTRACT_ARG = 'examples/verify-service/openapi.yaml';
const AUTH_ARG = ['--header', `Authorization: Bearer ${TOKEN}`];

/** Runs `fn` against the example service; tests that verify it several times raise its rate limit. */
async function withService<T>(
  faults: string[],
  fn: (url: string, received: Array<{ method: string; path: string }>) => Promise<T>,
  rateLimit = 30,
): Promise<T> {
  const service = await (await serviceModule()).start({ faults, rateLimit });
  try {
    return await fn(service.url, service.received);
  } finally {
    await service.close();
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test('archway verify: exit 0 and "no findings" against a service that keeps its promises; the request count goes to stderr', async () => {
  await withService([], async (url, received) => {
    const run = await runCli(['verify', CONTRACT_ARG, '--base-url', url, ...AUTH_ARG]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '✔ no findings\n');
    assert.equal(run.stderr, `verify: ${received.length} requests to ${url}/\n`);
  });
});

test('archway verify: exit 1 on a broken promise; JSON carries operation and evidence; --fail-on never exits 0', async () => {
  await withService(
    ['deprecation-headers'],
    async (url) => {
      const run = await runCli(['verify', CONTRACT_ARG, '--base-url', url, ...AUTH_ARG, '--format', 'json', '--fail-on', 'warn']);
      assert.equal(run.code, 1, run.stderr);
      const findings = JSON.parse(run.stdout).findings as JsonFinding[];
      // With the limit raised for the repeated runs, the burst cannot reach it: that is info.
      assert.deepEqual(
        findings.map((f) => `${f.severity} ${f.ruleId}`),
        ['info verify-rate-limit', 'warn verify-deprecation-headers'],
      );
      const finding = findings[1];
      assert.deepEqual(
        { ...finding, fingerprint: typeof finding.fingerprint },
        {
          ruleId: 'verify-deprecation-headers',
          category: 'verify',
          severity: 'warn',
          message: 'GET /legacy/tasks/{taskId} is deprecated but answered 200 without Deprecation or Sunset',
          location: { file: CONTRACT_ARG, pointer: '/paths/~1legacy~1tasks~1{taskId}/get', line: 107, column: 7 },
          fix: finding.fix,
          data: { status: 200, missing: ['Deprecation', 'Sunset'] },
          operation: 'GET /legacy/tasks/{taskId}',
          evidence: {
            request: 'GET /legacy/tasks/t_0001',
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: '{"id":"t_0001","title":"Task 1","done":false}',
          },
          fingerprint: 'string',
        },
      );
      assert.equal((await runCli(['verify', CONTRACT_ARG, '--base-url', url, ...AUTH_ARG, '--fail-on', 'never'])).code, 0);
      assert.equal((await runCli(['verify', CONTRACT_ARG, '--base-url', url, ...AUTH_ARG])).code, 0, 'a warn does not fail the default --fail-on error');
    },
    1000,
  );
});

test('archway verify: every findings format renders a verify finding', async () => {
  await withService(
    ['pagination-walk'],
    async (url) => {
      const expectations: Record<string, RegExp> = {
        stylish:
          /GET \/tasks listed t_0020 on page 1 and again on page 2 {2}verify-pagination-walk\n\s+13 \|[^\n]*\n[^\n]*\^\n\s+sent: GET \/tasks\?limit=20&cursor=\S+ → 200\n/,
        sarif: /"ruleId": "verify-pagination-walk"/,
        junit: /<testcase[^>]*verify-pagination-walk/,
        github: /^::error file=examples\/verify-service\/openapi\.yaml,line=13,col=7/m,
        markdown: /verify-pagination-walk/,
      };
      for (const [format, pattern] of Object.entries(expectations)) {
        const run = await runCli(['verify', CONTRACT_ARG, '--base-url', url, ...AUTH_ARG, '--format', format]);
        assert.equal(run.code, 1, `${format}: ${run.stderr}`);
        assert.match(run.stdout, pattern, format);
      }
    },
    1000,
  );
});

test('archway verify: a refused connection or an unknown host exits 2 with the reason, before any finding', async () => {
  const server = createServer();
  const url = await listen(server);
  await new Promise((done) => server.close(done));
  const refused = await runCli(['verify', CONTRACT_ARG, '--base-url', url, ...AUTH_ARG]);
  assert.equal(refused.code, 2);
  assert.equal(refused.stdout, '');
  assert.equal(refused.stderr, `archway verify: cannot reach ${url}: connection refused (ECONNREFUSED)\n`);
  const unknown = await runCli(['verify', CONTRACT_ARG, '--base-url', 'http://archway-verify.invalid', ...AUTH_ARG]);
  assert.equal(unknown.code, 2);
  assert.match(
    unknown.stderr,
    /^archway verify: cannot reach http:\/\/archway-verify\.invalid: (unknown host \(ENOTFOUND\)|host name lookup failed \(EAI_AGAIN\))\n$/,
  );
});

test('archway verify: a service that hangs is a located timeout finding, and the run ends (no hang)', async () => {
  const server = createServer(() => {
    // Accepts the request and never answers.
  });
  const url = await listen(server);
  try {
    const run = await runCli(['verify', CONTRACT_ARG, '--base-url', url, ...AUTH_ARG, '--timeout', '200ms', '--format', 'json']);
    assert.equal(run.code, 1, run.stderr);
    const findings = JSON.parse(run.stdout).findings as JsonFinding[];
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.operation, f.message, f.evidence.status, f.evidence.body]),
      [['verify-not-server-error', 'GET /tasks', 'GET /tasks gave no answer: no answer within 0.2 s', null, 'no answer within 0.2 s']],
    );
    assert.equal(run.stderr, `verify: 3 requests to ${url}/\n`, 'three silent requests in a row and verify stops sending');
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

test('archway verify: credentials from --header and ARCHWAY_VERIFY_HEADER never show in evidence', async () => {
  // A careless service: every answer is a 500 that echoes the request's credentials.
  const server = createServer((req, res) => {
    res.writeHead(500, { 'content-type': 'application/json', 'set-cookie': 'session=s3cr3t-cookie' });
    res.end(JSON.stringify({ auth: req.headers.authorization, key: req.headers['x-api-key'], tenant: req.headers['x-tenant'], query: req.url }));
  });
  const url = await listen(server);
  const contract = [
    'openapi: 3.1.0',
    'info: { title: Keys, version: 1.0.0 }',
    'security: [{ key: [] }]',
    'paths:',
    '  /things:',
    '    get:',
    '      responses:',
    "        '200': { description: OK, content: { application/json: { schema: { type: object } } } }",
    'components:',
    '  securitySchemes:',
    '    key: { type: apiKey, in: header, name: X-Api-Key }',
    '',
  ].join('\n');
  const previous = process.env.ARCHWAY_VERIFY_HEADER;
  // Every value from the variable is redacted, whatever its name; from --header, those of credential headers.
  process.env.ARCHWAY_VERIFY_HEADER = 'X-Api-Key: key-0123456789\nX-Tenant: tenant-42';
  try {
    await withTempDirAsync(async (dir) => {
      writeFileSync(join(dir, 'keys.yaml'), contract);
      const run = await runCli(['verify', 'keys.yaml', '--base-url', url, '--header', 'Authorization: Bearer tok-abcdefghij', '--format', 'json'], dir);
      assert.equal(run.code, 1, run.stderr);
      assert.ok(!run.stdout.includes('key-0123456789') && !run.stdout.includes('tok-abcdefghij'), run.stdout);
      const finding = JSON.parse(run.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'verify-not-server-error');
      assert.equal(finding.evidence.body, '{"auth":"[redacted]","key":"[redacted]","tenant":"[redacted]","query":"/things"}');
    });
  } finally {
    if (previous === undefined) delete process.env.ARCHWAY_VERIFY_HEADER;
    else process.env.ARCHWAY_VERIFY_HEADER = previous;
    await new Promise((done) => server.close(done));
  }
});

test('archway verify: --max-requests bounds the run and says which probes went short', async () => {
  await withService([], async (url, received) => {
    const run = await runCli(['verify', CONTRACT_ARG, '--base-url', url, ...AUTH_ARG, '--max-requests', '12']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(received.length, 12);
    assert.match(run.stderr, /^verify: 12 requests to \S+\nverify: the request budget ran out; these probes did not finish: verify-\S+/);
  });
});

test('archway verify archway.yaml: every API the design names, each at its --base-url name=URL', async () => {
  const { start } = await serviceModule();
  const [tasks, admin] = await Promise.all([start(), start({ faults: ['deprecation-headers'] })]);
  try {
    await withTempDirAsync(async (dir) => {
      copyFileSync(CONTRACT, join(dir, 'tasks.yaml'));
      copyFileSync(CONTRACT, join(dir, 'admin.yaml'));
      writeFileSync(
        join(dir, 'archway.yaml'),
        'archway: 1\nservice: { name: tasks, owner: team-tasks }\napi:\n  - { name: tasks, contract: ./tasks.yaml }\n  - { name: admin, contract: ./admin.yaml }\n',
      );
      const missing = await runCli(['verify', 'archway.yaml', '--base-url', tasks.url, ...AUTH_ARG], dir);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /^archway verify: give --base-url <name>=URL for each API the design names; missing: tasks, admin\n/);
      const run = await runCli(
        [
          'verify',
          'archway.yaml',
          '--base-url',
          `tasks=${tasks.url}`,
          '--base-url',
          `admin=${admin.url}`,
          ...AUTH_ARG,
          '--format',
          'json',
          '--fail-on',
          'warn',
        ],
        dir,
      );
      assert.equal(run.code, 1, run.stderr);
      assert.deepEqual(
        JSON.parse(run.stdout).findings.map((f: { ruleId: string; location: { file: string } }) => `${f.location.file} ${f.ruleId}`),
        ['admin.yaml verify-deprecation-headers'],
      );
      assert.ok(tasks.received.length > 0 && admin.received.length > 0);
    });
  } finally {
    await Promise.all([tasks.close(), admin.close()]);
  }
});

test('archway verify: bad usage exits 2 with the reason', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['verify', CONTRACT_ARG], /give one --base-url/],
    [['verify', CONTRACT_ARG, '--base-url', 'not a url'], /--base-url must be an http\(s\) URL, got "not a url"/],
    [['verify', CONTRACT_ARG, '--base-url', 'http://127.0.0.1:9', '--timeout', 'soon'], /--timeout must be a duration such as 5s or 500ms/],
    [['verify', CONTRACT_ARG, '--base-url', 'http://127.0.0.1:9', '--max-requests', '0'], /--max-requests must be a whole number of at least 1/],
    [['verify', CONTRACT_ARG, '--base-url', 'http://127.0.0.1:9', '--header', 'Bearer xyz'], /--header must be "Name: value"/],
    [['verify', 'examples/checkout/asyncapi.yaml', '--base-url', 'http://127.0.0.1:9'], /verify probes OpenAPI 3\.0 and 3\.1 contracts; this is asyncapi/],
  ];
  for (const [args, pattern] of cases) {
    const run = await runCli(args, REPO);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, pattern, args.join(' '));
  }
});

test('archway --help lists verify with its usage, and `archway explain` documents every probe', async () => {
  const help = await runCli(['--help']);
  assert.match(
    help.stdout,
    /\n {2}verify {4}Probe a running service against its contract[^\n]*\n {12}archway verify <archway\.yaml \| openapi\.yaml> --base-url/,
  );
  for (const id of ['verify-not-server-error', 'verify-pagination-walk', 'verify-rate-limit']) {
    const run = await runCli(['explain', id]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, new RegExp(`^# ${id}\\n[\\s\\S]*- Engine: verify; category: verify[\\s\\S]*- Source: \`src/verify/probes/${id}\\.ts\``));
  }
});

test('archway verify: a credential header the contract does not name (X-Auth-Token) is stripped from requests without credentials too', async () => {
  const server = createServer((req, res) => {
    const ok = req.headers['x-auth-token'] === 'token-123456';
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
    res.end(ok ? '{"items":[]}' : '{"message":"unauthorized"}');
  });
  const url = await listen(server);
  const contract = [
    'openapi: 3.0.3',
    'info: { title: Tokens, version: 1.0.0 }',
    'security: [{ bearer: [] }]',
    'paths:',
    '  /things:',
    '    get:',
    '      responses:',
    "        '200': { description: OK, content: { application/json: { schema: { type: object } } } }",
    "        '401': { description: No, content: { application/json: { schema: { type: object } } } }",
    'components:',
    '  securitySchemes:',
    '    bearer: { type: http, scheme: bearer }',
    '',
  ].join('\n');
  try {
    await withTempDirAsync(async (dir) => {
      writeFileSync(join(dir, 'tokens.yaml'), contract);
      const run = await runCli(['verify', 'tokens.yaml', '--base-url', url, '--header', 'X-Auth-Token: token-123456', '--format', 'json'], dir);
      assert.equal(run.code, 0, run.stdout);
      assert.deepEqual(JSON.parse(run.stdout).findings, []);
    });
  } finally {
    await new Promise((done) => server.close(done));
  }
});

test('archway verify: a service that streams an endless body costs a megabyte, and the evidence 500 characters', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    const chunk = 'x'.repeat(64 * 1024);
    // Writes until verify hangs up.
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
  });
  const url = await listen(server);
  try {
    const run = await runCli(['verify', CONTRACT_ARG, '--base-url', url, ...AUTH_ARG, '--format', 'json', '--max-requests', '5']);
    assert.equal(run.code, 1, run.stderr);
    const findings = JSON.parse(run.stdout).findings as JsonFinding[];
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'verify-not-server-error').map((f) => [f.operation, f.evidence.status, f.evidence.body.length]),
      [['GET /tasks', 500, 500]],
    );
    assert.ok(
      findings.every((f) => f.evidence.body.length === 500),
      'every excerpt is cut at 500',
    );
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});
