import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, withTempDirAsync } from '../support/cli.js';
import { makeProject, snapshot, write } from './support.js';

const REVIEW = ['review', 'archway.yaml', '--fail-on', 'never'];
const MANIFEST = '.archway-manifest.json';

test('review --out . refuses (the folder holds the design and is not archway’s); every file survives byte for byte', async () => {
  await withTempDirAsync(async (dir) => {
    makeProject(dir);
    const before = snapshot(dir);
    for (const extra of [[], ['--force']]) {
      const run = await runCli([...REVIEW, '--out', '.', ...extra], dir);
      assert.equal(run.code, 2, run.stdout);
      assert.match(run.stderr, /^archway review: --out \. holds an input \((archway|openapi|asyncapi)\.yaml\); name a folder of its own\n/);
      assert.deepEqual(snapshot(dir), before);
    }
  });
});

test('review --out docs: a non-empty folder archway did not create is refused; with --force its files survive every run', async () => {
  await withTempDirAsync(async (dir) => {
    makeProject(dir);
    write(dir, 'docs/README.md', 'docs by hand\n');
    write(dir, 'docs/runbooks/my-handwritten.md', 'mine\n');
    const before = snapshot(dir);
    const refused = await runCli([...REVIEW, '--out', 'docs'], dir);
    assert.equal(refused.code, 2);
    assert.equal(
      refused.stderr,
      'docs:1:1: is a folder archway did not create and holds 2 files (README.md, runbooks/my-handwritten.md); name another --out, or pass --force to write beside them (nothing of theirs is removed); an output of an earlier archway, without .archway-manifest.json, is removed by hand once\n',
    );
    assert.deepEqual(snapshot(dir), before);

    for (let i = 0; i < 2; i++) {
      const forced = await runCli([...REVIEW, '--out', 'docs', '--force'], dir);
      assert.equal(forced.code, 0, forced.stderr);
      const after = snapshot(dir);
      for (const [name, bytes] of before) assert.equal(after.get(name), bytes, name);
      assert.ok(after.has('docs/DESIGN.md') && after.has(`docs/${MANIFEST}`));
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'docs', MANIFEST), 'utf8')).files as string[];
    assert.ok(manifest.includes('DESIGN.md'));
    assert.ok(!manifest.includes('README.md') && !manifest.includes('runbooks/my-handwritten.md'), 'foreign files are never in the manifest');
    // --check in the same folder reads only; it still finds it up to date.
    const check = await runCli([...REVIEW, '--out', 'docs', '--check'], dir);
    assert.equal(check.code, 0, check.stderr);
    assert.equal(snapshot(dir).get('docs/README.md'), before.get('docs/README.md'));
  });
});

test('a folder archway wrote is replaced whole; files it no longer produces are orphans for --check and then removed, foreign files kept', async () => {
  await withTempDirAsync(async (dir) => {
    makeProject(dir);
    assert.equal((await runCli([...REVIEW, '--out', 'out'], dir)).code, 0);
    const manifestPath = join(dir, 'out', MANIFEST);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    // A file an earlier version wrote and this one does not.
    write(dir, 'out/runbooks/retired-alert.md', 'old\n');
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, files: [...manifest.files, 'runbooks/retired-alert.md'].sort() }));
    const check = await runCli([...REVIEW, '--out', 'out', '--check'], dir);
    assert.equal(check.code, 1);
    assert.equal(check.stderr, 'out is stale; run `archway review` and commit: no longer produced: runbooks/retired-alert.md\n');

    write(dir, 'out/runbooks/my-handwritten.md', '# written by hand\n');
    assert.equal((await runCli([...REVIEW, '--out', 'out'], dir)).code, 0);
    assert.equal(existsSync(join(dir, 'out/runbooks/retired-alert.md')), false);
    assert.equal(readFileSync(join(dir, 'out/runbooks/my-handwritten.md'), 'utf8'), '# written by hand\n');
    assert.equal((await runCli([...REVIEW, '--out', 'out', '--check'], dir)).code, 0);
  });
});

test('a manifest cannot make archway touch anything outside the folder or a file it did not write', async () => {
  await withTempDirAsync(async (dir) => {
    makeProject(dir);
    write(dir, 'out/DESIGN.md', 'mine\n');
    write(dir, `out/${MANIFEST}`, JSON.stringify({ files: ['../README.md'] }));
    const run = await runCli([...REVIEW, '--out', 'out'], dir);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `out/${MANIFEST}:1:1: is not a manifest archway wrote; remove it, or name another --out\n`);
    write(dir, `out/${MANIFEST}`, JSON.stringify({ files: [] }));
    const clash = await runCli([...REVIEW, '--out', 'out'], dir);
    assert.equal(clash.code, 2);
    assert.equal(clash.stderr, 'out:1:1: holds files archway did not write where it would write: DESIGN.md; move them away first\n');
    assert.equal(readFileSync(join(dir, 'out/DESIGN.md'), 'utf8'), 'mine\n');
    assert.equal(readFileSync(join(dir, 'README.md'), 'utf8'), '# my service\n');
  });
});

test('--out that is empty, an ancestor, an input, a file or a symbolic link is bad usage (exit 2) for review, slo and init', async () => {
  await withTempDirAsync(async (dir) => {
    makeProject(dir);
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'notes.txt'), 'notes\n');
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'link'));
    symlinkSync(join(dir, 'nowhere', 'x.yaml'), join(dir, 'dangling.yaml'));
    const before = snapshot(dir);
    const cases: Array<[string[], string]> = [
      [[...REVIEW, '--out', ''], '--out is empty (an unset variable?); name the folder to write'],
      [[...REVIEW, '--out', '..'], '--out .. is an ancestor of the working folder'],
      [[...REVIEW, '--out', 'notes.txt'], '--out notes.txt exists and is not a folder'],
      [[...REVIEW, '--out', 'openapi.yaml'], '--out openapi.yaml exists and is not a folder'],
      [[...REVIEW, '--out', 'link'], '--out link is a symbolic link; name a real folder'],
      [['slo', 'archway.yaml', '--out', 'archway.yaml'], '--out archway.yaml exists and is not a folder'],
      [['slo', 'archway.yaml', '--out', ''], '--out is empty (an unset variable?); name the folder to write'],
      [['slo', 'archway.yaml', '--out', '.'], '--out . holds an input (archway.yaml); name a folder of its own'],
      [['init', '--out', ''], '--out is empty (an unset variable?); name the file to write'],
      [['init', '--out', 'elsewhere', '--force'], '--out elsewhere is a folder; name the file to write'],
      [['init', '--out', 'dangling.yaml', '--force'], '--out dangling.yaml is a symbolic link; name a real file'],
      [['init', '--from', 'openapi.yaml', '--out', 'openapi.yaml', '--force'], '--out openapi.yaml is an input (openapi.yaml)'],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, dir);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.equal(run.stderr.split('\n')[0], `archway ${args[0]}: ${message}`, args.join(' '));
      assert.match(run.stderr, /\nUsage: archway /);
      assert.deepEqual(snapshot(dir), before, args.join(' '));
    }
    assert.equal(existsSync(join(dir, 'nowhere')), false, 'nothing written through the dangling link');
  });
});

test('slo --out: a foreign folder is refused, its own folder is rewritten, foreign files survive', async () => {
  await withTempDirAsync(async (dir) => {
    makeProject(dir);
    write(dir, 'ops/notes.md', 'ops notes\n');
    const refused = await runCli(['slo', 'archway.yaml', '--out', 'ops'], dir);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^ops:1:1: is a folder archway did not create and holds 1 files \(notes\.md\)/);
    assert.equal((await runCli(['slo', 'archway.yaml', '--out', 'ops', '--force'], dir)).code, 0);
    assert.equal((await runCli(['slo', 'archway.yaml', '--out', 'ops', '--force'], dir)).code, 0);
    assert.equal(readFileSync(join(dir, 'ops/notes.md'), 'utf8'), 'ops notes\n');
    assert.ok(existsSync(join(dir, 'ops/alerts/prometheus-rules.yaml')));
  });
});

test('stale staging folders of dead runs are swept on the next run; a live run’s are left alone', async () => {
  await withTempDirAsync(async (dir) => {
    makeProject(dir);
    // pid 2^22 + 1 is above Linux's pid_max limit, so no process has it.
    write(dir, `.out.tmp-${2 ** 22 + 1}/DESIGN.md`, 'half\n');
    write(dir, `.out.old-${2 ** 22 + 1}/DESIGN.md`, 'old\n');
    write(dir, `.out.tmp-${process.ppid}/DESIGN.md`, 'live\n');
    assert.equal((await runCli([...REVIEW, '--out', 'out'], dir)).code, 0);
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.startsWith('.out.')),
      [`.out.tmp-${process.ppid}`],
    );
  });
});

test('review --out . --force from a docs folder (the design elsewhere) writes beside the files there, run after run', async () => {
  await withTempDirAsync(async (dir) => {
    makeProject(dir);
    write(dir, 'docs/README.md', 'docs by hand\n');
    const docs = join(dir, 'docs');
    assert.equal((await runCli(['review', '../archway.yaml', '--out', '.', '--fail-on', 'never'], docs)).code, 2);
    for (let i = 0; i < 2; i++) {
      const run = await runCli(['review', '../archway.yaml', '--out', '.', '--fail-on', 'never', '--force'], docs);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(readFileSync(join(docs, 'README.md'), 'utf8'), 'docs by hand\n');
      assert.ok(existsSync(join(docs, 'DESIGN.md')) && existsSync(join(docs, MANIFEST)));
    }
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.startsWith('.docs.')),
      [],
      'no staging left beside it',
    );
  });
});
