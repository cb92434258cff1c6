import assert from 'node:assert/strict';
import { test } from 'node:test';
import { review } from '../../src/review/pipeline.js';
import { REPO } from '../support/cli.js';
import { assertGolden } from '../support/golden.js';

function reviewExample() {
  return review(['examples/checkout/archway.yaml'], { today: '2026-11-25', cwd: REPO });
}

test('the checkout example matches its golden DESIGN.md, findings.json and findings.sarif', async () => {
  assertGolden('test/golden/checkout', (await reviewExample()).files, ['DESIGN.md', 'findings.json', 'findings.sarif']);
});

test('outputs are byte-identical across runs', async () => {
  const first = (await reviewExample()).files;
  const second = (await reviewExample()).files;
  assert.deepEqual([...first.keys()], [...second.keys()]);
  for (const [name, content] of first) assert.equal(second.get(name), content, name);
});

test('the payments and notifications examples match their golden DESIGN.md and decisions.json', async () => {
  for (const name of ['payments', 'notifications']) {
    assertGolden(`test/golden/${name}`, (await review([`examples/${name}/archway.yaml`], { today: '2026-11-25', cwd: REPO })).files, [
      'DESIGN.md',
      'decisions.json',
    ]);
  }
});
