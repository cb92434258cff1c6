import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repositoryPath } from '../../src/core/fingerprint.js';
import { runCli, withTempDirAsync } from '../support/cli.js';

const API = (version: string) => `openapi: 3.0.3\ninfo: { title: T, version: "${version}", contact: { name: t } }\npaths: {}\n`;

async function semverFinding(cwd: string, file: string) {
  const run = await runCli(['lint', file, '--format', 'json', '--fail-on', 'never'], cwd);
  assert.equal(run.code, 0, run.stderr);
  const found = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'info-version-semver');
  assert.equal(found.length, 1);
  return found[0] as { message: string; fingerprint: string; location: { file: string } };
}

test('fingerprint: the same finding from two working directories and with a changed number in its message is the same', async () => {
  await withTempDirAsync(async (dir) => {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'specs'));
    writeFileSync(join(dir, 'specs/api.yaml'), API('release 1'));
    const fromTop = await semverFinding(dir, 'specs/api.yaml');
    const fromSpecs = await semverFinding(join(dir, 'specs'), 'api.yaml');
    writeFileSync(join(dir, 'specs/api.yaml'), API('release 27'));
    const changed = await semverFinding(dir, 'specs/api.yaml');
    assert.notEqual(fromTop.location.file, fromSpecs.location.file);
    assert.notEqual(fromTop.message, changed.message);
    assert.match(fromTop.fingerprint, /^[0-9a-f]{16}$/);
    assert.equal(fromSpecs.fingerprint, fromTop.fingerprint);
    assert.equal(changed.fingerprint, fromTop.fingerprint);
  });
});

test('fingerprint: files are named from the git top, else from the working directory given', async () => {
  await withTempDirAsync(async (dir) => {
    mkdirSync(join(dir, 'repo/.git'), { recursive: true });
    assert.equal(repositoryPath(join(dir, 'repo/a/b.yaml'), '/elsewhere'), 'a/b.yaml');
    assert.equal(repositoryPath(join(dir, 'loose/b.yaml'), join(dir, 'loose')), 'b.yaml');
    assert.equal(repositoryPath('https://example.com/a.yaml'), 'https://example.com/a.yaml');
  });
});
