import assert from 'node:assert/strict';
import { test } from 'node:test';
import { review } from '../../src/review/pipeline.js';
import { REPO } from '../support/cli.js';
import { assertGolden } from '../support/golden.js';

function reviewExample() {
  return review(['examples/checkout/archway.yaml'], { today: '2026-11-25', cwd: REPO });
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

test('the payments and notifications examples match their golden DESIGN.md and decisions.json', () => {
  for (const name of ['payments', 'notifications']) {
    assertGolden(`test/golden/${name}`, review([`examples/${name}/archway.yaml`], { today: '2026-11-25', cwd: REPO }).files, ['DESIGN.md', 'decisions.json']);
  }
});
