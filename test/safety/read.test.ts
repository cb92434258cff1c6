import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { beginRun, readInputFile } from '../../src/core/read-input.js';
import { REPO, runCli, withTempDir, withTempDirAsync } from '../support/cli.js';
import { makeProject, write } from './support.js';

const NOT_REGULAR = 'is not a regular file (a FIFO, device or socket); archway reads only regular files';
const API = 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths: {}\n';

/** Runs with a deadline: a read that blocks or grows without end fails the test instead of hanging it. */
async function quick(args: string[], cwd: string) {
  const started = Date.now();
  const run = await runCli(args, cwd);
  assert.ok(Date.now() - started < 5000, `${args.join(' ')} took ${Date.now() - started} ms`);
  return run;
}

test('a FIFO or a link to /dev/zero is refused by every reader, at once, with a located message', async () => {
  await withTempDirAsync(async (dir) => {
    makeProject(dir);
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    writeFileSync(join(dir, 'api.yaml'), API);
    for (const special of ['fifo.yaml', 'zero.yaml']) {
      const runs: string[][] = [
        ['lint', special],
        ['review', special, '--out', 'out'],
        ['slo', special],
        ['diff', special, 'api.yaml'],
        ['init', '--from', special, '--out', 'new.yaml'],
        ['lint', 'api.yaml', '--config', special],
        ['lint', 'api.yaml', '--baseline', special],
      ];
      for (const args of runs) {
        const run = await quick(args, dir);
        assert.equal(run.code, 2, args.join(' '));
        assert.equal(run.stderr, `${special}:1:1: ${NOT_REGULAR}\n`, args.join(' '));
      }
    }
    // review --check reads the committed output: a DESIGN.md that is a link to /dev/zero.
    assert.equal((await quick(['review', 'archway.yaml', '--out', 'out', '--fail-on', 'never'], dir)).code, 0);
    symlinkSync('/dev/zero', join(dir, 'out/DESIGN.md.zero'));
    execFileSync('mv', [join(dir, 'out/DESIGN.md.zero'), join(dir, 'out/DESIGN.md')]);
    const check = await quick(['review', 'archway.yaml', '--out', 'out', '--check'], dir);
    assert.equal(check.code, 2);
    assert.equal(check.stderr, `out/DESIGN.md:1:1: ${NOT_REGULAR}\n`);
  });
});

test('a $ref through a link to a special file or outside the folder is never read', async () => {
  await withTempDirAsync(async (dir) => {
    mkdirSync(join(dir, 'api'));
    write(dir, 'secret/pet.yaml', 'Pet: { type: object, description: "TOP-SECRET-VALUE" }\n');
    symlinkSync(join(dir, 'secret/pet.yaml'), join(dir, 'api/link.yaml'));
    symlinkSync('/dev/zero', join(dir, 'api/zero.yaml'));
    const ref = (target: string) =>
      `${API.replace('paths: {}\n', '')}paths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK, content: { application/json: { schema: { $ref: "./${target}#/Pet" } } } }\n`;
    writeFileSync(join(dir, 'api/link-ref.yaml'), ref('link.yaml'));
    writeFileSync(join(dir, 'api/zero-ref.yaml'), ref('zero.yaml'));
    const refused = await quick(['lint', 'api/link-ref.yaml', '--format', 'json'], dir);
    assert.doesNotMatch(refused.stdout, /TOP-SECRET/);
    const unresolved = JSON.parse(refused.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'ref-unresolved');
    assert.deepEqual(
      [...new Set(unresolved.map((f: { message: string; location: { line: number } }) => `${f.location.line} ${f.message}`))],
      ['7 $ref "./link.yaml#/Pet" leaves the contract\'s folder api'],
    );
    const allowed = await quick(['lint', 'api/link-ref.yaml', '--format', 'json', '--allow-outside-root'], dir);
    assert.equal(JSON.parse(allowed.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'ref-unresolved').length, 0, 'followed when allowed');
    const zero = await quick(['lint', 'api/zero-ref.yaml', '--format', 'json', '--allow-outside-root'], dir);
    assert.deepEqual(
      [
        ...new Set(
          JSON.parse(zero.stdout)
            .findings.filter((f: { ruleId: string }) => f.ruleId === 'ref-unresolved')
            .map((f: { message: string }) => f.message),
        ),
      ],
      ['$ref "./zero.yaml#/Pet" points to api/zero.yaml, which cannot be read as JSON or YAML'],
    );
  });
});

test('a design’s contract outside its folder (climbing, absolute, or through a link) is refused without --allow-outside-root', async () => {
  await withTempDirAsync(async (dir) => {
    makeProject(dir);
    write(dir, 'shared/openapi.yaml', API);
    mkdirSync(join(dir, 'svc'));
    symlinkSync(join(dir, 'shared/openapi.yaml'), join(dir, 'svc/linked.yaml'));
    const design = (contract: string) => `archway: 1\nservice: { name: svc, owner: team }\napi:\n  - { name: public, contract: ${contract} }\n`;
    for (const contract of ['../shared/openapi.yaml', join(dir, 'shared/openapi.yaml'), './linked.yaml']) {
      writeFileSync(join(dir, 'svc/archway.yaml'), design(contract));
      const run = await quick(['review', 'svc/archway.yaml', '--out', 'out'], dir);
      assert.equal(run.code, 2, contract);
      assert.equal(run.stderr, `svc/archway.yaml:4:31: contract file "${contract}" is outside the design's folder svc; pass --allow-outside-root to read it\n`);
      const allowed = await quick(['review', 'svc/archway.yaml', '--out', 'out', '--allow-outside-root', '--fail-on', 'never', '--force'], dir);
      assert.equal(allowed.code, 0, allowed.stderr);
    }
  });
});

test('a file over 64 MiB is refused naming the limit', async () => {
  await withTempDirAsync(async (dir) => {
    // Sparse files: the size is real to every reader, the disk stays empty.
    writeFileSync(join(dir, 'huge.yaml'), '');
    truncateSync(join(dir, 'huge.yaml'), 64 * 1024 * 1024 + 1);
    const huge = await quick(['lint', 'huge.yaml'], dir);
    assert.equal(huge.code, 2);
    assert.equal(huge.stderr, 'huge.yaml:1:1: is larger than the limit of 64 MiB per file\n');
  });
});

test('the run’s total is capped: the file that would pass it is refused, naming the limit', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'a.yaml'), 'x'.repeat(600));
    writeFileSync(join(dir, 'b.yaml'), 'x'.repeat(600));
    beginRun(1000);
    try {
      assert.equal(readInputFile(join(dir, 'a.yaml'), { shown: 'a.yaml' }).length, 600);
      assert.throws(() => readInputFile(join(dir, 'b.yaml'), { shown: 'b.yaml' }), {
        message: 'b.yaml:1:1: reading it would pass the limit of 1000 bytes read in one run',
      });
    } finally {
      beginRun();
    }
  });
});

test('a file that fails to parse is reported by position, never by quoting its content', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'api.json'), '{"openapi": "3.0.3",\n "info": TOP-SECRET-VALUE}\n');
    const run = await quick(['lint', 'api.json'], dir);
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stderr, /SECRET/);
    assert.match(run.stderr, /^api\.json:\d+:\d+: invalid JSON: unexpected token\n$/);
  });
});

test('an archway.config.yaml planted as a FIFO or a link to /dev/zero is refused by lint and review, never waited on', () => {
  withTempDir((dir) => {
    makeProject(dir);
    writeFileSync(join(dir, 'api.yaml'), API);
    for (const plant of [() => execFileSync('mkfifo', [join(dir, 'archway.config.yaml')]), () => symlinkSync('/dev/zero', join(dir, 'archway.config.yaml'))]) {
      plant();
      for (const args of [
        ['lint', 'api.yaml'],
        ['review', 'archway.yaml', '--out', 'out'],
      ]) {
        // A child process with a deadline: opening a FIFO blocks the whole process, so an in-process run would hang the test.
        const run = spawnSync(process.execPath, [join(REPO, 'bin/archway.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 10_000 });
        assert.equal(run.signal, null, `${args.join(' ')} was still waiting after 10 s`);
        assert.equal(run.status, 2, args.join(' '));
        assert.equal(run.stderr, `archway.config.yaml:1:1: ${NOT_REGULAR}\n`, args.join(' '));
      }
      rmSync(join(dir, 'archway.config.yaml'));
    }
  });
});
