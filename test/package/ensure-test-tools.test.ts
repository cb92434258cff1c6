import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, withTempDir } from '../support/cli.js';

const SCRIPT = join(REPO, 'scripts/ensure-test-tools.sh');

function stub(path: string, body: string): void {
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

/** Runs the script with PATH holding only stubs: `id` says who we are, `apt-get` logs and "installs". */
function ensure(dir: string, uid: number, tools: { promtool?: boolean; chromium?: boolean; aptGet?: boolean }) {
  const log = join(dir, 'apt.log');
  stub(join(dir, 'id'), `echo ${uid}`);
  if (tools.promtool) stub(join(dir, 'promtool'), 'exit 0');
  if (tools.chromium) stub(join(dir, 'chromium'), 'exit 0');
  if (tools.aptGet) {
    stub(
      join(dir, 'apt-get'),
      `echo "$*" >> ${log}\nif [ "$1" = install ]; then for t in promtool chromium; do printf '#!/bin/sh\\n' > ${dir}/$t; /bin/chmod +x ${dir}/$t; done; fi`,
    );
  }
  const run = spawnSync('/bin/sh', [SCRIPT], { encoding: 'utf8', env: { PATH: dir, CHROMIUM_PATH: join(dir, 'chromium') } });
  return { code: run.status, stderr: run.stderr, apt: existsSync(log) ? readFileSync(log, 'utf8') : '' };
}

test('ensure-test-tools: nothing to do when promtool and Chromium are there', () => {
  withTempDir((dir) => assert.deepEqual(ensure(dir, 0, { promtool: true, chromium: true, aptGet: true }), { code: 0, stderr: '', apt: '' }));
});

test('ensure-test-tools: as root with apt-get, installs what is missing', () => {
  withTempDir((dir) => {
    const run = ensure(dir, 0, { chromium: true, aptGet: true });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.apt, 'update -qq\ninstall -y -qq --no-install-recommends prometheus\n');
    assert.equal(run.stderr, 'ensure-test-tools: installing prometheus for the tests (apt-get)\n');
  });
});

test('ensure-test-tools: when it cannot install, one line names what to install, and it fails', () => {
  const notRoot = withTempDir((dir) => ensure(dir, 1000, { aptGet: true }));
  const noAptGet = withTempDir((dir) => ensure(dir, 0, {}));
  for (const run of [notRoot, noAptGet]) {
    assert.equal(run.code, 1);
    assert.equal(run.apt, '', 'no install attempted');
    assert.equal(run.stderr.split('\n').length, 2, 'one line');
    assert.match(run.stderr, /^ensure-test-tools: the tests need prometheus chromium .*`sudo apt-get install --no-install-recommends prometheus chromium`/);
  }
});
