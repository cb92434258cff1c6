import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { review } from '../../src/review/pipeline.js';
import { REPO } from '../support/cli.js';

/**
 * Golden outputs of the bundled example. After an intended change, regenerate with
 * `UPDATE_GOLDEN=1 npm test` and review the diff like code.
 */
export function assertGolden(dir: string, files: ReadonlyMap<string, string>, names: readonly string[]): void {
  for (const name of names) {
    const path = join(REPO, dir, name);
    const actual = files.get(name);
    assert.ok(actual !== undefined, `${name} was generated`);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, actual);
    }
    assert.ok(existsSync(path), `${path} exists (UPDATE_GOLDEN=1 to create)`);
    assert.equal(actual, readFileSync(path, 'utf8'), `${name} matches ${dir}/${name}`);
  }
}

function reviewExample() {
  const previous = process.cwd();
  process.chdir(REPO);
  try {
    return review(['examples/checkout/archway.yaml'], { today: '2026-11-25' });
  } finally {
    process.chdir(previous);
  }
}

test('the checkout example matches its golden DESIGN.md, findings.json and findings.sarif', () => {
  assertGolden('test/golden/checkout', reviewExample().files, ['DESIGN.md', 'findings.json', 'findings.sarif']);
});

test('outputs are byte-identical across runs', () => {
  const first = reviewExample().files;
  const second = reviewExample().files;
  assert.deepEqual([...first.keys()], [...second.keys()]);
  for (const [name, content] of first) assert.equal(second.get(name), content, name);
});
