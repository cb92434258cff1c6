import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './cli.js';

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
